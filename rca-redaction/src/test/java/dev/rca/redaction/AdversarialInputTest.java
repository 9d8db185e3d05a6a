package dev.rca.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rca.api.spi.RedactionSession;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Inputs built to make a backtracking matcher or a careless scanner slow: every one must finish
 * in bounded time (the bound is generous for a loaded CI machine; on an idle one each takes well
 * under a second).
 */
class AdversarialInputTest {
  private static final int FIVE_MB = 5 * 1024 * 1024;
  private static final Duration BOUND = Duration.ofSeconds(20);

  private RedactionSession session = RuleRedactor.withBuiltInRules().openSession();

  private static String fill(String unit) {
    return unit.repeat(FIVE_MB / unit.length() + 1).substring(0, FIVE_MB);
  }

  private void finishesInBoundedTime(Supplier<String> input) {
    String text = input.get();
    long t0 = System.nanoTime();
    String out = session.redact(text);
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    assertThat(out).isNotNull();
    assertThat(took).as("redacting %d chars starting %s", text.length(),
        text.substring(0, 40)).isLessThan(BOUND);
  }

  @Test
  void fiveMegabyteLineOfOneLetterWithCatastrophicUserPatterns() {
    // (a+)+b takes exponential time in a backtracking engine; RE2 runs it in one pass
    session = RuleRedactor.builder()
        .rule(new RedactionRule("nested", "custom", "(a+)+b", List.of()))
        .rule(new RedactionRule("anchored", "custom", "a(a|aa)*c", List.of("a"))).build()
        .openSession();
    finishesInBoundedTime(() -> fill("a"));
  }

  @Test
  void fiveMegabyteLineOfRepeatedKeywordsAndSeparators() {
    finishesInBoundedTime(() -> fill("password=token=secret:"));
  }

  @Test
  void fiveMegabyteLineOfAtSignsAndUrlFragments() {
    finishesInBoundedTime(() -> fill("a:b@c://@x."));
  }

  @Test
  void fiveMegabyteLineOfDigitsAndSeparators() {
    finishesInBoundedTime(() -> fill("4111 1111-1.2.3.4 +1 (415) "));
  }

  @Test
  void fiveMegabytePrivateKeyHeaderWithoutEnd() {
    finishesInBoundedTime(() -> "-----BEGIN RSA PRIVATE KEY-----" + fill("QUJD\\n"));
  }

  @Test
  void fiveMegabytesOfTokenPrefixes() {
    finishesInBoundedTime(() -> fill("ghp_sk-ant-eyJxoxb-AKIA"));
  }

  @Test
  void fiveMegabytesOfSampledKeywordsBetweenSearchedOnes() {
    // hits of the sieve's pairs and of its indexOf search interleave: their sort must not be
    // quadratic
    finishesInBoundedTime(() -> fill("token:: "));
  }

  @Test
  void fiveMegabytesOfIpv6Colons() {
    finishesInBoundedTime(() -> fill("fe80::1:"));
  }

  @Test
  void secretsFarIntoALongLineAreStillFound() {
    String padding = "lorem ipsum dolor ".repeat(20_000);
    String out = session.redact(padding + "password=Hunter2Hunter2 " + padding
        + "ghp_" + "a1B2c3D4e5".repeat(4).substring(0, 36) + " " + padding + "bob@example.com");
    assertThat(out).doesNotContain("Hunter2Hunter2", "ghp_a1B2", "bob@example.com")
        .contains("password=<secret:", "<github-token:", "<email:");
  }
}
