package dev.rca.redaction.score;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lines with the values a redactor must hide marked in them. The file format is one case a line,
 * {@code category TAB text}, each value wrapped in {@code «} and {@code »}; {@code #} starts a
 * comment; category {@code clean} marks a line that must come out unchanged; in category
 * {@code private-key} a literal {@code \n} stands for a line break.
 *
 * <pre>{@code
 * LabelledCorpus corpus = LabelledCorpus.read(Path.of("corpus/labelled.tsv"));
 * }</pre>
 *
 * @param source where the cases came from, for messages
 * @param cases the cases in file order
 */
public record LabelledCorpus(String source, List<Case> cases) {
  public LabelledCorpus {
    requireNonNull(source, "source");
    cases = List.copyOf(cases);
  }

  /**
   * One labelled line.
   *
   * @param line 1-based line in the corpus file
   * @param category the rule family expected to catch the values, or {@code clean}
   * @param text the line without markers
   * @param values the marked values, in order
   */
  public record Case(int line, String category, String text, List<String> values) {
    public Case {
      values = List.copyOf(values);
    }

    public boolean clean() {
      return category.equals("clean");
    }
  }

  public static LabelledCorpus read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /** Parses the format above; a malformed line fails naming the source and line. */
  public static LabelledCorpus parse(String content, String source) {
    List<Case> cases = new ArrayList<>();
    String[] lines = content.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String raw = lines[i];
      if (raw.isBlank() || raw.startsWith("#")) {
        continue;
      }
      int tab = raw.indexOf('\t');
      if (tab <= 0) {
        throw new IllegalArgumentException(source + " line " + (i + 1)
            + ": expected <category> TAB <text>");
      }
      String category = raw.substring(0, tab);
      String body = raw.substring(tab + 1);
      if (category.equals("private-key")) {
        body = body.replace("\\n", "\n");
      }
      StringBuilder text = new StringBuilder();
      List<String> values = new ArrayList<>();
      int at = 0;
      while (true) {
        int open = body.indexOf('«', at);
        if (open < 0) {
          text.append(body, at, body.length());
          break;
        }
        int close = body.indexOf('»', open);
        if (close < 0) {
          throw new IllegalArgumentException(source + " line " + (i + 1) + " col " + (tab + open
              + 2) + ": '«' without '»'");
        }
        text.append(body, at, open).append(body, open + 1, close);
        values.add(body.substring(open + 1, close));
        at = close + 1;
      }
      if (values.isEmpty() != category.equals("clean")) {
        throw new IllegalArgumentException(source + " line " + (i + 1) + ": category "
            + category + (values.isEmpty() ? " needs a «value»" : " must not mark values"));
      }
      cases.add(new Case(i + 1, category, text.toString(), values));
    }
    return new LabelledCorpus(source, cases);
  }
}
