package dev.rca.core.report;

import static java.util.Objects.requireNonNull;

import dev.rca.api.evidence.Evidence;
import dev.rca.api.model.Hypothesis;
import dev.rca.api.model.InvestigationRequest;
import dev.rca.api.model.RootCauseReport;
import dev.rca.api.model.RootCauseReport.RankedCause;
import dev.rca.api.model.SourceState;
import dev.rca.api.model.SourceStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link RootCauseReport} as Markdown for a person reading it in Slack, a ticket or a
 * terminal: a headline with the verdict, what is missing, the ranked causes with the evidence
 * they cite, a timeline relative to the onset, and how each source fared.
 *
 * <p>All text that came from the system under investigation (excerpts, statements, errors,
 * service names) is escaped, so a log line cannot break the layout or inject a link; only
 * http(s) evidence links become clickable.
 *
 * <pre>{@code
 * System.out.print(MarkdownReport.render(report));
 * String shorter = MarkdownReport.render(report, 10); // at most 10 timeline entries
 * }</pre>
 */
public final class MarkdownReport {
  /** Enough entries to show the story around the onset without burying the causes. */
  public static final int DEFAULT_TIMELINE_LIMIT = 30;

  private MarkdownReport() {}

  /** The report with at most {@value #DEFAULT_TIMELINE_LIMIT} timeline entries. */
  public static String render(RootCauseReport report) {
    return render(report, DEFAULT_TIMELINE_LIMIT);
  }

  /**
   * The report with at most {@code timelineLimit} timeline entries; the rest are counted in a
   * note.
   */
  public static String render(RootCauseReport report, int timelineLimit) {
    requireNonNull(report, "report");
    if (timelineLimit < 1) {
      throw new IllegalArgumentException("timelineLimit must be at least 1: " + timelineLimit);
    }
    StringBuilder md = new StringBuilder(4096);
    headline(md, report);
    missing(md, report);
    causes(md, report);
    TimelineSection.append(md, report, timelineLimit);
    sources(md, report);
    return md.toString();
  }

  private static void headline(StringBuilder md, RootCauseReport report) {
    InvestigationRequest request = report.request();
    md.append("# ").append(report.status().name()).append(": ")
        .append(MarkdownText.escapeClipped(report.summary(), 500)).append("\n\n");
    md.append("Investigation ").append(MarkdownText.escape(report.investigationId()))
        .append(" · onset ").append(request.onset())
        .append(" · window ").append(request.window().from()).append(" to ")
        .append(request.window().to())
        .append(" · took ").append(MarkdownText.millis(report.total().toMillis())).append('\n');
    if (!request.services().isEmpty()) {
      md.append("Services: ")
          .append(MarkdownText.escapeClipped(String.join(", ", request.services()), 300))
          .append('\n');
    }
    if (!request.symptom().isEmpty()) {
      md.append("Symptom: ").append(MarkdownText.escapeClipped(request.symptom(), 500))
          .append('\n');
    }
    md.append('\n');
  }

  /** One line naming every source that did not deliver, so nobody trusts a partial picture. */
  private static void missing(StringBuilder md, RootCauseReport report) {
    List<SourceStatus> missing = report.missingSources();
    if (missing.isEmpty()) {
      return;
    }
    List<String> reasons = new ArrayList<>();
    for (SourceStatus s : missing) {
      String reason = MarkdownText.escape(s.name()) + " " + s.state().name();
      if (s.state() == SourceState.TIMED_OUT) {
        reason += " after " + MarkdownText.millis(s.elapsedMs());
      } else if (s.error() != null) {
        reason += ": " + MarkdownText.escapeClipped(s.error(), 200);
      }
      reasons.add(reason);
    }
    md.append("**Missing:** Confidence is lowered because: ").append(String.join("; ", reasons))
        .append(".\n\n");
  }

  private static void causes(StringBuilder md, RootCauseReport report) {
    md.append("## Ranked causes\n\n");
    if (report.causes().isEmpty()) {
      md.append("No candidate cause is supported by the evidence in reach.\n\n");
      return;
    }
    int rank = 1;
    for (RankedCause cause : report.causes()) {
      Hypothesis h = cause.hypothesis();
      md.append(rank++).append(". **").append(MarkdownText.escape(h.service())).append("** · ")
          .append(h.kind().wireName().replace("_", "\\_"));
      if (h.changeId() != null) {
        md.append(" · change ").append(MarkdownText.escape(h.changeId()));
      }
      md.append(" · **").append(MarkdownText.percent(h.confidence())).append("**\n");
      md.append("   ").append(MarkdownText.escapeClipped(h.statement(), 1000)).append('\n');
      for (Evidence e : cause.evidence()) {
        md.append("   - ").append(MarkdownText.escape(e.id())).append(' ')
            .append(e.signal().key()).append(": ")
            .append(MarkdownText.escapeClipped(e.excerpt(), 400));
        String link = MarkdownText.link("open", e.link());
        if (!link.isEmpty()) {
          md.append(" (").append(link).append(')');
        }
        md.append('\n');
      }
    }
    md.append('\n');
  }

  private static void sources(StringBuilder md, RootCauseReport report) {
    md.append("## Sources\n\n");
    if (report.sources().isEmpty()) {
      md.append("No source was queried.\n");
      return;
    }
    md.append("| name | signal | status | items | elapsed | error / warnings |\n");
    md.append("|---|---|---|---:|---:|---|\n");
    for (SourceStatus s : report.sources()) {
      List<String> notes = new ArrayList<>();
      if (s.error() != null) {
        notes.add(MarkdownText.escapeClipped(s.error(), 200));
      }
      int shown = Math.min(3, s.warnings().size());
      for (int i = 0; i < shown; i++) {
        notes.add(MarkdownText.escapeClipped(s.warnings().get(i), 200));
      }
      if (s.warnings().size() > shown) {
        notes.add("(" + (s.warnings().size() - shown) + " more warnings)");
      }
      md.append("| ").append(MarkdownText.escape(s.name()))
          .append(" | ").append(s.signal().name())
          .append(" | ").append(s.state().name())
          .append(" | ").append(s.items())
          .append(" | ").append(MarkdownText.millis(s.elapsedMs()))
          .append(" | ").append(String.join("<br>", notes))
          .append(" |\n");
    }
  }
}
