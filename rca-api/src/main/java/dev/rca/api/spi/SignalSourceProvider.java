package dev.rca.api.spi;

import dev.rca.api.model.Signal;

/**
 * Creates a {@link SignalSource} from configuration. Implementations are listed in
 * {@code META-INF/services/dev.rca.api.spi.SignalSourceProvider} and chosen by the
 * {@code provider:} key of a signal's configuration section.
 *
 * <pre>{@code
 * public final class StatusPageSourceProvider implements SignalSourceProvider {
 *   public String name() { return "statuspage"; }
 *   public Signal signal() { return Signal.CHANGES; }
 *   public SignalSource create(SourceConfig config) { return new StatusPageSource(config.endpoint()); }
 * }
 * }</pre>
 */
public interface SignalSourceProvider {

  /** The {@code provider:} value that selects this provider, e.g. {@code "loki"}, {@code "bundle"}. */
  String name();

  /** The signal section it serves; a name is unique per signal. */
  Signal signal();

  /**
   * Creates the source, validating {@code config}.
   *
   * @throws IllegalArgumentException naming the bad key when the configuration is unusable
   */
  SignalSource create(SourceConfig config);
}
