package dev.rca.benchmarks.redaction;

import dev.rca.redaction.RuleRedactor;
import dev.rca.redaction.RuleSummary;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline: every built-in rule as one {@link java.util.regex.Pattern}, each run over every
 * line, no anchor prefilter and no scanner. What a first redactor usually looks like.
 *
 * <pre>{@code
 * String out = new NaiveRedactor().redact("password=hunter2");
 * }</pre>
 */
public final class NaiveRedactor {
  private final List<Pattern> patterns;

  public NaiveRedactor() {
    this.patterns = RuleRedactor.builtInRules().stream().map(RuleSummary::pattern)
        .map(Pattern::compile).toList();
  }

  public String redact(String line) {
    String out = line;
    for (Pattern p : patterns) {
      Matcher m = p.matcher(out);
      if (!m.find()) {
        continue;
      }
      StringBuilder sb = new StringBuilder(out.length());
      int last = 0;
      do {
        int g = m.groupCount() >= 1 && m.start(1) >= 0 ? 1 : 0;
        sb.append(out, last, m.start(g)).append("<redacted>");
        last = m.end(g);
      } while (m.find());
      out = sb.append(out, last, out.length()).toString();
    }
    return out;
  }
}
