package dev.rca.benchmarks.scenario.simulation;

import dev.rca.benchmarks.scenario.ScenarioSpec;
import dev.rca.benchmarks.scenario.system.ServiceProfile;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The rest of an alert storm: error-budget burn on the edge, per-pod latency alerts on the
 * callers, the chronically noisy service, and now and then an alert on the culprit itself, as
 * kube-prometheus rules would raise them.
 */
final class StormAlerts {
  private static final String[][] BURN = {{"1h", "5m", "critical", "14.4"}, {"6h", "30m", "critical", "6"},
      {"1d", "2h", "warning", "3"}, {"3d", "6h", "warning", "1"}};

  private StormAlerts() {}

  static void amplify(ScenarioSpec spec, List<Impact> impacts, List<Impact> alerting,
      RandomGenerator rnd, List<AlertRecord> out) {
    Instant first = out.stream().map(AlertRecord::startsAt).min(Comparator.naturalOrder()).orElseThrow();
    for (ServiceProfile edge : spec.system().traced()) {
      if (!spec.system().callers(edge.name()).isEmpty()) {
        continue;
      }
      int windows = 2 + rnd.nextInt(3);
      for (int i = 0; i < windows; i++) {
        String[] w = BURN[i];
        out.add(new AlertRecord("ErrorBudgetBurn", edge.name(), w[2],
            first.plusSeconds(30 + rnd.nextInt(270)).plusMillis(rnd.nextInt(1000)),
            "Error budget of " + edge.name() + " is burning " + w[3] + "x too fast",
            "Over the last " + w[0] + " and " + w[1] + " the availability SLO of " + edge.name()
                + " burned its error budget faster than " + w[3] + "x.",
            AlertRules.errorExpr(edge, "") + " (long_window=" + w[0] + ",short_window=" + w[1] + ")",
            ""));
      }
    }
    for (Impact impact : alerting) {
      ServiceProfile p = spec.system().service(impact.service());
      for (int i = 0; i < p.replicas(); i++) {
        AlertRecord base = AlertRules.latencyAlert(p, impact,
            first.plusSeconds(20 + rnd.nextInt(200)).plusMillis(rnd.nextInt(1000)));
        out.add(new AlertRecord("PodHighRequestLatency", p.name(), "warning", base.startsAt(),
            "Slow responses from " + p.pod(i), base.description(), base.expr(), p.pod(i)));
      }
    }
    String noisy = spec.noise().noisyService();
    if (noisy != null) {
      ServiceProfile p = spec.system().service(noisy);
      Impact chronic = impacts.stream().filter(i -> i.service().equals(noisy)).findFirst().orElseThrow();
      out.add(AlertRules.errorAlert(p, chronic, first.plusSeconds(rnd.nextInt(400)), ""));
    }
    Impact culprit = impacts.get(0);
    if (rnd.nextInt(100) < 15) {
      ServiceProfile p = spec.system().service(culprit.service());
      Instant at = culprit.failingFrom().plusSeconds(120 + rnd.nextInt(600)).plusMillis(rnd.nextInt(1000));
      AlertRecord own = own(p, culprit, at);
      if (own != null) {
        out.add(own);
      }
    }
  }

  /** An alert a request-rate rule raises when the edge's traffic falls well below last week's. */
  static AlertRecord trafficDrop(ServiceProfile p, Instant at, double kept) {
    return new AlertRecord("RequestRateDropped", p.name(), "critical", at,
        "Traffic on " + p.name() + " dropped",
        String.format(Locale.ROOT, "%s serves %.0f%% of the requests it served at this time last week.",
            p.name(), 100 * kept),
        "sum(rate(http_server_request_duration_seconds_count{service=\"" + p.name()
            + "\"}[10m])) / sum(rate(http_server_request_duration_seconds_count{service=\""
            + p.name() + "\"}[10m] offset 1w)) < 0.7", "");
  }

  private static @Nullable AlertRecord own(ServiceProfile p, Impact culprit, Instant at) {
    String pod = p.pod(0);
    return switch (culprit.symptom()) {
      case CPU_SATURATION, SATURATED -> new AlertRecord("CPUThrottlingHigh", p.name(), "info", at,
          "Processes experience elevated CPU throttling.",
          "High CPU throttling in namespace shop for container " + p.name() + " in pod " + pod + ".",
          "sum(increase(container_cpu_cfs_throttled_periods_total{container=\"" + p.name()
              + "\"}[5m])) / sum(increase(container_cpu_cfs_periods_total[5m])) > 0.25", pod);
      case MEMORY_LEAK -> new AlertRecord("KubePodCrashLooping", p.name(), "warning", at,
          "Pod is crash looping.", "Pod shop/" + pod + " (" + p.name()
              + ") is in waiting state (reason: \"CrashLoopBackOff\").",
          "max_over_time(kube_pod_container_status_waiting_reason{reason=\"CrashLoopBackOff\"}[5m]) >= 1",
          pod);
      case CODE_REGRESSION, POOL_EXHAUSTED, EXTERNAL_ERRORS, NETWORK_IMPAIRED, DISK_FULL ->
          AlertRules.errorAlert(p, culprit, at, "");
      default -> null;
    };
  }
}
