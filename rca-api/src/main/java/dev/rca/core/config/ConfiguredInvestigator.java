package dev.rca.core.config;

import dev.rca.api.model.Signal;
import dev.rca.api.spi.SignalSource;
import dev.rca.core.Investigator;
import dev.rca.core.Providers;
import dev.rca.core.audit.AuditLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Turns a configuration into an {@link Investigator.Builder}: each source section's provider,
 * the engine, the redactor, the sinks and the audit log, all found through
 * {@link java.util.ServiceLoader}, with the configured timeouts and thresholds.
 *
 * <pre>{@code
 * RcaConfig config = RcaConfigLoader.usingSystemEnvironment().load(Path.of("rca.yaml"));
 * try (Investigator investigator = ConfiguredInvestigator.builder(config).build()) {
 *   investigator.investigate(request);
 * }
 * }</pre>
 */
public final class ConfiguredInvestigator {
  private ConfiguredInvestigator() {}

  /**
   * A builder holding everything the configuration says; the caller may add more (a listener,
   * extra sources) before {@code build()}.
   *
   * @throws IllegalArgumentException naming the section when a provider is missing or rejects
   *     its settings
   */
  public static Investigator.Builder builder(RcaConfig config) {
    Investigator.Builder b = Investigator.builder();
    for (Signal signal : Signal.values()) {
      ConfiguredSource section = config.sources().get(signal);
      if (section == null) {
        continue;
      }
      SignalSource source = create(signal.key(), () ->
          Providers.source(signal, section.config().provider()).create(section.config()));
      b.source(source, section.timeoutOr(config.investigation().sourceTimeout()));
    }
    b.engine(create("engine", () -> Providers.engine(config.engine().name())
        .create(config.engine().options())));
    b.redactor(create("redaction", () -> Providers.redactor(config.redaction().name())
        .create(config.redaction().options())));
    for (ProviderConfig sink : config.output().sinks()) {
      b.sink(create("output.sinks", () -> Providers.sink(sink.name()).create(sink.options())));
    }
    if (config.auditLog() != null) {
      try {
        b.sink(AuditLog.open(config.auditLog()));
      } catch (IOException e) {
        throw new UncheckedIOException("audit.path: cannot open " + config.auditLog() + ": "
            + e.getMessage(), e);
      }
    }
    return b.sourceTimeout(config.investigation().sourceTimeout())
        .overallTimeout(config.investigation().timeout())
        .minConfidence(config.output().minConfidence())
        .requireEvidenceLinks(config.output().requireEvidenceLinks());
  }

  /** The sources a bundle directory offers: each signal's provider named {@code bundle}. */
  public static RcaConfig.Builder withBundle(RcaConfig.Builder config, String bundleDir,
      RcaConfig given) {
    for (Signal signal : Signal.values()) {
      if (given.source(signal).isEmpty()) {
        config.source(new dev.rca.api.spi.SourceConfig(signal, "bundle", bundleDir, null, Map.of()));
      }
    }
    return config;
  }

  private interface Creation<T> {
    T create();
  }

  private static <T> T create(String section, Creation<T> creation) {
    try {
      return creation.create();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IllegalArgumentException(section + ": " + e.getMessage(), e);
    }
  }
}
