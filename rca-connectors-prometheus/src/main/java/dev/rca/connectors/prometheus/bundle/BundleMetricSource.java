package dev.rca.connectors.prometheus.bundle;

import dev.rca.core.bundle.BundleLayout;
import static java.util.Objects.requireNonNull;

import dev.rca.analysis.metrics.DerivedSignal;
import dev.rca.analysis.metrics.MetricAnomalyFinder;
import dev.rca.api.evidence.MetricAnomaly;
import dev.rca.api.model.Signal;
import dev.rca.api.spi.InvestigationScope;
import dev.rca.api.spi.SignalSource;
import dev.rca.api.spi.SourceException;
import dev.rca.api.spi.SourceResult;
import dev.rca.api.spi.SourceUnavailableException;
import dev.rca.connectors.prometheus.openmetrics.OpenMetricsParser;
import dev.rca.connectors.prometheus.openmetrics.ParsedMetrics;
import dev.rca.connectors.prometheus.openmetrics.SeriesAccumulator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The metrics of an incident bundle: reads {@code <bundle>/metrics/*.om} (in name order), derives
 * signals and reports their level changes around the onset as {@link MetricAnomaly} evidence,
 * each linked to its file with the series in the fragment. A bundle without a {@code metrics/}
 * directory (or without {@code .om} files in it) has no metrics signal: the source is then
 * skipped, not failed.
 *
 * <pre>{@code
 * SignalSource metrics = new BundleMetricSource(Path.of("bundles/pool-exhaustion"));
 * SourceResult result = metrics.gather(scope);
 * }</pre>
 */
public final class BundleMetricSource implements SignalSource {
  private final Path bundle;
  private final OpenMetricsParser parser;
  private final MetricAnomalyFinder finder;

  public BundleMetricSource(Path bundle) {
    this(bundle, OpenMetricsParser.ofDefaults(), MetricAnomalyFinder.ofDefaults());
  }

  public BundleMetricSource(Path bundle, OpenMetricsParser parser, MetricAnomalyFinder finder) {
    this.bundle = requireNonNull(bundle, "bundle");
    this.parser = requireNonNull(parser, "parser");
    this.finder = requireNonNull(finder, "finder");
  }

  @Override
  public String name() {
    return "bundle-metrics";
  }

  @Override
  public Signal signal() {
    return Signal.METRICS;
  }

  @Override
  public SourceResult gather(InvestigationScope scope) throws SourceException, InterruptedException {
    List<Path> files = BundleLayout.signalFiles(bundle, Signal.METRICS);
    Path dir = files.get(0).getParent();
    SeriesAccumulator acc = parser.accumulator();
    List<String> readErrors = new ArrayList<>();
    for (Path file : files) {
      scope.deadline().check();
      String name = "metrics/" + file.getFileName();
      // bytes, not a decoding reader: most lines are ASCII samples of known series, read as bytes
      try (InputStream in = Files.newInputStream(file)) {
        parser.read(in, name, acc, scope.deadline());
      } catch (IOException e) {
        readErrors.add(name + ": cannot read (" + e.getMessage() + "); samples before the error kept");
      }
    }
    ParsedMetrics parsed = acc.result();
    List<MetricAnomaly> anomalies = finder.find(parsed.series(), scope.onset(), scope.window(),
        signal -> link(dir, parsed, signal), scope.deadline());
    SourceResult.Builder result = SourceResult.builder()
        .items(anomalies)
        .itemsRead(parsed.samples())
        .query("read " + files.size() + " file(s) metrics/*.om, " + parsed.series().size()
            + " series");
    parsed.warnings().forEach(result::warning);
    readErrors.forEach(result::warning);
    return result.build();
  }

  /** The file's URI with the series' selector, URL-encoded, as the fragment. */
  static String link(Path dir, ParsedMetrics parsed, DerivedSignal signal) {
    String file = parsed.fileOf(signal.origin());
    Path path = file.isEmpty() ? dir : dir.resolve(file.substring("metrics/".length()));
    String fragment = URLEncoder.encode(signal.origin().selector(), StandardCharsets.UTF_8)
        .replace("+", "%20");
    return path.toAbsolutePath().toUri() + "#" + fragment;
  }

  @Override
  public String toString() {
    return "bundle-metrics{" + bundle + "}";
  }
}
