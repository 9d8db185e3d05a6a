package dev.rca.benchmarks.scoring;

import dev.rca.benchmarks.scoring.ReportAnswer.Candidate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders a {@link ScoreSheet} as Markdown: the accuracy table per kind and overall, the
 * reliability table, timing, then the misses (at most {@code maxMisses} lines).
 *
 * <pre>{@code
 * System.out.print(ScoreMarkdown.render(sheet, 40, "wall clock of open + investigate"));
 * }</pre>
 */
public final class ScoreMarkdown {
  private static final List<String> STATUSES =
      List.of(Outcome.CONFIDENT, "NEEDS_REVIEW", Outcome.INSUFFICIENT);

  private ScoreMarkdown() {}

  /**
   * The whole sheet.
   *
   * @param maxMisses how many missed bundles to list
   * @param timingNote what the times measure, printed in the timing heading
   */
  public static String render(ScoreSheet sheet, int maxMisses, String timingNote) {
    StringBuilder md = new StringBuilder();
    md.append("## RCA accuracy (").append(sheet.overall().bundles()).append(" bundles)\n\n");
    md.append("| kind | bundles | AC@1 | AC@3 | Avg@5 | kind acc. | change acc. | conf. wrong |"
        + " CONFIDENT | NEEDS_REVIEW | INSUFFICIENT | other |\n");
    md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    sheet.byKind().forEach((kind, card) -> row(md, kind, card));
    row(md, "**overall**", sheet.overall());
    md.append("\nAC@k: the truth service is among the first k hypotheses; a bundle whose cause is not"
        + " visible counts only when the report says INSUFFICIENT_EVIDENCE. Change accuracy is over"
        + " bundles whose truth names a change (count in brackets). \"other\": no report, an"
        + " unreadable one, or a failed run.\n");
    reliability(md, sheet.reliability());
    timing(md, sheet.timing(), timingNote);
    misses(md, sheet, maxMisses);
    return md.toString();
  }

  private static void row(StringBuilder md, String kind, Scorecard card) {
    int other = card.bundles() - STATUSES.stream().mapToInt(card::status).sum();
    md.append("| ").append(kind)
        .append(" | ").append(card.bundles())
        .append(" | ").append(percent(card.ac(1)))
        .append(" | ").append(percent(card.ac(3)))
        .append(" | ").append(String.format(Locale.ROOT, "%.3f", card.avg5()))
        .append(" | ").append(percent(card.kindAccuracy()))
        .append(" | ").append(percent(card.changeAccuracy()))
        .append(" (").append(card.changeApplicable()).append(')')
        .append(" | ").append(percent(card.wrongRate()))
        .append(" | ").append(card.status(Outcome.CONFIDENT))
        .append(" | ").append(card.status("NEEDS_REVIEW"))
        .append(" | ").append(card.status(Outcome.INSUFFICIENT))
        .append(" | ").append(other)
        .append(" |\n");
  }

  private static void reliability(StringBuilder md, Reliability r) {
    md.append("\n### Reliability of the top confidence\n\n");
    md.append("| top confidence | reports | top service right | precision |\n");
    md.append("| --- | ---: | ---: | ---: |\n");
    for (Reliability.Bin bin : r.bins()) {
      md.append("| ").append(bin.label()).append(" | ").append(bin.count()).append(" | ")
          .append(bin.right()).append(" | ").append(percent(bin.precision())).append(" |\n");
    }
    md.append("\n**Precision at confidence >= ").append(Reliability.HIGH).append(": ")
        .append(percent(r.precisionAtHigh())).append("** (").append(r.high().right())
        .append(" of ").append(r.high().count()).append(" right; target >= 90%)\n");
  }

  private static void timing(StringBuilder md, Timing t, String note) {
    md.append("\n### Time per bundle, ms (").append(note).append(")\n\n");
    md.append("| bundles | total | mean | p50 | p95 | max |\n");
    md.append("| ---: | ---: | ---: | ---: | ---: | ---: |\n");
    md.append("| ").append(t.bundles()).append(" | ").append(t.totalMs()).append(" | ")
        .append(Double.isNaN(t.meanMs()) ? "–" : String.format(Locale.ROOT, "%.0f", t.meanMs()))
        .append(" | ").append(t.p50Ms()).append(" | ").append(t.p95Ms()).append(" | ")
        .append(t.maxMs()).append(" |\n");
  }

  private static void misses(StringBuilder md, ScoreSheet sheet, int maxMisses) {
    List<Outcome> misses = sheet.misses();
    md.append("\n### Misses (").append(misses.size()).append(" of ")
        .append(sheet.overall().bundles()).append(")\n\n");
    if (misses.isEmpty()) {
      md.append("None.\n");
      return;
    }
    int shown = Math.min(Math.max(0, maxMisses), misses.size());
    for (Outcome o : misses.subList(0, shown)) {
      md.append("- ").append(missLine(o)).append('\n');
    }
    if (shown < misses.size()) {
      md.append("- … ").append(misses.size() - shown)
          .append(" more (raise --misses to list them)\n");
    }
  }

  /** One missed bundle: its truth, the report's status and its top three hypotheses. */
  static String missLine(Outcome o) {
    Truth t = o.truth();
    StringBuilder line = new StringBuilder();
    line.append('`').append(o.bundle()).append("`: truth ");
    if (t.visible()) {
      line.append(t.service()).append('/').append(t.kind())
          .append(t.changeId() == null ? "" : "/" + t.changeId());
    } else {
      line.append(Outcome.INSUFFICIENT).append(" (cause ").append(t.service()).append('/')
          .append(t.kind()).append(" not visible)");
    }
    line.append("; report ").append(o.answer().status());
    if (o.confidentlyWrong()) {
      line.append(" (confidently wrong)");
    }
    List<Candidate> top = o.answer().hypotheses();
    if (!top.isEmpty()) {
      line.append(": ").append(top.subList(0, Math.min(3, top.size())).stream()
          .map(c -> String.format(Locale.ROOT, "%s/%s%s %.2f", c.service(), c.kind(),
              c.changeId() == null ? "" : "/" + c.changeId(), c.confidence()))
          .collect(Collectors.joining(", ")));
    }
    if (o.answer().problem() != null) {
      line.append(" — ").append(o.answer().problem());
    }
    return line.toString();
  }

  static String percent(double share) {
    return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
