package dev.rca.core.config;

import static java.util.Objects.requireNonNull;

import dev.rca.api.model.Signal;
import dev.rca.api.spi.SourceConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything a user configures: one source per signal, the engine, the redactor, time limits,
 * output and the audit log. Load it from YAML with {@link RcaConfigLoader}, or build the same
 * settings in Java; either way each value is checked where it is set, naming the setting.
 *
 * <pre>{@code
 * RcaConfig config = RcaConfig.builder()
 *     .source(new SourceConfig(Signal.LOGS, "loki", "http://loki:3100", Secret.of(token), Map.of()))
 *     .source(new SourceConfig(Signal.CHANGES, "bundle", "./incident", null, Map.of()))
 *     .investigationTimeout(Duration.ofSeconds(30))
 *     .minConfidence(0.8)
 *     .sink("json", Map.of("path", "report.json"))
 *     .auditLog(Path.of("rca-audit.jsonl"))
 *     .build();
 * }</pre>
 *
 * @param sources at most one source per signal; a signal without a section is not queried
 * @param engine {@code engine}, default {@code deterministic}
 * @param redaction {@code redaction}, default {@code default}
 * @param auditLog {@code audit.path}; null when no audit log is kept
 */
public record RcaConfig(
    Map<Signal, ConfiguredSource> sources,
    ProviderConfig engine,
    ProviderConfig redaction,
    InvestigationSettings investigation,
    OutputSettings output,
    @Nullable Path auditLog) {

  public RcaConfig {
    Map<Signal, ConfiguredSource> copy = new EnumMap<>(Signal.class);
    requireNonNull(sources, "sources").forEach((signal, source) -> {
      requireNonNull(source, "sources." + signal.key());
      if (source.signal() != signal) {
        throw new IllegalArgumentException("sources." + signal.key() + " holds a "
            + source.signal().key() + " source");
      }
      copy.put(signal, source);
    });
    sources = Collections.unmodifiableMap(copy);
    requireNonNull(engine, "engine");
    requireNonNull(redaction, "redaction");
    requireNonNull(investigation, "investigation");
    requireNonNull(output, "output");
  }

  /** No sources, default engine and redactor, default limits, no sinks, no audit log. */
  public static RcaConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The section configured for {@code signal}, if any. */
  public Optional<ConfiguredSource> source(Signal signal) {
    return Optional.ofNullable(sources.get(signal));
  }

  /** A builder holding this configuration, to adjust a loaded file (e.g. from flags). */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.sources.putAll(sources);
    b.engine = engine;
    b.redaction = redaction;
    b.timeout = investigation.timeout();
    b.sourceTimeout = investigation.sourceTimeout();
    b.lookBack = investigation.lookBack();
    b.lookAhead = investigation.lookAhead();
    b.minConfidence = output.minConfidence();
    b.requireEvidenceLinks = output.requireEvidenceLinks();
    b.sinks.addAll(output.sinks());
    b.auditLog = auditLog;
    return b;
  }

  /** Collects settings; every setter rejects a bad value at once, naming the parameter. */
  public static final class Builder {
    private final Map<Signal, ConfiguredSource> sources = new EnumMap<>(Signal.class);
    private ProviderConfig engine = new ProviderConfig("deterministic", Map.of());
    private ProviderConfig redaction = new ProviderConfig("default", Map.of());
    private Duration timeout = InvestigationSettings.defaults().timeout();
    private Duration sourceTimeout = InvestigationSettings.defaults().sourceTimeout();
    private Duration lookBack = InvestigationSettings.defaults().lookBack();
    private Duration lookAhead = InvestigationSettings.defaults().lookAhead();
    private double minConfidence = OutputSettings.defaults().minConfidence();
    private boolean requireEvidenceLinks = OutputSettings.defaults().requireEvidenceLinks();
    private final List<ProviderConfig> sinks = new ArrayList<>();
    private @Nullable Path auditLog;

    private Builder() {}

    /** Sets the source for {@code config.signal()}, replacing any earlier one. */
    public Builder source(SourceConfig config) {
      return source(new ConfiguredSource(requireNonNull(config, "config"), null));
    }

    /** Sets the source for {@code config.signal()} with its own time limit. */
    public Builder source(SourceConfig config, Duration timeout) {
      requireNonNull(config, "config");
      InvestigationSettings.positive(timeout, "timeout");
      return source(new ConfiguredSource(config, timeout));
    }

    public Builder source(ConfiguredSource source) {
      requireNonNull(source, "source");
      sources.put(source.signal(), source);
      return this;
    }

    public Builder engine(String provider) {
      return engine(provider, Map.of());
    }

    public Builder engine(String provider, Map<String, ?> options) {
      engine = provider("engine", provider, options);
      return this;
    }

    public Builder redaction(String provider, Map<String, ?> options) {
      redaction = provider("redaction", provider, options);
      return this;
    }

    /** The whole investigation's time limit. */
    public Builder investigationTimeout(Duration value) {
      timeout = InvestigationSettings.positive(value, "investigationTimeout");
      return this;
    }

    /** Each source's time limit unless its section sets one. */
    public Builder sourceTimeout(Duration value) {
      sourceTimeout = InvestigationSettings.positive(value, "sourceTimeout");
      return this;
    }

    public Builder lookBack(Duration value) {
      lookBack = InvestigationSettings.notNegative(value, "lookBack");
      return this;
    }

    public Builder lookAhead(Duration value) {
      lookAhead = InvestigationSettings.notNegative(value, "lookAhead");
      return this;
    }

    public Builder minConfidence(double value) {
      minConfidence = OutputSettings.unitInterval(value, "minConfidence");
      return this;
    }

    public Builder requireEvidenceLinks(boolean value) {
      requireEvidenceLinks = value;
      return this;
    }

    public Builder sink(String type) {
      return sink(type, Map.of());
    }

    /** Adds a sink; sinks receive each report in the order added. */
    public Builder sink(String type, Map<String, ?> options) {
      sinks.add(provider("sink type", type, options));
      return this;
    }

    public Builder auditLog(Path path) {
      auditLog = requireNonNull(path, "auditLog");
      return this;
    }

    public RcaConfig build() {
      return new RcaConfig(sources, engine, redaction,
          new InvestigationSettings(timeout, sourceTimeout, lookBack, lookAhead),
          new OutputSettings(minConfidence, requireEvidenceLinks, sinks), auditLog);
    }

    private static ProviderConfig provider(String what, String name, Map<String, ?> options) {
      requireNonNull(name, what);
      if (name.isBlank()) {
        throw new IllegalArgumentException(what + " must not be blank");
      }
      return new ProviderConfig(name, ProviderConfig.deepCopy(requireNonNull(options, "options"),
          "options"));
    }
  }
}
