package dev.rca.redaction.score;

import dev.rca.api.spi.RedactionSession;
import dev.rca.api.spi.Redactor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How well a redactor hides a {@link LabelledCorpus}: a value counts as caught when it no longer
 * occurs in the redacted line; a clean line counts as a false positive when it changes.
 *
 * <pre>{@code
 * CorpusScore s = CorpusScore.of(RuleRedactor.withBuiltInRules(), corpus);
 * System.out.println(s.summary());   // "recall 100.00% (512/512 values), clean lines changed 0/20"
 * }</pre>
 *
 * @param values labelled values
 * @param caught values that did not survive
 * @param cleanLines clean lines
 * @param cleanChanged clean lines that changed
 * @param missesByCategory per category, how many values survived
 * @param misses a few of the missed cases and changed clean lines, for a failure message
 */
public record CorpusScore(int values, int caught, int cleanLines, int cleanChanged,
    Map<String, Integer> missesByCategory, List<String> misses) {
  public CorpusScore {
    missesByCategory = Map.copyOf(missesByCategory);
    misses = List.copyOf(misses);
  }

  public static CorpusScore of(Redactor redactor, LabelledCorpus corpus) {
    RedactionSession session = redactor.openSession();
    int values = 0;
    int caught = 0;
    int clean = 0;
    int changed = 0;
    Map<String, Integer> byCategory = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    for (LabelledCorpus.Case c : corpus.cases()) {
      String out = session.redact(c.text());
      if (c.clean()) {
        clean++;
        if (!out.equals(c.text())) {
          changed++;
          note(misses, corpus.source() + " line " + c.line() + " (clean) became: " + out);
        }
        continue;
      }
      for (String v : c.values()) {
        values++;
        if (out.contains(v)) {
          byCategory.merge(c.category(), 1, Integer::sum);
          note(misses, corpus.source() + " line " + c.line() + " (" + c.category()
              + ") kept its value: " + out);
        } else {
          caught++;
        }
      }
    }
    return new CorpusScore(values, caught, clean, changed, byCategory, misses);
  }

  private static void note(List<String> misses, String line) {
    if (misses.size() < 20) {
      misses.add(line.length() > 300 ? line.substring(0, 300) + "…" : line);
    }
  }

  public double recall() {
    return values == 0 ? 1.0 : (double) caught / values;
  }

  public String summary() {
    return String.format(java.util.Locale.ROOT,
        "recall %.2f%% (%d/%d values), clean lines changed %d/%d%s", 100 * recall(), caught,
        values, cleanChanged, cleanLines,
        missesByCategory.isEmpty() ? "" : ", misses by category " + missesByCategory);
  }
}
