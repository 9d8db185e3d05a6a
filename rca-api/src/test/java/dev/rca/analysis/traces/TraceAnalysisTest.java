package dev.rca.analysis.traces;

import static dev.rca.analysis.traces.Spans.ONSET;
import static dev.rca.analysis.traces.Spans.ok;
import static dev.rca.analysis.traces.Spans.span;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rca.analysis.traces.SpanRecord.Kind;
import dev.rca.api.evidence.TraceFinding;
import dev.rca.api.model.TimeWindow;
import dev.rca.api.spi.Deadline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TraceAnalysisTest {
  private static final TimeWindow WINDOW =
      TimeWindow.around(ONSET, Duration.ofMinutes(60), Duration.ofMinutes(15));

  private static TraceEvidence conclude(TraceAnalysis analysis) throws Exception {
    return analysis.conclude(Deadline.after(Duration.ofSeconds(10)));
  }

  private static List<TraceFinding> ofKind(TraceEvidence e, TraceFinding.Kind kind) {
    return e.findings().stream().filter(f -> f.kind() == kind).toList();
  }

  /** checkout -> payments -> SELECT on postgres, all three erroring. */
  private static List<SpanRecord> failingCheckout(String trace, double startSec) {
    return List.of(
        span(trace, "a1", "", "checkout", "POST /checkout", Kind.SERVER, startSec, 900, true,
            "upstream failed", Map.of()),
        span(trace, "b1", "a1", "payments", "POST /charge", Kind.SERVER, startSec + 0.01, 800,
            true, "", Map.of()),
        span(trace, "c1", "b1", "payments", "SELECT orders", Kind.CLIENT, startSec + 0.02, 700,
            true, "", Map.of("db.system", "postgresql", "exception.type", "SQLTimeoutException",
                "exception.message", "timeout acquiring connection")));
  }

  @Test
  void errorOriginIsTheDeepestErroringSpanWhateverTheArrivalOrder() throws Exception {
    TraceAnalysis analysis = TraceAnalysis.builder(ONSET, WINDOW).build();
    List<SpanRecord> spans = new ArrayList<>(failingCheckout("t1", 10));
    spans.addAll(failingCheckout("t2", 20));
    Collections.reverse(spans);
    spans.forEach(analysis::add);

    List<TraceFinding> origins = ofKind(conclude(analysis), TraceFinding.Kind.ERROR_ORIGIN);

    assertThat(origins).hasSize(1);
    TraceFinding origin = origins.get(0);
    assertThat(origin.service()).isEqualTo("payments");
    assertThat(origin.operation()).isEqualTo("SELECT orders");
    assertThat(origin.count()).isEqualTo(2);
    assertThat(origin.at()).isEqualTo(ONSET.plusMillis(10_020));
    assertThat(origin.message()).isEqualTo("SQLTimeoutException: timeout acquiring connection");
  }

  @Test
  void clientLeafToDatabaseKeepsCallingServiceAndNamesThePeer() throws Exception {
    TraceAnalysis analysis = TraceAnalysis.builder(ONSET, WINDOW).build();
    failingCheckout("t1", 10).forEach(analysis::add);

    TraceFinding origin = ofKind(conclude(analysis), TraceFinding.Kind.ERROR_ORIGIN).get(0);

    assertThat(origin.service()).isEqualTo("payments");
    assertThat(origin.attributes()).containsEntry("peer", "postgresql")
        .containsEntry("db.system", "postgresql").containsEntry("traceId", "t1");
  }

  @Test
  void clientSpanAnsweredByAnInstrumentedServiceIsNotAPeerCall() throws Exception {
    TraceAnalysis analysis = TraceAnalysis.builder(ONSET, WINDOW).build();
    analysis.add(span("t", "a", "", "checkout", "GET cart", Kind.CLIENT, 5, 50, true, "502",
        Map.of("server.address", "cart")));
    analysis.add(span("t", "b", "a", "cart", "GET /cart", Kind.SERVER, 5.01, 40, true,
        "redis down", Map.of()));

    TraceFinding origin = ofKind(conclude(analysis), TraceFinding.Kind.ERROR_ORIGIN).get(0);

    assertThat(origin.service()).isEqualTo("cart");
    assertThat(origin.attributes()).doesNotContainKey("peer");
  }

  @Test
  void errorOriginDatesTheRiseNotTheBackgroundErrors() throws Exception {
    TraceAnalysis analysis = TraceAnalysis.builder(ONSET, WINDOW).build();
    int n = 0;
    for (int min = -55; min < 0; min += 10) {
      analysis.add(span("bg" + n, "s", "", "cart", "GET /cart", Kind.SERVER, min * 60, 5, true,
          "rare", Map.of()));
      n++;
    }
    for (int sec = -120; sec < 600; sec += 10) {
      analysis.add(span("burst" + n, "s", "", "cart", "GET /cart", Kind.SERVER, sec, 5, true,
          "pool exhausted", Map.of()));
      n++;
    }

    TraceFinding origin = ofKind(conclude(analysis), TraceFinding.Kind.ERROR_ORIGIN).get(0);

    assertThat(origin.at()).isEqualTo(ONSET.minusSeconds(120));
    assertThat(origin.count()).isEqualTo(72);
    assertThat(origin.attributes()).containsEntry("baselineCount", "6");
    assertThat(origin.message()).isEqualTo("pool exhausted");
  }

  @Test
  void errorsOnlyLongBeforeTheOnsetAreNotAnOrigin() throws Exception {
    TraceAnalysis analysis = TraceAnalysis.builder(ONSET, WINDOW).build();
    analysis.add(span("t", "s", "", "cart", "GET /cart", Kind.SERVER, -40 * 60, 5, true, "x",
        Map.of()));

    assertThat(ofKind(conclude(analysis), TraceFinding.Kind.ERROR_ORIGIN)).isEmpty();
  }

  /** payments POST /charge with a 30 ms db child; its own time is {@code selfMillis}. */
  private static void charge(TraceAnalysis analysis, String trace, double startSec,
      double selfMillis) {
    analysis.add(ok(trace, "r", "", "checkout", "POST /checkout", Kind.SERVER, startSec,
        selfMillis + 40));
    analysis.add(ok(trace, "p", "r", "payments", "POST /charge", Kind.SERVER, startSec + 0.001,
        selfMillis + 30));
    analysis.add(span(trace, "d", "p", "payments", "SELECT", Kind.CLIENT, startSec + 0.002, 30,
        false, "", Map.of("peer.service", "payments-db")));
  }

  @Test
  void selfTimeGrowthIsFoundWhereTheTimeIsSpentNotInItsCallers() throws Exception {
    TraceAnalysis analysis = TraceAnalysis.builder(ONSET, WINDOW).build();
    int n = 0;
    for (int sec = -3000; sec < -400; sec += 60) {
      charge(analysis, "t" + n++, sec, 10);
    }
    for (int sec = -170; sec < 600; sec += 30) {
      charge(analysis, "t" + n++, sec, 250);
    }

    List<TraceFinding> growth = ofKind(conclude(analysis), TraceFinding.Kind.SELF_TIME_GROWTH);

    assertThat(growth).extracting(TraceFinding::service, TraceFinding::operation)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("payments", "POST /charge"));
    TraceFinding f = growth.get(0);
    assertThat(f.baselineMillis()).isCloseTo(10, org.assertj.core.data.Offset.offset(0.5));
    assertThat(f.observedMillis()).isCloseTo(250, org.assertj.core.data.Offset.offset(0.5));
    assertThat(f.at()).isEqualTo(ONSET.minusSeconds(170).plusMillis(1));
  }

  @Test
  void smallOrNoisyChangesAreNotGrowth() throws Exception {
    TraceAnalysis analysis = TraceAnalysis.builder(ONSET, WINDOW).build();
    int n = 0;
    for (int sec = -3000; sec < 600; sec += 60) {
      charge(analysis, "t" + n++, sec, sec < 0 ? 2 : 12);
    }

    assertThat(ofKind(conclude(analysis), TraceFinding.Kind.SELF_TIME_GROWTH)).isEmpty();
  }

  @Test
  void callGraphLinksParentServiceToChildServiceAndDeclaredPeers() throws Exception {
    TraceAnalysis analysis = TraceAnalysis.builder(ONSET, WINDOW).build();
    charge(analysis, "t", 0, 10);

    TraceEvidence evidence = conclude(analysis);

    assertThat(evidence.calls().dependsOn()).containsOnlyKeys("checkout", "payments");
    assertThat(evidence.calls().callees("checkout")).containsExactly("payments");
    assertThat(evidence.calls().callees("payments")).containsExactly("payments-db");
  }

  @Test
  void spansOutsideTheWindowAreNotHeld() throws Exception {
    TraceAnalysis analysis = TraceAnalysis.builder(ONSET, WINDOW).build();
    assertThat(analysis.add(ok("t", "a", "", "x", "op", Kind.SERVER, -2 * 3600, 5))).isFalse();
    assertThat(analysis.add(ok("t", "b", "", "x", "op", Kind.SERVER, 0, 5))).isTrue();

    TraceEvidence evidence = conclude(analysis);

    assertThat(evidence.spansSeen()).isEqualTo(2);
    assertThat(evidence.spansHeld()).isEqualTo(1);
  }

  @Test
  void boundsDropSpansWithAWarning() throws Exception {
    TraceAnalysis analysis =
        TraceAnalysis.builder(ONSET, WINDOW).maxSpansPerTrace(2).maxSpans(5).build();
    for (int i = 0; i < 4; i++) {
      analysis.add(ok("big", "s" + i, "", "x", "op", Kind.SERVER, i, 5));
    }
    for (int i = 0; i < 5; i++) {
      analysis.add(ok("t" + i, "s", "", "x", "op", Kind.SERVER, i, 5));
    }

    TraceEvidence evidence = conclude(analysis);

    assertThat(evidence.spansHeld()).isEqualTo(5);
    assertThat(evidence.warnings()).containsExactly(
        "traces: held the first 5 spans and dropped 2 more; the findings describe a partial sample",
        "traces: 1 trace(s) exceeded 2 spans; dropped 2 spans of them");
  }

  @Test
  void selfTimeSubtractsOverlappingChildrenOnceAndClipsAsyncChildren() {
    SpanRecord parent = ok("t", "p", "", "x", "op", Kind.SERVER, 0, 100);
    TraceTree tree = new TraceTree(List.of(parent,
        ok("t", "c1", "p", "y", "a", Kind.CLIENT, 0.010, 30),
        ok("t", "c2", "p", "y", "b", Kind.CLIENT, 0.020, 30),
        ok("t", "c3", "p", "z", "c", Kind.PRODUCER, 0.090, 500)));

    assertThat(tree.selfNanos(parent)).isEqualTo(Math.round(50e6));
  }

  @Test
  void aSpanExportedTwiceCountsOnce() throws Exception {
    TraceAnalysis analysis = TraceAnalysis.builder(ONSET, WINDOW).build();
    failingCheckout("t1", 10).forEach(analysis::add);
    failingCheckout("t1", 10).forEach(analysis::add);

    TraceFinding origin = ofKind(conclude(analysis), TraceFinding.Kind.ERROR_ORIGIN).get(0);

    assertThat(origin.count()).isEqualTo(1);
  }

  @Test
  void stopsWhenCancelled() {
    TraceAnalysis analysis = TraceAnalysis.builder(ONSET, WINDOW).build();
    for (int i = 0; i < 5000; i++) {
      analysis.add(ok("t" + i, "s", "", "x", "op", Kind.SERVER, 0, 5));
    }
    Thread.currentThread().interrupt();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> conclude(analysis))
        .isInstanceOf(InterruptedException.class);
  }

  @Test
  void rejectsSettingsThatCannotWork() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> TraceAnalysis.builder(ONSET, WINDOW).maxSpans(0))
        .hasMessageContaining("maxSpans");
  }
}
