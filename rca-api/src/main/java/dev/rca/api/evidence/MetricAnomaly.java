package dev.rca.api.evidence;

import dev.rca.api.model.SortedCopy;
import static java.util.Objects.requireNonNull;

import dev.rca.api.model.Signal;
import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A metric series that changed level at {@link #at()}.
 *
 * <pre>{@code
 * new MetricAnomaly("ev-5", "payments", onset, "hikaricp_connections_pending",
 *     Map.of("pool", "main"), MetricAnomaly.Indicator.POOL_PENDING, 0.0, 37.0, 8.5, link);
 * }</pre>
 *
 * @param metric the series' metric name as exported
 * @param labels the series' labels other than {@code service}
 * @param baseline the typical value before the onset
 * @param observed the typical value after the onset
 * @param score how far the change stands out from the baseline's noise (robust z-like; larger is stronger)
 */
public record MetricAnomaly(
    String id,
    String service,
    Instant at,
    String metric,
    Map<String, String> labels,
    Indicator indicator,
    double baseline,
    double observed,
    double score,
    String link)
    implements Evidence {

  /** What the series measures, recognised across exporters' naming conventions. */
  public enum Indicator {
    REQUEST_RATE,
    ERROR_RATIO,
    LATENCY,
    CPU,
    MEMORY,
    DISK,
    POOL_PENDING,
    REPLICAS,
    RESTARTS,
    OTHER
  }

  public MetricAnomaly {
    requireNonNull(id, "id");
    requireNonNull(service, "service");
    requireNonNull(at, "at");
    requireNonNull(metric, "metric");
    labels = SortedCopy.of(labels);
    requireNonNull(indicator, "indicator");
    requireNonNull(link, "link");
  }

  /** Whether the series went up (true) or down (false). */
  public boolean rising() {
    return observed >= baseline;
  }

  @Override
  public Signal signal() {
    return Signal.METRICS;
  }

  @Override
  public String excerpt() {
    return indicator + " " + metric + labels + " " + fmt(baseline) + " -> " + fmt(observed)
        + " from " + at + " (score " + fmt(score) + ")";
  }

  private static String fmt(double v) {
    return String.format(java.util.Locale.ROOT, "%.4g", v);
  }

  @Override
  public MetricAnomaly withId(String newId) {
    return new MetricAnomaly(newId, service, at, metric, labels, indicator, baseline, observed,
        score, link);
  }

  @Override
  public MetricAnomaly mapText(UnaryOperator<String> text) {
    return new MetricAnomaly(id, text.apply(service), at, text.apply(metric),
        Texts.map(labels, text), indicator, baseline, observed, score, text.apply(link));
  }
}
