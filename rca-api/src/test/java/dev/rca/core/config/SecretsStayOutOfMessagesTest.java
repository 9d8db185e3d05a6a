package dev.rca.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rca.api.model.Signal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretsStayOutOfMessagesTest {
  private static final String CANARY = "canary-7f3a91c2-token";
  private static final RcaConfigLoader LOADER = RcaConfigLoader.usingEnvironment(
      Map.of("TOKEN", CANARY, "SECRET_TIMEOUT", CANARY, "SECRET_CONFIDENCE", CANARY));

  @Test
  void validConfigurationNeverPrintsTheToken() {
    for (String token : List.of(CANARY, "\"${TOKEN}\"")) {
      RcaConfig config = LOADER.parse("""
          logs: { provider: loki, endpoint: http://loki:3100, token: %s }
          engine: { provider: llm, options: { api_key: "%s" } }
          """.formatted(token, CANARY), "rca.yaml");

      assertThat(config.source(Signal.LOGS).orElseThrow().config().token().reveal()).isEqualTo(CANARY);
      assertThat(config.toString()).doesNotContain(CANARY).contains("token=****");
      assertThat(config.source(Signal.LOGS).orElseThrow().toString()).doesNotContain(CANARY);
      assertThat(config.engine().toString()).doesNotContain(CANARY).contains("api_key");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // a problem elsewhere in the file
      "logs: { provider: loki, endpoint: e, token: " + CANARY + ", tiemout: 5s }",
      "logs: { provider: loki, endpoint: e, token: " + CANARY + ", timeout: soon }",
      "logs: { provider: loki, token: " + CANARY + " }",
      "logs: { provider: loki, endpoint: e, token: \"${TOKEN}\", options: { x: } }",
      "logs: { provider: loki, endpoint: e, token: \"${TOKEN}\" }\noutput: { min_confidence: 9 }",
      // the token itself is malformed
      "logs: { provider: loki, endpoint: e, token: [" + CANARY + "] }",
      "logs: { provider: loki, endpoint: e, token: { value: " + CANARY + " } }",
      "logs: { provider: loki, endpoint: e, token: \"" + CANARY + "${UNSET}\" }",
      "logs: { provider: loki, endpoint: e, token: \"" + CANARY + "${\" }",
      "logs:\n  provider: loki\n  endpoint: e\n  token: " + CANARY + "\n  token: " + CANARY,
      // the YAML around the token is broken
      "logs:\n  provider: loki\n  token: " + CANARY + ": oops\n",
      "logs:\n  token: \"" + CANARY + "\n",
      "logs: { provider: loki, token: " + CANARY + " endpoint: e\n",
      "logs:\n\ttoken: " + CANARY + "\n",
      // an environment value in a field that echoes what it read
      "investigation: { timeout: \"${SECRET_TIMEOUT}\" }",
      "output: { min_confidence: \"${SECRET_CONFIDENCE}\" }",
  })
  void invalidConfigurationNeverPrintsTheToken(String yaml) {
    Throwable failure = null;
    try {
      LOADER.parse(yaml, "rca.yaml");
    } catch (RuntimeException e) {
      failure = e;
    }

    assertThat(failure).as("rejected: %s", yaml).isInstanceOf(InvalidConfigException.class);
    for (Throwable t = failure; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(CANARY);
      assertThat(t.toString()).doesNotContain(CANARY);
      for (Throwable suppressed : t.getSuppressed()) {
        assertThat(suppressed.toString()).doesNotContain(CANARY);
      }
    }
  }
}
