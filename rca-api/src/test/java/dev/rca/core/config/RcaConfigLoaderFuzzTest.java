package dev.rca.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the configuration loader. {@code mvn verify} replays the seeds in
 * {@code src/test/resources/dev/rca/core/config/RcaConfigLoaderFuzzTestInputs}; real fuzzing:
 * {@code JAZZER_FUZZ=1 ./mvnw -o -pl rca-api test -Dtest=RcaConfigLoaderFuzzTest}.
 *
 * <p>Every {@code @@} of the input becomes a canary token, and {@code ${LOKI_TOKEN}} resolves to
 * another canary. Invariants: any text gives a configuration or an {@link InvalidConfigException}
 * whose message names the file; nothing else escapes; the message never holds the environment
 * canary (unless the file itself wrote it), nor the token canary wherever the file puts it only
 * under {@code token:} keys (as far as the YAML reads before any syntax error).
 */
class RcaConfigLoaderFuzzTest {
  private static final String NAME = "rca.yaml";
  private static final String TOKEN = "tok3n-c4nary-5e1f";
  private static final String ENV_VALUE = "env-c4nary-77a0";
  private static final RcaConfigLoader LOADER = RcaConfigLoader.usingEnvironment(
      Map.of("LOKI_TOKEN", ENV_VALUE, "EMPTY", ""));
  private static final YAMLMapper YAML = new YAMLMapper();

  @FuzzTest(maxDuration = "60s")
  @Timeout(10)
  @DictionaryEntries({".inf", "-.Inf", ".NaN", "1_000", "0x1F", "0o17", "yes", "Off", "~", "!!str ",
      "!!float ", "!!binary ", "&a ", "*a", "<<: ", "? ", "- ", "| ", ">- ", "--- ", "... ",
      "${LOKI_TOKEN}", "${EMPTY:-", "$${", "token: @@", "PT30S", "500ms", "sinks: [", "options: {"})
  void rejectsAnyBadYamlWithAPositionedMessageThatHoldsNoToken(byte[] input) {
    String yaml = new String(input, StandardCharsets.UTF_8).replace("@@", TOKEN);
    InvalidConfigException rejected;
    try {
      LOADER.parse(yaml, NAME);
      return;
    } catch (InvalidConfigException e) {
      rejected = e;
    }
    String message = rejected.getMessage();
    assertThat(message).startsWith(NAME).hasSizeGreaterThan(NAME.length() + 2);
    assertThat(rejected.line()).isNotNegative();
    assertThat(rejected.column()).isNotNegative();
    if (!yaml.contains(ENV_VALUE)) {
      assertThat(message).doesNotContain(ENV_VALUE);
    }
    if (tokenOnlyUnderTokenKeys(yaml)) {
      assertThat(message).doesNotContain(TOKEN);
    }
  }

  /**
   * Found while fuzzing: YAML floats Java does not spell ({@code .inf}, {@code 1_000.5}) escaped
   * as a NumberFormatException, and YAML 1.1 booleans ({@code yes}, {@code on}) read as false.
   */
  @Test
  void keepsOptionValuesThatYamlSpellsDifferentlyFromJava() {
    RcaConfig config = LOADER.parse("engine: { provider: llm, options: { temperature: .inf,"
        + " budget: 1_000.5, ratio: 0.5, sure: yes, lit: On, quiet: off } }", NAME);

    assertThat(config.engine().options())
        .containsEntry("temperature", ".inf").containsEntry("budget", "1_000.5")
        .containsEntry("ratio", 0.5).containsEntry("sure", true).containsEntry("lit", true)
        .containsEntry("quiet", false);
  }

  /**
   * Whether the canary occurs only under {@code token} keys in what the loader reads of the text:
   * YAML events up to the end or the first syntax error, where the loader stops as well.
   */
  private static boolean tokenOnlyUnderTokenKeys(String yaml) {
    try (JsonParser p = YAML.getFactory().createParser(yaml)) {
      int depth = 0;
      int tokenDepth = -1; // the depth of the token value being walked, -1 outside one
      String field = null;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME) {
          field = p.currentName();
          if (field.contains(TOKEN)) {
            return false;
          }
          continue;
        }
        boolean underToken = tokenDepth >= 0 || "token".equals(field);
        field = null;
        if (t.isStructStart()) {
          tokenDepth = underToken && tokenDepth < 0 ? depth : tokenDepth;
          depth++;
        } else if (t.isStructEnd()) {
          depth--;
          tokenDepth = tokenDepth == depth ? -1 : tokenDepth;
        } else if (!underToken && String.valueOf(p.getText()).contains(TOKEN)) {
          return false;
        }
      }
    } catch (Exception syntaxError) {
      // the loader reads no further either
    }
    return true;
  }
}
