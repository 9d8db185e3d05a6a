package dev.rca.benchmarks.scenario.simulation;

import dev.rca.benchmarks.scenario.ScenarioSpec;
import dev.rca.benchmarks.scenario.system.MetricStyle;
import dev.rca.benchmarks.scenario.system.ServiceProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The alerting rules of the simulated system. As in most real setups they watch request errors
 * and latency, so they fire on the callers that users hit, not on the culprit deep inside.
 */
final class AlertRules {
  private static final double ERROR_THRESHOLD = 0.02;

  private AlertRules() {}

  /** Alerts for the symptomatic callers, or for the culprit itself when nothing calls it. */
  static List<AlertRecord> fire(ScenarioSpec spec, List<Impact> impacts, RandomGenerator rnd) {
    List<Impact> alerting = impacts.stream()
        .filter(i -> i.symptom() == Symptom.UPSTREAM_FAILURE && i.errorRatio() >= ERROR_THRESHOLD)
        .toList();
    Impact culprit = impacts.get(0);
    if (alerting.isEmpty() && culprit.symptom() == Symptom.TRAFFIC_DROP) {
      ServiceProfile p = spec.system().service(culprit.service());
      Instant at = culprit.start().plusSeconds(120 + rnd.nextInt(180)).plusMillis(rnd.nextInt(1000));
      return List.of(StormAlerts.trafficDrop(p, at, culprit.trafficFactor()));
    }
    if (alerting.isEmpty()) {
      alerting = List.of(culprit);
    }
    boolean storm = spec.noise().alertStorm();
    List<AlertRecord> out = new ArrayList<>();
    for (Impact impact : alerting) {
      ServiceProfile p = spec.system().service(impact.service());
      Instant at = impact.start().plusSeconds(60 + rnd.nextInt(121)).plusMillis(rnd.nextInt(1000));
      if (impact.symptom() == Symptom.UNEXPLAINED_SLOWNESS && !storm) {
        out.add(latencyAlert(p, impact, at));
        continue;
      }
      out.add(errorAlert(p, impact, at, ""));
      if (storm) {
        out.add(latencyAlert(p, impact, at.plusSeconds(15 + rnd.nextInt(90))));
        for (int i = 0; i < p.replicas(); i++) {
          out.add(errorAlert(p, impact, at.plusSeconds(rnd.nextInt(120)), p.pod(i)));
        }
      }
    }
    if (storm && spec.system().placed()) {
      StormAlerts.amplify(spec, impacts, alerting, rnd, out);
    }
    return out;
  }

  static AlertRecord errorAlert(ServiceProfile p, Impact impact, Instant at, String pod) {
    String pct = String.format(Locale.ROOT, "%.1f", 100 * Math.max(impact.errorRatio(), ERROR_THRESHOLD));
    String scope = pod.isEmpty() ? p.name() : pod;
    return new AlertRecord(pod.isEmpty() ? "HighErrorRate" : "PodHighErrorRate", p.name(),
        pod.isEmpty() ? "critical" : "warning", at,
        "High error rate on " + scope,
        pct + "% of requests to " + scope + " failed over the last 5 minutes (threshold "
            + Math.round(ERROR_THRESHOLD * 100) + "%).",
        errorExpr(p, pod), pod);
  }

  static AlertRecord latencyAlert(ServiceProfile p, Impact impact, Instant at) {
    String ms = String.format(Locale.ROOT, "%.0f", p.baselineLatencyMs() * impact.latencyFactor());
    return new AlertRecord("HighRequestLatency", p.name(), "warning", at,
        "Slow responses from " + p.name(),
        "Mean latency of " + p.name() + " is " + ms + " ms (threshold "
            + Math.round(p.baselineLatencyMs() * 3) + " ms).",
        latencyExpr(p), "");
  }

  static String errorExpr(ServiceProfile p, String pod) {
    String podMatch = pod.isEmpty() ? "" : ",pod=\"" + pod + "\"";
    String sel = "service=\"" + p.name() + "\"" + podMatch;
    return switch (p.metricStyle()) {
      case MICROMETER -> "sum(rate(http_server_requests_seconds_count{" + sel
          + ",status=~\"5..\"}[5m])) / sum(rate(http_server_requests_seconds_count{" + sel
          + "}[5m])) > " + ERROR_THRESHOLD;
      case PROMETHEUS_CLIENT -> "sum(rate(http_requests_total{" + sel
          + ",code=~\"5..\"}[5m])) / sum(rate(http_requests_total{" + sel + "}[5m])) > "
          + ERROR_THRESHOLD;
      case OTEL_SEMCONV, NONE, POSTGRES_EXPORTER -> "sum(rate(http_server_request_duration_seconds_count{" + sel
          + ",http_response_status_code=~\"5..\"}[5m])) / sum(rate("
          + "http_server_request_duration_seconds_count{" + sel + "}[5m])) > " + ERROR_THRESHOLD;
    };
  }

  private static String latencyExpr(ServiceProfile p) {
    String sel = "service=\"" + p.name() + "\"";
    String base = p.metricStyle() == MetricStyle.MICROMETER ? "http_server_requests_seconds"
        : p.metricStyle() == MetricStyle.PROMETHEUS_CLIENT ? "http_request_duration_seconds"
        : "http_server_request_duration_seconds";
    return "sum(rate(" + base + "_sum{" + sel + "}[5m])) / sum(rate(" + base + "_count{" + sel
        + "}[5m])) > " + String.format(Locale.ROOT, "%.3f", p.baselineLatencyMs() * 3 / 1000);
  }
}
