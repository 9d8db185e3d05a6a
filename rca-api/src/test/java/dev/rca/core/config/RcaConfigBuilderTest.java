package dev.rca.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rca.api.model.Signal;
import dev.rca.api.spi.SourceConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RcaConfigBuilderTest {

  @Test
  void rejectsEachBadValueWhereItIsSetNamingTheParameter() {
    RcaConfig.Builder b = RcaConfig.builder();

    assertThatThrownBy(() -> b.minConfidence(1.7)).hasMessage("minConfidence must be in [0, 1], got 1.7");
    assertThatThrownBy(() -> b.minConfidence(Double.NaN)).hasMessageContaining("minConfidence");
    assertThatThrownBy(() -> b.investigationTimeout(Duration.ZERO))
        .hasMessage("investigationTimeout must be positive, got 0s");
    assertThatThrownBy(() -> b.sourceTimeout(Duration.ofSeconds(-1)))
        .hasMessageContaining("sourceTimeout must be positive");
    assertThatThrownBy(() -> b.lookBack(Duration.ofMinutes(-5)))
        .hasMessage("lookBack must not be negative, got PT-5M");
    assertThatThrownBy(() -> b.lookAhead(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("lookAhead");
    assertThatThrownBy(() -> b.sink(" ")).hasMessage("sink type must not be blank");
    assertThatThrownBy(() -> b.engine("x", null)).hasMessage("options");
    assertThatThrownBy(() -> b.auditLog(null)).hasMessage("auditLog");
    assertThatThrownBy(() -> b.source((SourceConfig) null)).hasMessage("config");
  }

  @Test
  void keepsNoReferenceToTheCallersOptions() {
    Map<String, Object> options = new HashMap<>();
    options.put("path", "a.json");
    RcaConfig config = RcaConfig.builder().sink("json", options).build();

    options.put("path", "b.json");

    assertThat(config.output().sinks().get(0).options()).containsEntry("path", "a.json");
  }

  @Test
  void laterSourceForTheSameSignalReplacesTheEarlier() {
    RcaConfig config = RcaConfig.builder()
        .source(new SourceConfig(Signal.LOGS, "bundle", "./a", null, Map.of()))
        .source(new SourceConfig(Signal.LOGS, "loki", "http://loki", null, Map.of()))
        .auditLog(Path.of("audit.jsonl"))
        .build();

    assertThat(config.sources()).hasSize(1);
    assertThat(config.source(Signal.LOGS).orElseThrow().config().provider()).isEqualTo("loki");
    assertThat(config.source(Signal.TRACES)).isEmpty();
  }

  @Test
  void formatsDurationsInTheirShortestForm() {
    assertThat(DurationSyntax.format(Duration.ofSeconds(90))).isEqualTo("90s");
    assertThat(DurationSyntax.format(Duration.ofMinutes(120))).isEqualTo("2h");
    assertThat(DurationSyntax.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
  }

  @Test
  void parsesShortAndIsoDurations() {
    assertThat(DurationSyntax.parse("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(DurationSyntax.parse("10s")).isEqualTo(Duration.ofSeconds(10));
    assertThat(DurationSyntax.parse("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(DurationSyntax.parse("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(DurationSyntax.parse("PT1M30S")).isEqualTo(Duration.ofSeconds(90));
    assertThatThrownBy(() -> DurationSyntax.parse("10")).hasMessageContaining("500ms");
    assertThatThrownBy(() -> DurationSyntax.parse("P")).hasMessageContaining("ISO-8601");
  }
}
