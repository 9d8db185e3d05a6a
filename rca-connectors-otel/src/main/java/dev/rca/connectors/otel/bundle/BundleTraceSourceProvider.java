package dev.rca.connectors.otel.bundle;

import dev.rca.core.bundle.BundleLayout;
import dev.rca.api.model.Signal;
import dev.rca.api.spi.SignalSource;
import dev.rca.api.spi.SignalSourceProvider;
import dev.rca.api.spi.SourceConfig;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Provides {@link BundleTraceSource} for {@code traces: {provider: bundle, endpoint: <dir>}}.
 * Optional {@code options}: {@code maxSpans}, {@code maxSpansPerTrace} (positive integers).
 *
 * <pre>{@code
 * SignalSource source = new BundleTraceSourceProvider().create(
 *     new SourceConfig(Signal.TRACES, "bundle", "incidents/2024-04-15", null, Map.of()));
 * }</pre>
 */
public final class BundleTraceSourceProvider implements SignalSourceProvider {

  @Override
  public String name() {
    return "bundle";
  }

  @Override
  public Signal signal() {
    return Signal.TRACES;
  }

  @Override
  public SignalSource create(SourceConfig config) {
    Path dir = BundleLayout.bundleDirectory(config);
    return new BundleTraceSource(dir, positive(config, "maxSpans", 2_000_000),
        positive(config, "maxSpansPerTrace", 10_000));
  }

  private static int positive(SourceConfig config, String key, int fallback) {
    Object value = config.options().get(key);
    if (value == null) {
      return fallback;
    }
    try {
      int n = value instanceof Number number ? Math.toIntExact(number.longValue())
          : Integer.parseInt(value.toString().trim());
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // reported below
    }
    throw new IllegalArgumentException("options." + key + ": expected a positive integer, got "
        + value);
  }
}
