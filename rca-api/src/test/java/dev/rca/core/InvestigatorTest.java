package dev.rca.core;

import static dev.rca.core.Fixtures.ONSET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rca.api.evidence.Evidence;
import dev.rca.api.model.CauseKind;
import dev.rca.api.model.Hypothesis;
import dev.rca.api.model.ReportStatus;
import dev.rca.api.model.RootCauseReport;
import dev.rca.api.model.Signal;
import dev.rca.api.model.SourceState;
import dev.rca.api.model.SourceStatus;
import dev.rca.api.redaction.RedactedEvidence;
import dev.rca.api.spi.HypothesisEngine;
import dev.rca.api.spi.InvestigationScope;
import dev.rca.api.spi.SignalSource;
import dev.rca.api.spi.SourceException;
import dev.rca.api.spi.SourceResult;
import dev.rca.api.spi.SourceUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class InvestigatorTest {
  private static final HypothesisEngine BLAME_FIRST = ev -> ev.items().isEmpty() ? List.of()
      : List.of(new Hypothesis(ev.items().get(0).service(), CauseKind.DEPLOY, null, 0.9,
          "first item", List.of(ev.items().get(0).id())));

  private static SourceResult oneError(String service) {
    return SourceResult.builder().item(Fixtures.errorPattern(service, ONSET, "boom")).itemsRead(7)
        .build();
  }

  private static Investigator.Builder base() {
    return Investigator.builder().engine(BLAME_FIRST).redactor(Fixtures.canaryRedactor("never"))
        .sourceTimeout(Duration.ofMillis(300)).overallTimeout(Duration.ofSeconds(5));
  }

  /** A source that only answers once every source has started: impossible one at a time. */
  private static SignalSource rendezvous(String name, CountDownLatch all) {
    return new SignalSource() {
      public String name() {
        return name;
      }

      public Signal signal() {
        return Signal.LOGS;
      }

      public SourceResult gather(InvestigationScope scope) throws InterruptedException,
          SourceException {
        all.countDown();
        if (!all.await(2, TimeUnit.SECONDS)) {
          throw new SourceException(name + " never met the others");
        }
        return oneError(name);
      }
    };
  }

  @Test
  void gathersFromAllSourcesConcurrently() {
    CountDownLatch all = new CountDownLatch(3);
    try (Investigator inv = base().sourceTimeout(Duration.ofSeconds(3))
        .source(rendezvous("a", all)).source(rendezvous("b", all)).source(rendezvous("c", all))
        .build()) {
      RootCauseReport report = inv.investigate(Fixtures.request("a"));
      assertThat(report.sources()).extracting(SourceStatus::state).containsOnly(SourceState.OK);
    }
  }

  @Test
  void timesOutSlowSourceCancelsItAndKeepsOthers() throws Exception {
    AtomicBoolean interrupted = new AtomicBoolean();
    CountDownLatch stopped = new CountDownLatch(1);
    SignalSource slow = new SignalSource() {
      public String name() {
        return "slow";
      }

      public Signal signal() {
        return Signal.TRACES;
      }

      public SourceResult gather(InvestigationScope scope) {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          interrupted.set(true);
        } finally {
          stopped.countDown();
        }
        return SourceResult.builder().build();
      }
    };
    try (Investigator inv = base().source(Fixtures.source("logs", Signal.LOGS, oneError("api")))
        .source(slow).build()) {
      RootCauseReport report = inv.investigate(Fixtures.request("api"));
      assertThat(report.sources()).extracting(SourceStatus::name, SourceStatus::state)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("logs", SourceState.OK),
              org.assertj.core.groups.Tuple.tuple("slow", SourceState.TIMED_OUT));
      assertThat(report.sources().get(1).error()).contains("no answer within 300 ms");
      assertThat(stopped.await(2, TimeUnit.SECONDS)).isTrue();
      assertThat(interrupted).isTrue();
      assertThat(report.causes()).isNotEmpty();
      assertThat(report.causes().get(0).hypothesis().confidence()).isLessThan(0.9);
      assertThat(report.summary()).contains("Missing: slow timed out");
    }
  }

  @Test
  void failingSourceIsReportedWithItsMessageAndOthersStillCount() {
    SignalSource broken = new SignalSource() {
      public String name() {
        return "prometheus";
      }

      public Signal signal() {
        return Signal.METRICS;
      }

      public SourceResult gather(InvestigationScope scope) throws SourceException {
        throw new SourceException("GET http://prom:9090/api/v1/query_range: HTTP 503");
      }
    };
    try (Investigator inv = base().source(broken)
        .source(Fixtures.source("logs", Signal.LOGS, oneError("api"))).build()) {
      RootCauseReport report = inv.investigate(Fixtures.request("api"));
      SourceStatus prom = report.sources().get(0);
      assertThat(prom.state()).isEqualTo(SourceState.FAILED);
      assertThat(prom.error()).isEqualTo("GET http://prom:9090/api/v1/query_range: HTTP 503");
      assertThat(report.causes().get(0).hypothesis().service()).isEqualTo("api");
      assertThat(report.missingSources()).extracting(SourceStatus::name).containsExactly("prometheus");
    }
  }

  @Test
  void absentSignalIsSkippedAndABuggySourceIsFailedNotThrown() {
    SignalSource absent = new SignalSource() {
      public String name() {
        return "bundle-traces";
      }

      public Signal signal() {
        return Signal.TRACES;
      }

      public SourceResult gather(InvestigationScope scope) throws SourceException {
        throw new SourceUnavailableException("no traces/ directory in bundle /b");
      }
    };
    SignalSource buggy = new SignalSource() {
      public String name() {
        return "buggy";
      }

      public Signal signal() {
        return Signal.CHANGES;
      }

      public SourceResult gather(InvestigationScope scope) {
        throw new IllegalStateException("index 3 out of bounds");
      }
    };
    try (Investigator inv = base().source(absent).source(buggy).build()) {
      RootCauseReport report = inv.investigate(Fixtures.request("api"));
      assertThat(report.sources().get(0).state()).isEqualTo(SourceState.SKIPPED);
      assertThat(report.sources().get(1).state()).isEqualTo(SourceState.FAILED);
      assertThat(report.sources().get(1).error())
          .isEqualTo("internal error in source buggy: IllegalStateException: index 3 out of bounds");
      assertThat(report.status()).isEqualTo(ReportStatus.INSUFFICIENT_EVIDENCE);
    }
  }

  @Test
  void engineAndSinksOnlySeeRedactedText() {
    String canary = "CANARY-7731";
    AtomicReference<RedactedEvidence> seen = new AtomicReference<>();
    HypothesisEngine recording = ev -> {
      seen.set(ev);
      return BLAME_FIRST.rank(ev);
    };
    List<String> written = Collections.synchronizedList(new ArrayList<>());
    SourceResult leaky = SourceResult.builder()
        .item(Fixtures.errorPattern("api", ONSET, "token " + canary))
        .warning("logs/a.json line 1: bad value " + canary).query("{service=\"" + canary + "\"}")
        .build();
    try (Investigator inv = base().redactor(Fixtures.canaryRedactor(canary)).engine(recording)
        .source(Fixtures.source("logs", Signal.LOGS, leaky))
        .sink(r -> written.add(r.summary() + r.evidence() + r.sources() + r.request()))
        .build()) {
      inv.investigate(Fixtures.request(canary));
    }
    String everything = seen.get().items().toString() + seen.get().request()
        + seen.get().sources();
    assertThat(everything).doesNotContain(canary).contains("[x]");
    assertThat(written).hasSize(1);
    assertThat(written.get(0)).doesNotContain(canary);
  }

  @Test
  void numbersEvidenceInSourceOrderSoReportsAreStable() {
    SourceResult two = SourceResult.builder()
        .item(Fixtures.errorPattern("a", ONSET, "x")).item(Fixtures.errorPattern("b", ONSET, "y"))
        .build();
    try (Investigator inv = base().source(Fixtures.source("one", Signal.LOGS, two))
        .source(Fixtures.source("two", Signal.LOGS, oneError("c"))).build()) {
      RootCauseReport report = inv.investigate(Fixtures.request("a"));
      assertThat(report.evidence()).extracting(Evidence::id).containsExactly("ev-1", "ev-2", "ev-3");
      assertThat(report.evidence()).extracting(Evidence::service).containsExactly("a", "b", "c");
    }
  }

  @Test
  void tellsTheListenerAboutEachSourceAndTheVerdict() {
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    ProgressListener listener = new ProgressListener() {
      public void sourceStarted(String source, Signal signal) {
        events.add("start " + source);
      }

      public void sourceFinished(SourceStatus status) {
        events.add("done " + status.name() + " " + status.items());
      }

      public void reportReady(ReportStatus status, long totalMs) {
        events.add("report " + status);
      }
    };
    try (Investigator inv = base().listener(listener)
        .source(Fixtures.source("logs", Signal.LOGS, oneError("api"))).build()) {
      inv.investigate(Fixtures.request("api"));
    }
    assertThat(events).containsExactly("start logs", "done logs 7", "report CONFIDENT");
  }

  @Test
  void engineFailureYieldsAReportThatSaysSo() {
    try (Investigator inv = base().engine(ev -> {
      throw new IllegalStateException("model unavailable");
    }).source(Fixtures.source("logs", Signal.LOGS, oneError("api"))).build()) {
      RootCauseReport report = inv.investigate(Fixtures.request("api"));
      assertThat(report.status()).isEqualTo(ReportStatus.INSUFFICIENT_EVIDENCE);
      assertThat(report.summary()).contains("engine failed").contains("model unavailable");
    }
  }

  @Test
  void belowThresholdNeedsReviewAndHypothesesCitingUnknownEvidenceAreDropped() {
    HypothesisEngine engine = ev -> List.of(
        new Hypothesis("ghost", CauseKind.CPU, null, 0.99, "cites nothing real", List.of("ev-99")),
        new Hypothesis("api", CauseKind.DEPLOY, null, 0.6, "weak", List.of("ev-1")));
    try (Investigator inv = base().engine(engine)
        .source(Fixtures.source("logs", Signal.LOGS, oneError("api"))).build()) {
      RootCauseReport report = inv.investigate(Fixtures.request("api"));
      assertThat(report.status()).isEqualTo(ReportStatus.NEEDS_REVIEW);
      assertThat(report.causes()).extracting(c -> c.hypothesis().service()).containsExactly("api");
    }
  }
}
