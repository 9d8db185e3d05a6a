package dev.rca.benchmarks.loghub;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A logparser {@code log_format} such as {@code <Date> <Time> <Level> \[<Process>\] <Content>}
 * turned into an anchored regular expression, exactly as the benchmark's Drain run does it: each
 * {@code <Field>} becomes a lazy named group, every run of spaces in the literal text between
 * fields becomes {@code \s+}, and the rest of that text stays a regex fragment (so {@code \[} and
 * {@code (...)?} keep their regex meaning). A line is matched after stripping surrounding
 * whitespace; a line that does not match is skipped by the benchmark, as there.
 *
 * <pre>{@code
 * LogFormat f = LogFormat.parse("<Date> <Time> <Level>: <Content>");
 * f.split("081109 203615 INFO: done").get(f.indexOf("Content"));   // "done"
 * }</pre>
 */
public record LogFormat(String format, List<String> fields, Pattern pattern) {
  private static final Pattern FIELD = Pattern.compile("<[^<>]+>");
  private static final Pattern SPACES = Pattern.compile(" +");

  public LogFormat {
    requireNonNull(format, "format");
    fields = List.copyOf(fields);
    requireNonNull(pattern, "pattern");
  }

  /** Converts a log_format; fails naming the format when a field name is not a Java group name. */
  public static LogFormat parse(String format) {
    List<String> fields = new ArrayList<>();
    StringBuilder regex = new StringBuilder("^");
    Matcher m = FIELD.matcher(format);
    int last = 0;
    while (m.find()) {
      regex.append(SPACES.matcher(format.substring(last, m.start())).replaceAll("\\\\s+"));
      String name = format.substring(m.start() + 1, m.end() - 1).strip();
      if (!name.matches("[A-Za-z][A-Za-z0-9]*")) {
        throw new IllegalArgumentException("log_format " + format + ": field <" + name
            + "> is not a plain letters-and-digits name");
      }
      fields.add(name);
      regex.append("(?<").append(name).append(">.*?)");
      last = m.end();
    }
    regex.append(SPACES.matcher(format.substring(last)).replaceAll("\\\\s+")).append('$');
    return new LogFormat(format, fields, Pattern.compile(regex.toString()));
  }

  /** The position of a field in {@link #split}'s answer, or -1. */
  public int indexOf(String field) {
    return fields.indexOf(field);
  }

  /** The line's fields in format order (an optional field that is absent is ""), or null if the line does not match. */
  public @Nullable List<String> split(String line) {
    Matcher m = pattern.matcher(line.strip());
    if (!m.matches()) {
      return null;
    }
    List<String> values = new ArrayList<>(fields.size());
    for (String f : fields) {
      String v = m.group(f);
      values.add(v == null ? "" : v);
    }
    return values;
  }
}
