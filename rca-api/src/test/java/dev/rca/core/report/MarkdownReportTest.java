package dev.rca.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkdownReportTest {

  @Test
  void headlineCarriesStatusAndSummary() {
    String md = MarkdownReport.render(SampleReports.confident());

    assertThat(md).startsWith(
        "# CONFIDENT: payments config change c-8812 cut the DB pool from 50 to 5\n");
    assertThat(md).contains("Investigation inv-1 · onset 2024-05-01T12:00:00Z");
  }

  @Test
  void ranksCausesWithPercentChangeIdAndCitedEvidence() {
    String md = MarkdownReport.render(SampleReports.confident());

    assertThat(md).contains("1. **payments** · config · change c-8812 · **91%**");
    assertThat(md).contains("2. **payments-db** · database · **20%**");
    assertThat(md).contains("   - ev-17 changes: CONFIG c-8812 of payments");
    assertThat(md).contains("([open](https://git.example.com/c/8812))");
  }

  @Test
  void escapesMarkdownInExcerpts() {
    String md = MarkdownReport.render(SampleReports.confident());

    assertThat(md).contains("pool exhausted \\| \\`code\\` \\*bold\\* password=<password:1>"
        .replace("<password:1>", "\\<password:1\\>"));
  }

  @Test
  void linksOnlyHttpUrlsAndEncodesParentheses() {
    String md = MarkdownReport.render(SampleReports.confident());

    assertThat(md).contains("[open](http://loki:3100/explore?q=%28a%20b%29)");
    assertThat(md).doesNotContain("](javascript:");
  }

  @Test
  void timelineIsInTimeOrderRelativeToOnset() {
    String md = MarkdownReport.render(SampleReports.confident());

    int change = md.indexOf("- `-04:10` payments CHANGES config c-8812 reduce pool size (ev-17)");
    int log = md.indexOf("- `+00:40` payments LOGS");
    int trace = md.indexOf("- `+01:00` payments-db TRACES");
    assertThat(change).isPositive();
    assertThat(log).isGreaterThan(change);
    assertThat(trace).isGreaterThan(log);
  }

  @Test
  void capsTimelineKeepingCitedEvidenceAndCountsTheRest() {
    String md = MarkdownReport.render(SampleReports.withManyItems(50), 30);

    String timeline = md.substring(md.indexOf("## Timeline"), md.indexOf("## Sources"));
    assertThat(timeline.lines().filter(l -> l.startsWith("- `"))).hasSize(30);
    assertThat(timeline).contains("- … 20 more entries left out (50 in all).");
    // ev-0 lies 25 minutes before the onset, far from it, but a cause cites it.
    assertThat(timeline).contains("(ev-0)").doesNotContain("(ev-1)");
  }

  @Test
  void sourcesTableShowsStatusItemsElapsedAndProblems() {
    String md = MarkdownReport.render(SampleReports.confident());

    assertThat(md).contains("| name | signal | status | items | elapsed | error / warnings |");
    assertThat(md).contains("| loki | LOGS | OK | 183220 | 412 ms | logs/api.json line 3 col 17: expected '\\[' |");
    assertThat(md).contains("| tempo | TRACES | TIMED\\_OUT | 0 | 10 s | deadline passed |"
        .replace("TIMED\\_OUT", "TIMED_OUT"));
  }

  @Test
  void namesMissingSourcesNearTheTop() {
    String md = MarkdownReport.render(SampleReports.confident());

    assertThat(md).contains("**Missing:** Confidence is lowered because: tempo TIMED_OUT after 10 s.");
    assertThat(md.indexOf("**Missing:**")).isLessThan(md.indexOf("## Ranked causes"));
  }

  @Test
  void saysSoWhenNothingWasFound() {
    String md = MarkdownReport.render(SampleReports.empty());

    assertThat(md).startsWith("# INSUFFICIENT_EVIDENCE: ");
    assertThat(md).contains("No candidate cause is supported").contains("No evidence was found.")
        .contains("No source was queried.").doesNotContain("**Missing:**");
  }

  @Test
  void rejectsATimelineLimitBelowOne() {
    assertThatThrownBy(() -> MarkdownReport.render(SampleReports.empty(), 0))
        .hasMessageContaining("timelineLimit");
  }
}
