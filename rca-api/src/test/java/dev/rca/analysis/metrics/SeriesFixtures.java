package dev.rca.analysis.metrics;

import java.time.Instant;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

/** Builds series sampled every {@code step} seconds from a fixed start. */
final class SeriesFixtures {
  static final Instant START = Instant.parse("2024-04-15T03:00:00Z");

  private SeriesFixtures() {}

  static MetricSeries series(String name, MetricType type, Map<String, String> labels, int n,
      int stepSeconds, IntToDoubleFunction value) {
    long[] t = new long[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = START.toEpochMilli() + i * stepSeconds * 1000L;
      v[i] = value.applyAsDouble(i);
    }
    return MetricSeries.of(name, type, labels, t, v);
  }

  /** A counter whose per-sample increase is {@code increase(i)}. */
  static MetricSeries counter(String name, MetricType type, Map<String, String> labels, int n,
      int stepSeconds, IntToDoubleFunction increase) {
    double[] total = new double[n];
    for (int i = 1; i < n; i++) {
      total[i] = total[i - 1] + increase.applyAsDouble(i);
    }
    return series(name, type, labels, n, stepSeconds, i -> total[i]);
  }

  static Instant at(int sample, int stepSeconds) {
    return START.plusSeconds((long) sample * stepSeconds);
  }
}
