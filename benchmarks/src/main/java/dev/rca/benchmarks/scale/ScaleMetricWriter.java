package dev.rca.benchmarks.scale;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes {@code metrics/<service>.om} for every service and {@code metrics/kubernetes.om} for the
 * cluster's view of them: OpenMetrics text, a sample every 15 s from 60 minutes before the onset
 * to 15 minutes after, each metric's samples together in time order, families declared with
 * {@code # TYPE} and {@code # HELP}, each file ending with {@code # EOF}. The number of series
 * (every bucket counts as one) is exactly the number asked for, down to about 10 per service.
 *
 * <pre>{@code
 * long series = new ScaleMetricWriter(fleet, 5_000).write(bundleDir);
 * }</pre>
 */
public final class ScaleMetricWriter {
  /** Seconds between samples. */
  public static final int STEP = 15;
  private static final int FLUSH_AT = 1 << 16;

  private final ScaleFleet fleet;
  private final int series;

  public ScaleMetricWriter(ScaleFleet fleet, int series) {
    this.fleet = fleet;
    this.series = series;
  }

  /** Writes the files; returns the number of series written. */
  public long write(Path bundle) throws IOException {
    List<ScaleFleet.Service> services = fleet.services();
    if (series == 0) {
      return 0;
    }
    SplittableRandom r = fleet.random("metrics");
    List<ScaleSeries> cluster = new ArrayList<>();
    for (ScaleFleet.Service s : services) {
      cluster.addAll(MetricPlan.kubernetes(s, fleet.pods(s), r));
    }
    int clusterSeries = cluster.stream().mapToInt(ScaleSeries::series).sum();
    if (clusterSeries > series / 4) {
      cluster.clear();
      clusterSeries = 0;
    }
    int left = series - clusterSeries;
    long written = 0;
    for (int i = 0; i < services.size(); i++) {
      ScaleFleet.Service s = services.get(i);
      int budget = left / (services.size() - i);
      List<ScaleSeries> metrics = MetricPlan.service(s, fleet.pods(s), budget, fleet.random("metrics/" + s.name()));
      written += file(bundle.resolve("metrics").resolve(s.name() + ".om"), metrics, fleet.random("samples/" + s.name()));
      left -= budget;
    }
    if (!cluster.isEmpty()) {
      written += file(bundle.resolve("metrics/kubernetes.om"), cluster, fleet.random("samples/kubernetes"));
    }
    return written;
  }

  private long file(Path file, List<ScaleSeries> metrics, SplittableRandom r) throws IOException {
    Map<ScaleSeries.Family, List<ScaleSeries>> byFamily = new LinkedHashMap<>();
    for (ScaleSeries m : metrics) {
      byFamily.computeIfAbsent(m.family(), f -> new ArrayList<>()).add(m);
    }
    long from = Math.floorDiv(fleet.from().getEpochSecond(), STEP) * STEP;
    long to = fleet.to().getEpochSecond();
    long fault = fleet.faultStart().getEpochSecond();
    long written = 0;
    StringBuilder text = new StringBuilder(FLUSH_AT + 4096);
    try (BundleText out = BundleText.create(file)) {
      for (Map.Entry<ScaleSeries.Family, List<ScaleSeries>> e : byFamily.entrySet()) {
        ScaleSeries.Family f = e.getKey();
        text.append("# TYPE ").append(f.name()).append(' ').append(f.type()).append('\n')
            .append("# HELP ").append(f.name()).append(' ').append(f.help()).append('\n');
        if (f.name().endsWith("_seconds")) {
          text.append("# UNIT ").append(f.name()).append(" seconds\n");
        }
        for (ScaleSeries m : e.getValue()) {
          written += m.series();
          for (long t = from; t < to; t += STEP) {
            m.point(text, t, STEP, t >= fault, r);
            if (text.length() >= FLUSH_AT) {
              out.raw(text);
              text.setLength(0);
            }
          }
        }
      }
      text.append("# EOF\n");
      out.raw(text);
    }
    return written;
  }
}
