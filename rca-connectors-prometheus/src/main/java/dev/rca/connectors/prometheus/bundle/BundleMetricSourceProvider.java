package dev.rca.connectors.prometheus.bundle;

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
    String endpoint = config.endpoint();
    if (endpoint.isBlank()) {
      throw new IllegalArgumentException("metrics.endpoint: expected the bundle directory, got nothing");
    }
    Path dir;
    try {
      dir = Path.of(endpoint);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("metrics.endpoint: not a path: " + endpoint, e);
    }
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("metrics.endpoint: bundle directory " + endpoint
          + " does not exist or is not a directory");
    }
    return new BundleMetricSource(dir);
  }
}
