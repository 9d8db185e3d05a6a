package dev.rca.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rca.api.spi.RedactionSession;

/**
 * Coverage-guided fuzzing of the redactor. {@code mvn verify} replays only the seed corpus in
 * {@code src/test/resources/dev/rca/redaction/RedactorFuzzTestInputs}; real fuzzing runs with
 * {@code JAZZER_FUZZ=1} (see the module README for the command). Invariants: no input throws,
 * a secret planted between spaces never survives, and a second pass keeps every pseudonym of the
 * first intact. (A second pass may find more: redacting one value can change its neighbour's
 * context, e.g. a number run glued to an IPv6 address; the fuzzer found exactly that.)
 */
class RedactorFuzzTest {
  private static final String PLANTED = "ghp_" + "Zx8Qp2Lm9Vt4Rk7Wb3Nc5Hy6Jd1Fs0Ga2Ke4T";
  private static final RuleRedactor REDACTOR = RuleRedactor.builder()
      .rule(new RedactionRule("nested", "custom", "(x+x+)+y", java.util.List.of())).build();

  @FuzzTest(maxDuration = "30s")
  void redactsAnyTextWithoutFailingOrLeakingAPlantedSecret(FuzzedDataProvider data) {
    RedactionSession session = REDACTOR.openSession();
    String before = data.consumeString(4096);
    String after = data.consumeRemainingAsString();
    String text = before + " " + PLANTED + " " + after;
    String once = session.redact(text);
    assertThat(once).doesNotContain(PLANTED);
    String plain = session.redact(before + after);
    String twice = session.redact(plain);
    java.util.regex.Matcher tokens = java.util.regex.Pattern.compile("<[a-z0-9-]+:[0-9a-f]{6}>")
        .matcher(plain);
    while (tokens.find()) {
      assertThat(twice).contains(tokens.group());
    }
  }
}
