package dev.rca.api.spi;

import static java.util.Objects.requireNonNull;

import dev.rca.api.model.Signal;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One configured source, as the {@code logs}, {@code metrics}, {@code traces} or {@code changes}
 * section of the configuration gives it.
 *
 * <pre>{@code
 * new SourceConfig(Signal.LOGS, "loki", "http://loki:3100", Secret.of(System.getenv("LOKI_TOKEN")), Map.of());
 * }</pre>
 *
 * @param endpoint a URL for a backend, a directory for a bundle
 * @param options provider-specific settings
 */
public record SourceConfig(
    Signal signal,
    String provider,
    String endpoint,
    @Nullable Secret token,
    Map<String, Object> options) {

  public SourceConfig {
    requireNonNull(signal, "signal");
    requireNonNull(provider, "provider");
    requireNonNull(endpoint, "endpoint");
    options = Map.copyOf(options);
  }

  public Optional<Secret> optionalToken() {
    return Optional.ofNullable(token);
  }

  @Override
  public String toString() {
    return signal.key() + "{provider=" + provider + ", endpoint=" + endpoint
        + (token == null ? "" : ", token=****") + ", options=" + options.keySet() + "}";
  }
}
