package dev.rca.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rca.api.model.Signal;
import dev.rca.api.spi.SourceConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RcaConfigLoaderTest {
  static final String EXAMPLE = """
      logs:    { provider: loki, endpoint: http://loki:3100, token: "${LOKI_TOKEN}", timeout: 10s, options: { tenant: ops, limit: 5000 } }
      metrics: { provider: prometheus, endpoint: http://prometheus:9090 }
      traces:  { provider: bundle, endpoint: ./incident }
      changes: { provider: bundle, endpoint: ./incident }
      engine:  { provider: deterministic }
      redaction: { provider: default, options: { ip_addresses: true } }
      investigation: { timeout: 30s, source_timeout: 10s, look_back: 60m, look_ahead: 15m }
      output:  { min_confidence: 0.75, require_evidence_links: true, sinks: [ { type: json, path: report.json }, { type: markdown } ] }
      audit:   { path: ./rca-audit.jsonl }
      """;

  @TempDir Path dir;

  private static RcaConfig parse(String yaml) {
    return RcaConfigLoader.usingEnvironment(Map.of("LOKI_TOKEN", "t0k")).parse(yaml, "rca.yaml");
  }

  private static InvalidConfigException failure(String yaml) {
    try {
      parse(yaml);
    } catch (InvalidConfigException e) {
      return e;
    }
    throw new AssertionError("expected the configuration to be rejected");
  }

  @Test
  void loadsTheDocumentedExampleFromAFile() throws Exception {
    Path file = dir.resolve("rca.yaml");
    Files.writeString(file, EXAMPLE);

    RcaConfig config = RcaConfigLoader.usingEnvironment(Map.of("LOKI_TOKEN", "t0k")).load(file);

    SourceConfig logs = config.source(Signal.LOGS).orElseThrow().config();
    assertThat(logs.provider()).isEqualTo("loki");
    assertThat(logs.endpoint()).isEqualTo("http://loki:3100");
    assertThat(logs.token().reveal()).isEqualTo("t0k");
    assertThat(logs.options()).isEqualTo(Map.of("tenant", "ops", "limit", 5000L));
    assertThat(config.source(Signal.LOGS).orElseThrow().timeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.source(Signal.METRICS).orElseThrow().timeoutOr(Duration.ofSeconds(7)))
        .isEqualTo(Duration.ofSeconds(7));
    assertThat(config.sources()).containsOnlyKeys(Signal.values());
    assertThat(config.redaction()).isEqualTo(new ProviderConfig("default", Map.of("ip_addresses", true)));
    assertThat(config.investigation()).isEqualTo(InvestigationSettings.defaults());
    assertThat(config.output().minConfidence()).isEqualTo(0.75);
    assertThat(config.output().requireEvidenceLinks()).isTrue();
    assertThat(config.output().sinks()).containsExactly(
        new ProviderConfig("json", Map.of("path", "report.json")),
        new ProviderConfig("markdown", Map.of()));
    assertThat(config.auditLog()).isEqualTo(Path.of("./rca-audit.jsonl"));
  }

  @Test
  void givesTheSameSettingsAsTheBuilder() {
    RcaConfig fromYaml = parse("""
        changes:
          provider: git
          endpoint: /srv/repo
          timeout: 500ms
        investigation:
          look_back: PT2H
        output:
          min_confidence: 0.8
          sinks:
            - type: json
              path: out/report.json
        """);

    RcaConfig fromJava = RcaConfig.builder()
        .source(new SourceConfig(Signal.CHANGES, "git", "/srv/repo", null, Map.of()),
            Duration.ofMillis(500))
        .lookBack(Duration.ofHours(2))
        .minConfidence(0.8)
        .sink("json", Map.of("path", "out/report.json"))
        .build();
    assertThat(fromYaml).isEqualTo(fromJava);
  }

  @Test
  void emptyDocumentGivesDefaults() {
    assertThat(parse("# nothing configured yet\n")).isEqualTo(RcaConfig.defaults());
    assertThat(RcaConfig.defaults().engine().name()).isEqualTo("deterministic");
    assertThat(RcaConfig.defaults().redaction().name()).isEqualTo("default");
    assertThat(RcaConfig.defaults().auditLog()).isNull();
  }

  @Test
  void interpolatesEnvironmentWithDefaultsAndLiteralDollar() {
    RcaConfig config = RcaConfigLoader.usingEnvironment(Map.of("HOST", "loki", "EMPTY", ""))
        .parse("""
            logs:
              provider: loki
              endpoint: http://${HOST}:${PORT:-3100}/$${not-a-var}
              token: ${EMPTY:-}
            """, "rca.yaml");

    SourceConfig logs = config.source(Signal.LOGS).orElseThrow().config();
    assertThat(logs.endpoint()).isEqualTo("http://loki:3100/${not-a-var}");
    assertThat(logs.token()).isNull();
  }

  @Test
  void unsetVariableNamesTheKeyAndPosition() {
    InvalidConfigException e = failure("""
        metrics:
          provider: prometheus
          endpoint: ${PROM_URL}
        """);

    assertThat(e).hasMessage("rca.yaml line 3 col 13: metrics.endpoint: environment variable "
        + "PROM_URL is not set (write ${PROM_URL:-default} to give a default)");
    assertThat(e.keyPath()).isEqualTo("metrics.endpoint");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(13);
  }

  @Test
  void unknownKeyNamesPathPositionAndKnownKeys() {
    InvalidConfigException e = failure("""
        logs:
          provider: loki
          endpoint: http://loki:3100
        engine:
          provider: deterministic
        investigation:
          timeout: 30s
        # output follows
        output:
          sinks:
            - type: markdown
          min_confidnce: 0.7
        """);

    assertThat(e).hasMessage("rca.yaml line 12 col 3: unknown key 'min_confidnce' in output "
        + "(known: min_confidence, require_evidence_links, sinks)");
    assertThat(e.keyPath()).isEqualTo("output.min_confidnce");
  }

  @Test
  void unknownTopLevelSectionIsNamed() {
    assertThat(failure("ouptut: {}\n")).hasMessageStartingWith(
        "rca.yaml line 1 col 1: unknown key 'ouptut' at the top level (known: logs, metrics,");
  }

  @Test
  void confidenceOutsideTheUnitIntervalIsRejectedAtItsPosition() {
    assertThat(failure("output:\n  min_confidence: 1.7\n"))
        .hasMessage("rca.yaml line 2 col 19: output.min_confidence must be in [0, 1], got 1.7");
    assertThat(failure("output: { min_confidence: high }\n"))
        .hasMessage("rca.yaml line 1 col 27: output.min_confidence must be a number in [0, 1], got high");
  }

  @Test
  void unreadableDurationIsRejectedWithTheForms() {
    assertThat(failure("investigation:\n  timeout: soon\n")).hasMessage(
        "rca.yaml line 2 col 12: investigation.timeout must be a duration such as 500ms, 10s, 5m, "
            + "1h, 1d or ISO-8601 (PT30S), got soon");
    assertThat(failure("investigation:\n  source_timeout: 0s\n"))
        .hasMessageContaining("investigation.source_timeout must be longer than zero");
    assertThat(failure("investigation:\n  look_back: PT-5M\n"))
        .hasMessageContaining("investigation.look_back must not be negative");
  }

  @Test
  void sourceSectionNeedsProviderAndEndpoint() {
    assertThat(failure("traces:\n  endpoint: ./incident\n")).hasMessage(
        "rca.yaml line 2 col 3: traces.provider is required: the backend to read, e.g. loki, "
            + "prometheus, otel, git or bundle");
    assertThat(failure("traces: { provider: bundle }\n"))
        .hasMessageContaining("traces.endpoint is required");
  }

  @Test
  void wrongShapesAreNamed() {
    assertThat(failure("- logs\n")).hasMessageContaining("the document must be a section of keys, not a list");
    assertThat(failure("output: { sinks: markdown }\n")).hasMessageContaining("output.sinks must be a list");
    assertThat(failure("output: { sinks: [ { path: x } ] }\n"))
        .hasMessageContaining("output.sinks[0].type is required");
    assertThat(failure("output: { require_evidence_links: maybe }\n"))
        .hasMessageContaining("output.require_evidence_links must be true or false, got maybe");
    assertThat(failure("logs: { provider: x, endpoint: y, options: { a: } }\n"))
        .hasMessageContaining("logs.options.a has no value");
  }

  @Test
  void duplicateKeyIsAnError() {
    assertThat(failure("audit: { path: a }\naudit: { path: b }\n"))
        .hasMessage("rca.yaml line 2 col 1: duplicate key 'audit' in the top level");
  }

  @Test
  void syntaxErrorNamesPositionAndHintsAtUnquotedVariablesInFlowStyle() {
    InvalidConfigException e = failure(
        "logs: { provider: loki, endpoint: http://loki, token: ${LOKI_TOKEN} }\n");

    assertThat(e.getMessage()).startsWith("rca.yaml line 1 col 56: invalid YAML: ")
        .endsWith("must be quoted, e.g. token: \"${LOKI_TOKEN}\"");
  }

  @Test
  void refusesAFileLargerThanTheBound() throws Exception {
    Path file = dir.resolve("huge.yaml");
    Files.writeString(file, "# " + "x".repeat(RcaConfigLoader.MAX_BYTES) + "\n");

    assertThatThrownBy(() -> RcaConfigLoader.usingEnvironment(Map.of()).load(file))
        .isInstanceOf(InvalidConfigException.class).hasMessageContaining("is this the right file?");
  }

  @Test
  void configurationCannotChangeAfterItIsBuilt() {
    RcaConfig config = parse("logs: { provider: loki, endpoint: e, options: { labels: [a, b] } }\n");

    @SuppressWarnings("unchecked")
    List<Object> labels = (List<Object>) config.source(Signal.LOGS).orElseThrow().config()
        .options().get("labels");
    assertThatThrownBy(() -> labels.add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> config.sources().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
