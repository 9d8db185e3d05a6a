package dev.rca.analysis.metrics;

import java.util.Arrays;
import java.util.List;

/**
 * A regular time grid that series of one group are aligned on before they are added up: scrapes
 * of different pods are offset from one another, and a label set (a 5xx status) may appear only
 * when its first request came.
 */
final class SampleGrid {
  /** Untrusted bundles could claim absurd spans; a grid never holds more points than this. */
  static final int MAX_POINTS = 100_000;

  private final long[] times;
  private final long step;

  private SampleGrid(long[] times, long step) {
    this.times = times;
    this.step = step;
  }

  /** A grid at the median sample interval of {@code series}, from the first sample to the last. */
  static SampleGrid covering(List<MetricSeries> series) {
    long from = Long.MAX_VALUE;
    long to = Long.MIN_VALUE;
    long[] intervals = new long[series.size()];
    int k = 0;
    for (MetricSeries s : series) {
      if (s.isEmpty()) {
        continue;
      }
      from = Math.min(from, s.timestamp(0));
      to = Math.max(to, s.timestamp(s.size() - 1));
      intervals[k++] = s.medianInterval();
    }
    if (k == 0) {
      return new SampleGrid(new long[0], 1);
    }
    long[] used = Arrays.copyOf(intervals, k);
    Arrays.sort(used);
    long step = Math.max(1000, used[k / 2]);
    step = Math.max(step, (to - from) / MAX_POINTS + 1);
    int n = (int) ((to - from) / step) + 1;
    long[] times = new long[n];
    for (int i = 0; i < n; i++) {
      times[i] = from + i * step;
    }
    return new SampleGrid(times, step);
  }

  long[] times() {
    return times;
  }

  int size() {
    return times.length;
  }

  /**
   * The series' values (rates for counters) at each grid time: the latest sample at or before it,
   * NaN when that sample is older than two intervals (the series was absent or had gone stale).
   */
  double[] align(MetricSeries s, boolean asRate) {
    double[] v = asRate ? rates(s) : s.values();
    long staleness = 2 * Math.max(step, s.medianInterval());
    double[] out = new double[times.length];
    int j = -1;
    for (int i = 0; i < times.length; i++) {
      while (j + 1 < s.size() && s.timestamp(j + 1) <= times[i]) {
        j++;
      }
      out[i] = j >= 0 && times[i] - s.timestamp(j) <= staleness ? v[j] : Double.NaN;
    }
    return out;
  }

  /**
   * Like {@link #align} but carrying values forward and backward without staleness: for limits,
   * which are configuration and hold until they change.
   */
  double[] alignHeld(MetricSeries s) {
    double[] out = new double[times.length];
    int j = -1;
    for (int i = 0; i < times.length; i++) {
      while (j + 1 < s.size() && s.timestamp(j + 1) <= times[i]) {
        j++;
      }
      out[i] = s.isEmpty() ? Double.NaN : s.value(Math.max(j, 0));
    }
    return out;
  }

  /**
   * Per-second rates between consecutive samples; a decrease is a counter reset, after which
   * the counter counted up from zero. The first sample has no rate (NaN).
   */
  static double[] rates(MetricSeries s) {
    double[] r = new double[s.size()];
    if (r.length > 0) {
      r[0] = Double.NaN;
    }
    for (int i = 1; i < r.length; i++) {
      double prev = s.value(i - 1);
      double cur = s.value(i);
      double increase = cur >= prev ? cur - prev : cur;
      double seconds = (s.timestamp(i) - s.timestamp(i - 1)) / 1000.0;
      r[i] = seconds > 0 ? increase / seconds : Double.NaN;
    }
    return r;
  }

  /** Adds {@code values} into {@code sum}; a NaN addend leaves the point as it is. */
  static void addInto(double[] sum, double[] values) {
    for (int i = 0; i < sum.length; i++) {
      if (!Double.isNaN(values[i])) {
        sum[i] = Double.isNaN(sum[i]) ? values[i] : sum[i] + values[i];
      }
    }
  }

  static double[] nans(int n) {
    double[] a = new double[n];
    Arrays.fill(a, Double.NaN);
    return a;
  }

  /** {@code num / den} pointwise; NaN where the denominator is not positive. */
  static double[] ratio(double[] num, double[] den, boolean missingNumeratorIsZero) {
    double[] out = new double[num.length];
    for (int i = 0; i < out.length; i++) {
      double n = Double.isNaN(num[i]) && missingNumeratorIsZero ? 0 : num[i];
      out[i] = den[i] > 0 ? n / den[i] : Double.NaN;
    }
    return out;
  }
}
