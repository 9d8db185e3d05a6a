package dev.rca.core.report;

import dev.rca.api.evidence.ChangeEvent;
import dev.rca.api.evidence.Evidence;
import dev.rca.api.evidence.LogPattern;
import dev.rca.api.evidence.TraceFinding;
import dev.rca.api.model.Alert;
import dev.rca.api.model.CauseKind;
import dev.rca.api.model.Hypothesis;
import dev.rca.api.model.InvestigationRequest;
import dev.rca.api.model.ReportStatus;
import dev.rca.api.model.RootCauseReport;
import dev.rca.api.model.ServiceGraph;
import dev.rca.api.model.Signal;
import dev.rca.api.model.SourceState;
import dev.rca.api.model.SourceStatus;
import dev.rca.api.redaction.RedactedEvidence;
import dev.rca.api.spi.RedactionSession;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reports built the only way the API allows: through the redaction boundary. */
public final class SampleReports {
  public static final Instant ONSET = Instant.parse("2024-05-01T12:00:00Z");

  private SampleReports() {}

  /** Replaces the word "hunter2" and counts it under rule "password", like a real redactor would. */
  public static RedactionSession session() {
    Map<String, Long> counts = new ConcurrentHashMap<>();
    return new RedactionSession() {
      @Override
      public String redact(String text) {
        if (!text.contains("hunter2")) {
          return text;
        }
        counts.merge("password", 1L, Long::sum);
        return text.replace("hunter2", "<password:1>");
      }

      @Override
      public Map<String, Long> countsByRule() {
        return Map.copyOf(counts);
      }
    };
  }

  public static InvestigationRequest request() {
    Alert alert = new Alert("HighErrorRate", "checkout", Map.of("severity", "page"),
        Map.of("summary", "checkout 5xx above 5%"), ONSET, null, true, "http://prom/graph", "f1");
    return InvestigationRequest.builder().alert(alert).service("payments").build();
  }

  public static ChangeEvent change() {
    return new ChangeEvent("ev-17", "c-8812", "payments", ONSET.minusSeconds(250),
        ChangeEvent.Type.CONFIG, "reduce pool size", "-maxPoolSize: 50\n+maxPoolSize: 5",
        List.of("config/payments.yaml"), Map.of("author", "dev@example.com"),
        "https://git.example.com/c/8812");
  }

  public static LogPattern pattern() {
    return new LogPattern("ev-3", "payments", ONSET.plusSeconds(40),
        "pool exhausted | `code` *bold* password=hunter2", "error", LogPattern.Change.NEW, 0, 412,
        List.of("pool exhausted after 5000 ms"), "http://loki:3100/explore?q=(a b)");
  }

  public static TraceFinding trace() {
    return new TraceFinding("ev-9", "payments-db", ONSET.plusSeconds(60), "SELECT orders",
        TraceFinding.Kind.ERROR_ORIGIN, 88, 0, 0, "timeout acquiring connection", Map.of(),
        "javascript:alert(1)");
  }

  public static List<SourceStatus> statuses() {
    return List.of(
        new SourceStatus("loki", Signal.LOGS, SourceState.OK, 412, 183220, null,
            List.of("logs/api.json line 3 col 17: expected '['"), List.of("{service=\"payments\"}")),
        new SourceStatus("git", Signal.CHANGES, SourceState.OK, 20, 3, null, List.of(), List.of()),
        new SourceStatus("tempo", Signal.TRACES, SourceState.TIMED_OUT, 10_000, 0,
            "deadline passed", List.of(), List.of("GET /api/search")));
  }

  /** A confident report blaming config change c-8812, with one timed-out source. */
  public static RootCauseReport confident() {
    List<Evidence> items = List.of(change(), pattern(), trace());
    RedactedEvidence evidence = RedactedEvidence.redact(request(), items, ServiceGraph.empty(),
        statuses(), session());
    List<Hypothesis> ranked = List.of(
        new Hypothesis("payments", CauseKind.CONFIG, "c-8812", 0.91,
            "Config change c-8812 cut the DB pool; pool errors began 40 s later.",
            List.of("ev-17", "ev-3")),
        new Hypothesis("payments-db", CauseKind.DATABASE, null, 0.2, "slow queries",
            List.of("ev-9")));
    return RootCauseReport.assemble("inv-1", ONSET.plusSeconds(900), ReportStatus.CONFIDENT,
        "payments config change c-8812 cut the DB pool from 50 to 5", ranked, evidence,
        Duration.ofMillis(1310));
  }

  /** No causes, no sources: the smallest report there is. */
  public static RootCauseReport empty() {
    RedactedEvidence evidence = RedactedEvidence.redact(request(), List.of(),
        ServiceGraph.empty(), List.of(), session());
    return RootCauseReport.assemble("inv-0", ONSET, ReportStatus.INSUFFICIENT_EVIDENCE,
        "nothing in reach explains the symptom", List.of(), evidence, Duration.ofMillis(5));
  }

  /** A report with {@code n} log patterns spread a minute apart around the onset. */
  public static RootCauseReport withManyItems(int n) {
    List<Evidence> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(new LogPattern("ev-" + i, "svc", ONSET.plusSeconds(60L * (i - n / 2)),
          "template " + i, "error", LogPattern.Change.SURGE, 1, 10, List.of(), ""));
    }
    RedactedEvidence evidence = RedactedEvidence.redact(request(), items, ServiceGraph.empty(),
        List.of(), session());
    Hypothesis h = new Hypothesis("svc", CauseKind.UNKNOWN, null, 0.3, "far away",
        List.of("ev-0"));
    return RootCauseReport.assemble("inv-2", ONSET, ReportStatus.NEEDS_REVIEW, "many",
        List.of(h), evidence, Duration.ofMillis(50));
  }
}
