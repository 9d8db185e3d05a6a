package dev.rca.connectors.prometheus.bundle;

import dev.rca.core.bundle.BundleLayout;
import dev.rca.api.model.Signal;
import dev.rca.api.spi.SignalSource;
import dev.rca.api.spi.SignalSourceProvider;
import dev.rca.api.spi.SourceConfig;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Selected by {@code provider: bundle} in the {@code metrics} section; the {@code endpoint} is the
 * bundle directory.
 *
 * <pre>{@code
 * SignalSource source = new BundleMetricSourceProvider().create(
 *     new SourceConfig(Signal.METRICS, "bundle", "bundles/pool-exhaustion", null, Map.of()));
 * }</pre>
 */
public final class BundleMetricSourceProvider implements SignalSourceProvider {

  @Override
  public String name() {
    return "bundle";
  }

  @Override
  public Signal signal() {
    return Signal.METRICS;
  }

  @Override
  public SignalSource create(SourceConfig config) {
    Path dir = BundleLayout.bundleDirectory(config);
    return new BundleMetricSource(dir);
  }
}
