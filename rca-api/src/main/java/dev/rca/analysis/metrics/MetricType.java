package dev.rca.analysis.metrics;

import java.util.Locale;

/**
 * The metric family type an exposition declares with {@code # TYPE}.
 *
 * <pre>{@code
 * MetricType type = MetricType.parse("counter"); // COUNTER
 * }</pre>
 */
public enum MetricType {
  COUNTER,
  GAUGE,
  HISTOGRAM,
  GAUGE_HISTOGRAM,
  SUMMARY,
  INFO,
  STATESET,
  UNKNOWN;

  /** The type named in a {@code # TYPE} line ({@code gaugehistogram}, {@code untyped}, ...); {@code UNKNOWN} otherwise. */
  public static MetricType parse(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "counter" -> COUNTER;
      case "gauge" -> GAUGE;
      case "histogram" -> HISTOGRAM;
      case "gaugehistogram" -> GAUGE_HISTOGRAM;
      case "summary" -> SUMMARY;
      case "info" -> INFO;
      case "stateset" -> STATESET;
      default -> UNKNOWN;
    };
  }
}
