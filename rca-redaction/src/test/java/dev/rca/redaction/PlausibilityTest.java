package dev.rca.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rca.api.spi.RedactionSession;
import org.junit.jupiter.api.Test;

class PlausibilityTest {
  private final RedactionSession session = RuleRedactor.withBuiltInRules().openSession();

  @Test
  void checksumsDecideCardsAndIbans() {
    assertThat(session.redact("card 4111 1111 1111 1111 ok")).doesNotContain("4111");
    assertThat(session.redact("card 4111 1111 1111 1112 ok")).contains("4111 1111 1111 1112");
    assertThat(session.redact("iban DE89 3704 0044 0532 0130 00.")).doesNotContain("DE89");
    assertThat(session.redact("iban DE88 3704 0044 0532 0130 00.")).contains("DE88");
  }

  @Test
  void placeholdersAndWordsNextToSecretKeysStay() {
    for (String line : new String[] {"password=changeme", "password: ${DB_PASSWORD}",
        "\"password\": \"<redacted>\"", "api_key=xxxxxxxxxxxx", "token=refresh_token_grant",
        "token_count=12345678", "session termination for sessionid: 0x14ede63a5a70000"}) {
      assertThat(session.redact(line)).as(line).isEqualTo(line);
    }
  }

  @Test
  void timestampsIdsAndVersionsAreNotPhonesOrCards() {
    for (String line : new String[] {"2025-01-12 10:23:45,123 started", "081109 203615 148 INFO",
        "blk_-1608999687919862906 ok", "order 1234567890123456 shipped", "v1.2.3 build 20250112"}) {
      assertThat(session.redact(line)).as(line).isEqualTo(line);
    }
  }

  @Test
  void phoneFormatsAreFound() {
    for (String phone : new String[] {"+14155552671", "+44 20 7946 0958", "(415) 555-2671",
        "415-555-2671", "020 7946 0958"}) {
      assertThat(session.redact("call " + phone + " now")).as(phone).doesNotContain(phone);
    }
  }

  @Test
  void entropyGrowsWithRandomness() {
    assertThat(Plausibility.entropy("aaaaaaaa")).isZero();
    assertThat(Plausibility.entropy("abcdefgh")).isEqualTo(3.0);
    assertThat(Plausibility.highEntropy("Zx8Qp2Lm9Vt4Rk7Wb3Nc")).isTrue();
    assertThat(Plausibility.highEntropy("configurationvalue12")).isFalse();
  }
}
