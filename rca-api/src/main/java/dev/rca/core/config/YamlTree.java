package dev.rca.core.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML document as a tree that remembers where each key and value was written, which Jackson's
 * own tree forgets, so that every configuration error can name a line and column.
 */
final class YamlTree {
  /** Nesting deeper than this is not configuration; it is a mistake or an attack. */
  static final int MAX_DEPTH = 64;

  private static final YAMLFactory FACTORY = new YAMLFactory();

  private YamlTree() {}

  sealed interface Node permits Mapping, Sequence, Scalar {
    int line();

    int column();
  }

  record Entry(String key, int line, int column, Node value) {}

  record Mapping(List<Entry> entries, int line, int column) implements Node {
    @Nullable Entry get(String key) {
      for (Entry e : entries) {
        if (e.key().equals(key)) {
          return e;
        }
      }
      return null;
    }
  }

  record Sequence(List<Node> items, int line, int column) implements Node {}

  /** A scalar as written; {@code kind} says how YAML typed it. */
  record Scalar(@Nullable String text, Kind kind, int line, int column) implements Node {
    enum Kind { STRING, INTEGER, FLOAT, BOOLEAN, NULL }
  }

  /**
   * Parses {@code yaml}; null when the document is empty (or only comments).
   *
   * @throws InvalidConfigException naming the position of a syntax error or duplicate key
   */
  static @Nullable Node parse(String yaml, String source) {
    try (JsonParser parser = FACTORY.createParser(yaml)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return null;
      }
      return read(parser, source, "", 0);
    } catch (JacksonException e) {
      throw syntaxError(e, yaml, source);
    } catch (IOException e) {
      throw new InvalidConfigException(source, 0, 0, "", "cannot be read as YAML");
    }
  }

  private static Node read(JsonParser parser, String source, String path, int depth)
      throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int col = at.getColumnNr();
    if (depth > MAX_DEPTH) {
      throw new InvalidConfigException(source, line, col, path,
          "nested deeper than " + MAX_DEPTH + " levels");
    }
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          JsonLocation keyAt = parser.currentTokenLocation();
          String key = parser.currentName();
          String keyPath = path.isEmpty() ? key : path + "." + key;
          if (!seen.add(key)) {
            throw new InvalidConfigException(source, keyAt.getLineNr(), keyAt.getColumnNr(),
                keyPath, "duplicate key '" + key + "' in " + (path.isEmpty() ? "the top level" : path));
          }
          parser.nextToken();
          entries.add(new Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(),
              read(parser, source, keyPath, depth + 1)));
        }
        return new Mapping(List.copyOf(entries), line, col);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(read(parser, source, path + "[" + index++ + "]", depth + 1));
        }
        return new Sequence(List.copyOf(items), line, col);
      }
      case VALUE_STRING -> {
        return new Scalar(parser.getText(), Scalar.Kind.STRING, line, col);
      }
      case VALUE_NUMBER_INT -> {
        return new Scalar(parser.getText(), Scalar.Kind.INTEGER, line, col);
      }
      case VALUE_NUMBER_FLOAT -> {
        return new Scalar(parser.getText(), Scalar.Kind.FLOAT, line, col);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Scalar(parser.getText(), Scalar.Kind.BOOLEAN, line, col);
      }
      case VALUE_NULL -> {
        return new Scalar(null, Scalar.Kind.NULL, line, col);
      }
      default -> throw new InvalidConfigException(source, line, col, path,
          "unexpected YAML element " + token);
    }
  }

  /**
   * Describes a syntax error by SnakeYAML's problem and mark only: the full message quotes the
   * surrounding lines of the file, which may hold a token.
   */
  private static InvalidConfigException syntaxError(JacksonException e, String yaml, String source) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
        Mark mark = marked.getProblemMark();
        String problem = marked.getProblem() == null ? "not valid YAML" : marked.getProblem();
        int index = mark.getIndex();
        String hint = index > 0 && index < yaml.length() && yaml.charAt(index) == '{'
            && yaml.charAt(index - 1) == '$'
            ? "; inside { } a value with ${...} must be quoted, e.g. token: \"${LOKI_TOKEN}\""
            : "";
        return new InvalidConfigException(source, mark.getLine() + 1, mark.getColumn() + 1, "",
            "invalid YAML: " + problem + hint);
      }
    }
    JsonLocation at = e.getLocation();
    return new InvalidConfigException(source, at == null ? 0 : at.getLineNr(),
        at == null ? 0 : at.getColumnNr(), "", "invalid YAML");
  }
}
