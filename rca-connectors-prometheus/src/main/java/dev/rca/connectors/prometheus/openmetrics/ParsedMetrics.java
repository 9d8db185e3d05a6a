package dev.rca.connectors.prometheus.openmetrics;

import dev.rca.analysis.metrics.MetricSeries;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What reading metrics files gave: series sorted by selector, the samples read (including those
 * dropped as creation times) and the warnings, each naming file and line.
 *
 * <pre>{@code
 * ParsedMetrics parsed = accumulator.result();
 * for (MetricSeries s : parsed.series()) System.out.println(parsed.fileOf(s) + " " + s);
 * }</pre>
 */
public record ParsedMetrics(List<MetricSeries> series, Map<MetricSeries, String> files,
    long samples, List<String> warnings) {

  public ParsedMetrics {
    series = List.copyOf(series);
    files = Collections.unmodifiableMap(new IdentityHashMap<>(files));
    warnings = List.copyOf(warnings);
  }

  /** The file {@code s} was first read from, or "" for a series not from this reading. */
  public String fileOf(MetricSeries s) {
    return files.getOrDefault(s, "");
  }
}
