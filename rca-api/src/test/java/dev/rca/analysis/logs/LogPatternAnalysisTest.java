package dev.rca.analysis.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rca.api.evidence.LogPattern;
import dev.rca.api.evidence.LogPattern.Change;
import dev.rca.api.model.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogPatternAnalysisTest {
  static final Instant ONSET = Instant.parse("2024-04-15T12:00:00Z");
  static final TimeWindow WINDOW = TimeWindow.around(ONSET, Duration.ofMinutes(60), Duration.ofMinutes(15));

  static long at(double minutesFromOnset) {
    return Timeline.nanos(ONSET) + (long) (minutesFromOnset * 60e9);
  }

  LogPatternAnalysis analysis() {
    return LogPatternAnalysis.builder(WINDOW, ONSET).link((s, t) -> "link:" + s).build();
  }

  /** Steady background: one line every 30 s across the whole window. */
  static void background(LogPatternAnalysis a, String service) {
    for (double m = -60; m < 15; m += 0.5) {
      a.add(service, at(m), LogLevel.UNKNOWN, "INFO request served in " + (int) (20 + (m * 7) % 30) + "ms");
    }
  }

  static LogPattern only(List<LogPattern> patterns, Change change) {
    List<LogPattern> of = patterns.stream().filter(p -> p.change() == change).toList();
    assertThat(of).as("%s in %s", change, patterns).hasSize(1);
    return of.get(0);
  }

  @Test
  void reportsNewErrorTemplateAtItsFirstLineAfterOnset() {
    LogPatternAnalysis a = analysis();
    background(a, "payments");
    for (int i = 0; i < 30; i++) {
      a.add("payments", at(2 + i * 0.2), LogLevel.UNKNOWN, "ERROR pool exhausted after " + (5000 + i) + " ms");
    }
    LogPattern p = only(a.patterns(), Change.NEW);
    assertThat(p.template()).isEqualTo("ERROR pool exhausted after <*> ms");
    assertThat(p.at()).isEqualTo(Timeline.instant(at(2)));
    assertThat(p.level()).isEqualTo("error");
    assertThat(p.baselineCount()).isZero();
    assertThat(p.incidentCount()).isEqualTo(30);
    assertThat(p.samples()).hasSize(3).first().asString().contains("5000");
    assertThat(p.link()).isEqualTo("link:payments");
    assertThat(p.id()).isEqualTo("log-1");
  }

  @Test
  void findsBurstThatBeganBeforeTheAlertAtItsTrueStart() {
    LogPatternAnalysis a = analysis();
    background(a, "db");
    // rare in the baseline, then a burst from 4 minutes before the alert; fed in reverse order
    for (int i = 199; i >= 0; i--) {
      a.add("db", at(-4 + i * 0.05), LogLevel.ERROR, "lock wait timeout on table orders");
    }
    a.add("db", at(-50), LogLevel.ERROR, "lock wait timeout on table orders");
    a.add("db", at(-30), LogLevel.ERROR, "lock wait timeout on table orders");
    LogPattern p = only(a.patterns(), Change.SURGE);
    assertThat(p.at()).isEqualTo(Timeline.instant(at(-4)));
    assertThat(p.baselineCount()).isEqualTo(2);
    assertThat(p.incidentCount()).isEqualTo(200);
    assertThat(p.level()).isEqualTo("error");
  }

  @Test
  void newTemplateStartingBeforeOnsetIsDatedByItsFirstLine() {
    LogPatternAnalysis a = analysis();
    background(a, "cart");
    for (int i = 0; i < 20; i++) {
      a.add("cart", at(-3 + i * 0.5), LogLevel.UNKNOWN, "ERROR redis READONLY You can't write against a read only replica");
    }
    LogPattern p = only(a.patterns(), Change.NEW);
    assertThat(p.at()).isEqualTo(Timeline.instant(at(-3)));
  }

  @Test
  void doesNotCallASmallCountASurge() {
    LogPatternAnalysis a = analysis();
    background(a, "api");
    a.add("api", at(-40), LogLevel.UNKNOWN, "WARN cache miss for key session");
    a.add("api", at(1), LogLevel.UNKNOWN, "WARN cache miss for key session");
    a.add("api", at(2), LogLevel.UNKNOWN, "WARN cache miss for key session");
    a.add("api", at(3), LogLevel.UNKNOWN, "WARN cache miss for key session");
    assertThat(a.patterns()).noneMatch(p -> p.change() == Change.SURGE);
  }

  @Test
  void reportsSteadyTemplateThatWentSilent() {
    LogPatternAnalysis a = analysis();
    background(a, "worker");
    for (double m = -60; m < -1; m += 1) {
      a.add("worker", at(m), LogLevel.UNKNOWN, "INFO heartbeat sent to coordinator");
    }
    LogPattern p = only(a.patterns(), Change.SILENT);
    assertThat(p.at()).isEqualTo(Timeline.instant(at(-2)));
    assertThat(p.incidentCount()).isZero();
    assertThat(p.baselineCount()).isEqualTo(59);
  }

  @Test
  void reportsNumberFarOutsideItsBaselineRange() {
    LogPatternAnalysis a = analysis();
    for (double m = -60; m < 15; m += 0.5) {
      int size = m < -1 ? 50 : 5;
      a.add("payments", at(m), LogLevel.UNKNOWN, "INFO pool stats size=" + size + " idle=3");
    }
    LogPattern p = only(a.patterns(), Change.CONTENT);
    assertThat(p.at()).isEqualTo(Timeline.instant(at(-1)));
    assertThat(p.samples()).singleElement().asString().contains("size=5 ");
  }

  @Test
  void ignoresLinesOutsideTheWindowAndRanksErrorsFirst() {
    LogPatternAnalysis a = analysis();
    background(a, "svc");
    assertThat(a.add("svc", at(-61), LogLevel.UNKNOWN, "ERROR too early")).isFalse();
    assertThat(a.add("svc", at(15), LogLevel.UNKNOWN, "ERROR too late")).isFalse();
    for (int i = 0; i < 50; i++) {
      a.add("svc", at(1 + i * 0.1), LogLevel.UNKNOWN, "INFO new feature path taken");
      a.add("svc", at(1 + i * 0.1), LogLevel.UNKNOWN, "ERROR checkout declined");
    }
    List<LogPattern> patterns = a.patterns();
    assertThat(patterns).extracting(LogPattern::template)
        .containsExactly("ERROR checkout declined", "INFO new feature path taken");
    assertThat(a.linesOutsideWindow()).isEqualTo(2);
  }

  @Test
  void capsTemplatesPerServiceWithAWarning() {
    LogPatternAnalysis a = LogPatternAnalysis.builder(WINDOW, ONSET).maxTemplatesPerService(3).build();
    String[] words = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot"};
    for (String w : words) {
      a.add("svc", at(1), LogLevel.UNKNOWN, w + " happened");
    }
    assertThat(a.warnings()).singleElement().asString().contains("svc").contains("3 templates");
  }

  @Test
  void capsPatternsPerService() {
    LogPatternAnalysis a = LogPatternAnalysis.builder(WINDOW, ONSET).maxPatternsPerService(2).build();
    background(a, "svc");
    String[] words = {"alpha", "bravo", "charlie", "delta"};
    for (String w : words) {
      for (int i = 0; i < 5; i++) {
        a.add("svc", at(1 + i), LogLevel.UNKNOWN, w + " failed hard");
      }
    }
    assertThat(a.patterns()).hasSize(2);
  }
}
