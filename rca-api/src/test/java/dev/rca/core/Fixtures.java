package dev.rca.core;

import dev.rca.api.evidence.ChangeEvent;
import dev.rca.api.evidence.LogPattern;
import dev.rca.api.evidence.MetricAnomaly;
import dev.rca.api.model.Alert;
import dev.rca.api.model.InvestigationRequest;
import dev.rca.api.model.Signal;
import dev.rca.api.spi.RedactionSession;
import dev.rca.api.spi.Redactor;
import dev.rca.api.spi.SignalSource;
import dev.rca.api.spi.SourceResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Small building blocks for core tests. */
public final class Fixtures {
  public static final Instant ONSET = Instant.parse("2024-04-15T03:42:00Z");

  private Fixtures() {}

  public static InvestigationRequest request(String service) {
    Alert alert = new Alert("HighErrorRate", service, Map.of("service", service,
        "alertname", "HighErrorRate"), Map.of("summary", "errors on " + service), ONSET, null,
        true, "http://prometheus/graph", "f1");
    return InvestigationRequest.builder().alert(alert).build();
  }

  /** Replaces the canary word with [x]: enough to prove where redaction applies. */
  public static Redactor canaryRedactor(String canary) {
    return () -> new RedactionSession() {
      @Override
      public String redact(String text) {
        return text.replace(canary, "[x]");
      }

      @Override
      public Map<String, Long> countsByRule() {
        return Map.of("canary", 1L);
      }
    };
  }

  public static LogPattern errorPattern(String service, Instant at, String line) {
    return new LogPattern("l", service, at, line, "error", LogPattern.Change.NEW, 0, 300,
        List.of(line), "file:///logs#" + service);
  }

  public static MetricAnomaly metric(String service, Instant at, MetricAnomaly.Indicator ind,
      double score) {
    return new MetricAnomaly("m", service, at, "m_" + ind.name().toLowerCase(), Map.of(), ind,
        1, 10, score, "file:///metrics#" + service);
  }

  public static ChangeEvent change(String id, String service, Instant at, ChangeEvent.Type type) {
    return new ChangeEvent("c", id, service, at, type, type + " of " + service, "", List.of(),
        Map.of(), "file:///changes#" + id);
  }

  public static SignalSource source(String name, Signal signal, SourceResult result) {
    return new SignalSource() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Signal signal() {
        return signal;
      }

      @Override
      public SourceResult gather(dev.rca.api.spi.InvestigationScope scope) {
        return result;
      }
    };
  }
}
