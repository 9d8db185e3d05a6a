package dev.rca.connectors.prometheus.openmetrics;

import dev.rca.analysis.metrics.MetricSeries;
import dev.rca.analysis.metrics.MetricType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Collects samples of one or more files into series, in growable primitive arrays. A series
 * written in several files (or with its labels in another order) is one series; its link names
 * the first file it was read from.
 *
 * <pre>{@code
 * SeriesAccumulator acc = OpenMetricsParser.ofDefaults().accumulator();
 * parser.read(reader, "metrics/a.om", acc, deadline);
 * ParsedMetrics parsed = acc.result();
 * }</pre>
 */
public final class SeriesAccumulator {
  private final int maxSeries;
  private final int maxSamplesPerSeries;
  private final Map<String, Entry> byRawText = new HashMap<>();
  private final Map<String, Entry> bySelector = new HashMap<>();
  private final List<String> warnings = new ArrayList<>();
  final RawSeriesTable rawBytes = new RawSeriesTable();
  private long samples;

  SeriesAccumulator(int maxSeries, int maxSamplesPerSeries) {
    this.maxSeries = maxSeries;
    this.maxSamplesPerSeries = maxSamplesPerSeries;
  }

  void countSample() {
    samples++;
  }

  void warning(String text) {
    warnings.add(text);
  }

  void add(OpenMetricsParser.FileState state, String raw, String name, MetricType type, long ts,
      double value) throws SampleLine.SyntaxError {
    samples++;
    Entry e = byRawText.get(raw);
    if (e == null) {
      Map<String, String> labels = SampleLine.labels(raw);
      String selector = MetricSeries.selector(name, labels);
      e = bySelector.get(selector);
      if (e == null) {
        if (bySelector.size() >= maxSeries) {
          state.warnOnce("series", 0, "more than " + maxSeries + " series; the rest are skipped");
          return;
        }
        e = new Entry(name, type, labels, state.file, selector);
        bySelector.put(selector, e);
      }
      if (byRawText.size() < 4 * maxSeries) {
        byRawText.put(raw, e);
      }
    }
    if (e.count == maxSamplesPerSeries) {
      state.warnOnce("samples", 0, "more than " + maxSamplesPerSeries
          + " samples in a series; the rest are skipped");
      return;
    }
    e.append(ts, value);
  }

  /** The entry a series part was stored under by {@link #add}, if any. */
  @Nullable Entry entryOfRaw(String raw) {
    return byRawText.get(raw);
  }

  /** Whether another raw spelling of a series may be remembered; the same bound as the text keys. */
  boolean mayRememberRaw() {
    return rawBytes.size() < 4 * maxSeries;
  }

  /** Appends a sample of a series already known, as {@link #add} does once it found the entry. */
  void append(OpenMetricsParser.FileState state, Entry e, long ts, double value) {
    samples++;
    if (e.count == maxSamplesPerSeries) {
      state.warnOnce("samples", 0, "more than " + maxSamplesPerSeries
          + " samples in a series; the rest are skipped");
      return;
    }
    e.append(ts, value);
  }

  /** The series read so far, sorted by selector, with the file each came from first. */
  public ParsedMetrics result() {
    List<Entry> entries = new ArrayList<>(bySelector.values());
    entries.sort(Comparator.comparing(e -> e.selector));
    List<MetricSeries> series = new ArrayList<>(entries.size());
    Map<MetricSeries, String> files = new IdentityHashMap<>();
    for (Entry e : entries) {
      MetricSeries s = MetricSeries.of(e.name, e.type, e.labels, e.times, e.values, e.count);
      series.add(s);
      files.put(s, e.file);
    }
    return new ParsedMetrics(series, files, samples, warnings);
  }

  static final class Entry {
    final String name;
    /** A {@code _created} name, whose samples may be dropped depending on the family's type. */
    final boolean created;
    final MetricType type;
    final Map<String, String> labels;
    final String file;
    final String selector;
    long[] times = new long[16];
    double[] values = new double[16];
    int count;

    Entry(String name, MetricType type, Map<String, String> labels, String file, String selector) {
      this.selector = selector;
      this.name = name;
      this.created = name.endsWith("_created");
      this.type = type;
      this.labels = labels;
      this.file = file;
    }

    void append(long t, double v) {
      if (count == times.length) {
        times = Arrays.copyOf(times, count * 2);
        values = Arrays.copyOf(values, count * 2);
      }
      times[count] = t;
      values[count++] = v;
    }
  }
}
