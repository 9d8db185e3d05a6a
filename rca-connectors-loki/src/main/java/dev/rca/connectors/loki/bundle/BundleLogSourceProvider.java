package dev.rca.connectors.loki.bundle;

import dev.rca.core.bundle.BundleLayout;
import dev.rca.api.model.Signal;
import dev.rca.api.spi.SignalSource;
import dev.rca.api.spi.SignalSourceProvider;
import dev.rca.api.spi.SourceConfig;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Creates a {@link BundleLogSource} for {@code logs: {provider: bundle, endpoint: <bundle dir>}}.
 *
 * <pre>{@code
 * SignalSource logs = new BundleLogSourceProvider().create(
 *     new SourceConfig(Signal.LOGS, "bundle", "/incidents/payments-pool", null, Map.of()));
 * }</pre>
 */
public final class BundleLogSourceProvider implements SignalSourceProvider {

  @Override
  public String name() {
    return "bundle";
  }

  @Override
  public Signal signal() {
    return Signal.LOGS;
  }

  @Override
  public SignalSource create(SourceConfig config) {
    Path dir = BundleLayout.bundleDirectory(config);
    return new BundleLogSource(dir);
  }
}
