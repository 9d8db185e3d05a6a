package dev.rca.analysis.metrics;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One time series: a metric name, its labels and its samples in time order.
 *
 * <p>Samples live in primitive arrays because a bundle may hold thousands of series of hundreds
 * of samples each. The factory sorts samples by time when they come out of order and keeps the
 * last of samples sharing a timestamp, so every consumer can rely on strictly increasing times.
 *
 * <pre>{@code
 * MetricSeries s = MetricSeries.of("hikaricp_connections_pending", MetricType.GAUGE,
 *     Map.of("service", "payments", "pool", "main"),
 *     new long[] {1_713_150_000_000L, 1_713_150_015_000L}, new double[] {0, 37});
 * double last = s.value(s.size() - 1);
 * }</pre>
 */
public final class MetricSeries {
  private final String name;
  private final MetricType type;
  private final SortedMap<String, String> labels;
  private final long[] timestamps;
  private final double[] values;
  /** Sorting and grouping compare selectors all the time; built once. */
  private final String selector;

  private MetricSeries(String name, MetricType type, SortedMap<String, String> labels,
      long[] timestamps, double[] values) {
    this.name = name;
    this.type = type;
    this.labels = labels;
    this.timestamps = timestamps;
    this.values = values;
    this.selector = selector(name, labels);
  }

  /**
   * A series from samples in any order; the arrays are copied (the first {@code timestamps.length}
   * entries are used).
   *
   * @param timestamps sample times in epoch milliseconds
   * @throws IllegalArgumentException when the arrays differ in length
   */
  public static MetricSeries of(String name, MetricType type, Map<String, String> labels,
      long[] timestamps, double[] values) {
    requireNonNull(timestamps, "timestamps");
    requireNonNull(values, "values");
    if (timestamps.length != values.length) {
      throw new IllegalArgumentException("timestamps (" + timestamps.length
          + ") and values (" + values.length + ") differ in length");
    }
    return of(name, type, labels, timestamps, values, timestamps.length);
  }

  /** A series from the first {@code count} samples of the arrays, which are copied. */
  public static MetricSeries of(String name, MetricType type, Map<String, String> labels,
      long[] timestamps, double[] values, int count) {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    requireNonNull(labels, "labels");
    if (count < 0 || count > timestamps.length || count > values.length) {
      throw new IllegalArgumentException("count " + count + " outside the arrays");
    }
    long[] ts = Arrays.copyOf(timestamps, count);
    double[] vs = Arrays.copyOf(values, count);
    if (!strictlyIncreasing(ts)) {
      int n = sortKeepingLast(ts, vs);
      ts = Arrays.copyOf(ts, n);
      vs = Arrays.copyOf(vs, n);
    }
    return new MetricSeries(name, type, Collections.unmodifiableSortedMap(new TreeMap<>(labels)),
        ts, vs);
  }

  private static boolean strictlyIncreasing(long[] ts) {
    for (int i = 1; i < ts.length; i++) {
      if (ts[i] <= ts[i - 1]) {
        return false;
      }
    }
    return true;
  }

  /** Sorts by time, stably, then keeps the last sample of each timestamp; returns the new length. */
  private static int sortKeepingLast(long[] ts, double[] vs) {
    Integer[] order = new Integer[ts.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(ts[a], ts[b]));
    long[] sortedTs = new long[ts.length];
    double[] sortedVs = new double[vs.length];
    int n = 0;
    for (Integer i : order) {
      if (n > 0 && sortedTs[n - 1] == ts[i]) {
        sortedVs[n - 1] = vs[i];
      } else {
        sortedTs[n] = ts[i];
        sortedVs[n] = vs[i];
        n++;
      }
    }
    System.arraycopy(sortedTs, 0, ts, 0, n);
    System.arraycopy(sortedVs, 0, vs, 0, n);
    return n;
  }

  /** The sample name as exported, e.g. {@code http_requests_total}. */
  public String name() {
    return name;
  }

  public MetricType type() {
    return type;
  }

  /** All labels, sorted by name, unmodifiable. */
  public SortedMap<String, String> labels() {
    return labels;
  }

  /** The value of {@code label}, or the empty string when the series does not carry it. */
  public String label(String label) {
    return labels.getOrDefault(label, "");
  }

  public int size() {
    return timestamps.length;
  }

  public boolean isEmpty() {
    return timestamps.length == 0;
  }

  /** The time of sample {@code i}, epoch milliseconds. */
  public long timestamp(int i) {
    return timestamps[i];
  }

  public double value(int i) {
    return values[i];
  }

  public Instant instant(int i) {
    return Instant.ofEpochMilli(timestamps[i]);
  }

  /** A copy of the sample times. */
  public long[] timestamps() {
    return timestamps.clone();
  }

  /** A copy of the sample values. */
  public double[] values() {
    return values.clone();
  }

  /** The median spacing of samples in milliseconds, 0 with fewer than two samples. */
  public long medianInterval() {
    if (timestamps.length < 2) {
      return 0;
    }
    long[] gaps = new long[timestamps.length - 1];
    for (int i = 1; i < timestamps.length; i++) {
      gaps[i - 1] = timestamps[i] - timestamps[i - 1];
    }
    Arrays.sort(gaps);
    return gaps[gaps.length / 2];
  }

  /** The series as a selector, {@code name{k="v",...}}, label values escaped as in the text format. */
  public String selector() {
    return selector;
  }

  /** Writes {@code name{k="v",...}} with label values escaped as in the text format. */
  public static String selector(String name, Map<String, String> labels) {
    StringBuilder sb = new StringBuilder(name).append('{');
    boolean first = true;
    Map<String, String> sorted = labels instanceof SortedMap<String, String> m
        && m.comparator() == null ? labels : new TreeMap<>(labels);
    for (Map.Entry<String, String> e : sorted.entrySet()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      sb.append(e.getKey()).append("=\"");
      String value = e.getValue();
      if (value.indexOf('\\') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
        // nearly every value needs no escape: one append, not one per character
        sb.append(value).append('"');
        continue;
      }
      for (char c : value.toCharArray()) {
        switch (c) {
          case '\\' -> sb.append("\\\\");
          case '"' -> sb.append("\\\"");
          case '\n' -> sb.append("\\n");
          default -> sb.append(c);
        }
      }
      sb.append('"');
    }
    return sb.append('}').toString();
  }

  /** Same name, type, labels and samples. */
  @Override
  public boolean equals(Object o) {
    return o instanceof MetricSeries s && name.equals(s.name) && type == s.type
        && labels.equals(s.labels) && Arrays.equals(timestamps, s.timestamps)
        && Arrays.equals(values, s.values);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + labels.hashCode();
  }

  @Override
  public String toString() {
    return selector() + " (" + type + ", " + size() + " samples)";
  }
}
