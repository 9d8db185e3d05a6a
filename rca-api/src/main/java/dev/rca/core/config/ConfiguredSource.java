package dev.rca.core.config;

import static java.util.Objects.requireNonNull;

import dev.rca.api.model.Signal;
import dev.rca.api.spi.SourceConfig;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One signal section ({@code logs}, {@code metrics}, {@code traces}, {@code changes}): what the
 * provider receives, and how long the source may take.
 *
 * <pre>{@code
 * new ConfiguredSource(new SourceConfig(Signal.LOGS, "loki", "http://loki:3100", null, Map.of()),
 *     Duration.ofSeconds(10));
 * }</pre>
 *
 * @param timeout this source's own time limit; null when it uses
 *     {@code investigation.source_timeout}
 */
public record ConfiguredSource(SourceConfig config, @Nullable Duration timeout) {

  public ConfiguredSource {
    requireNonNull(config, "config");
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
  }

  public Signal signal() {
    return config.signal();
  }

  /** This source's timeout, or {@code fallback} when it has none of its own. */
  public Duration timeoutOr(Duration fallback) {
    return timeout != null ? timeout : requireNonNull(fallback, "fallback");
  }
}
