package dev.rca.connectors.git.cdevents;

import dev.rca.core.bundle.BundleLayout;
import dev.rca.api.model.Signal;
import dev.rca.api.spi.SignalSource;
import dev.rca.api.spi.SignalSourceProvider;
import dev.rca.api.spi.SourceConfig;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Provides {@link BundleChangeSource} for {@code changes: {provider: bundle, endpoint: <dir>}}.
 *
 * <pre>{@code
 * SignalSource source = new BundleChangeSourceProvider().create(
 *     new SourceConfig(Signal.CHANGES, "bundle", "incidents/2024-04-15", null, Map.of()));
 * }</pre>
 */
public final class BundleChangeSourceProvider implements SignalSourceProvider {

  @Override
  public String name() {
    return "bundle";
  }

  @Override
  public Signal signal() {
    return Signal.CHANGES;
  }

  @Override
  public SignalSource create(SourceConfig config) {
    Path dir = BundleLayout.bundleDirectory(config);
    return new BundleChangeSource(dir);
  }
}
