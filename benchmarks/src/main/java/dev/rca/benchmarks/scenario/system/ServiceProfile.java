package dev.rca.benchmarks.scenario.system;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One service of the simulated system and its healthy behaviour.
 *
 * <pre>{@code
 * new ServiceProfile("payments", "POST", "/api/payments", LogStyle.PLAIN_TEXT,
 *     MetricStyle.MICROMETER, 40.0, 0.002, 45.0, 3, true);
 * }</pre>
 *
 * @param method the HTTP method of its main endpoint
 * @param route its main endpoint, as logs, metrics and spans name it
 * @param baselineRps requests per second across all replicas when healthy
 * @param baselineErrorRatio share of requests failing when healthy (background errors)
 * @param baselineLatencyMs mean request latency when healthy
 * @param replicas pods when healthy
 * @param connectionPool whether it reaches a database through a HikariCP pool
 * @param placement its node and container limits, null when the system does not model the cluster
 */
public record ServiceProfile(
    String name,
    String method,
    String route,
    LogStyle logStyle,
    MetricStyle metricStyle,
    double baselineRps,
    double baselineErrorRatio,
    double baselineLatencyMs,
    int replicas,
    boolean connectionPool,
    @Nullable Placement placement) {

  /** A service whose node and limits are not modelled. */
  public ServiceProfile(String name, String method, String route, LogStyle logStyle,
      MetricStyle metricStyle, double baselineRps, double baselineErrorRatio,
      double baselineLatencyMs, int replicas, boolean connectionPool) {
    this(name, method, route, logStyle, metricStyle, baselineRps, baselineErrorRatio,
        baselineLatencyMs, replicas, connectionPool, null);
  }

  public ServiceProfile {
    requireNonNull(name, "name");
    requireNonNull(method, "method");
    requireNonNull(route, "route");
    requireNonNull(logStyle, "logStyle");
    requireNonNull(metricStyle, "metricStyle");
    if (!(baselineRps > 0)) {
      throw new IllegalArgumentException("baselineRps must be positive: " + baselineRps);
    }
    if (!(baselineErrorRatio >= 0 && baselineErrorRatio < 1)) {
      throw new IllegalArgumentException("baselineErrorRatio must be in [0, 1): " + baselineErrorRatio);
    }
    if (replicas < 1) {
      throw new IllegalArgumentException("replicas must be at least 1: " + replicas);
    }
  }

  /** Whether the service emits telemetry of its own; databases and third parties do not. */
  public boolean instrumented() {
    return metricStyle != MetricStyle.NONE;
  }

  /** Whether it serves requests and exports spans; databases and caches do neither. */
  public boolean traced() {
    return metricStyle != MetricStyle.NONE && metricStyle != MetricStyle.POSTGRES_EXPORTER;
  }

  /** Whether it is a PostgreSQL database watched by postgres_exporter. */
  public boolean database() {
    return metricStyle == MetricStyle.POSTGRES_EXPORTER;
  }

  /** The pod name of replica {@code i}, stable for a given service. */
  public String pod(int i) {
    int h = Math.abs(name.hashCode());
    return name + "-" + Integer.toHexString(0x5a000 + h % 0x1000) + "d" + "-" + POD_SUFFIXES[(h + i) % POD_SUFFIXES.length];
  }

  private static final String[] POD_SUFFIXES = {"x7k2p", "q9m4t", "b3n8v", "h6w1z", "r2c5j", "f8d4s"};
}
