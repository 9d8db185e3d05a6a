package dev.rca.core.report;

import dev.rca.api.evidence.ChangeEvent;
import dev.rca.api.evidence.Evidence;
import dev.rca.api.model.RootCauseReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The "Timeline" section: evidence in time order, relative to the onset, capped. */
final class TimelineSection {
  private TimelineSection() {}

  static void append(StringBuilder md, RootCauseReport report, int limit) {
    List<Evidence> all = report.timeline();
    md.append("## Timeline\n\n");
    if (all.isEmpty()) {
      md.append("No evidence was found.\n\n");
      return;
    }
    Instant onset = report.request().onset();
    md.append("Relative to the onset at ").append(onset).append(".\n\n");
    List<Evidence> shown = select(report, all, onset, limit);
    for (Evidence e : shown) {
      long seconds = Duration.between(onset, e.at()).getSeconds();
      md.append("- `").append(MarkdownText.offset(seconds)).append("` ")
          .append(MarkdownText.escapeClipped(e.service(), 80)).append(' ')
          .append(e.signal().name()).append(' ')
          .append(MarkdownText.escapeClipped(headline(e), 200))
          .append(" (").append(MarkdownText.escape(e.id())).append(")\n");
    }
    int left = all.size() - shown.size();
    if (left > 0) {
      md.append("- … ").append(left).append(left == 1 ? " more entry" : " more entries")
          .append(" left out (").append(all.size()).append(" in all).\n");
    }
    md.append('\n');
  }

  /**
   * Keeps the evidence the causes cite first, because that is what the reader checks, then fills
   * the rest with what lies nearest to the onset; shows the kept entries in time order.
   */
  private static List<Evidence> select(RootCauseReport report, List<Evidence> all, Instant onset,
      int limit) {
    if (all.size() <= limit) {
      return all;
    }
    Set<String> cited = new LinkedHashSet<>();
    report.causes().forEach(c -> c.evidence().forEach(e -> cited.add(e.id())));
    List<Evidence> byPriority = new ArrayList<>(all);
    byPriority.sort(Comparator
        .comparing((Evidence e) -> !cited.contains(e.id()))
        .thenComparing(e -> Duration.between(onset, e.at()).abs())
        .thenComparing(Evidence::id));
    Set<String> keep = new LinkedHashSet<>();
    byPriority.subList(0, limit).forEach(e -> keep.add(e.id()));
    return all.stream().filter(e -> keep.contains(e.id())).toList();
  }

  /** A change reads best as {@code config c-8812 reduce pool size}; other evidence as its excerpt. */
  private static String headline(Evidence e) {
    if (e instanceof ChangeEvent change) {
      return change.type().name().toLowerCase(Locale.ROOT) + " " + change.changeId() + " "
          + change.summary();
    }
    return e.excerpt();
  }
}
