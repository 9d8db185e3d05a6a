package dev.rca.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rca.api.spi.RedactionSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleRedactorProviderTest {
  private final RuleRedactorProvider provider = new RuleRedactorProvider();

  @Test
  void addsUserRulesThatWinOverBuiltInOnes() {
    RedactionSession s = provider.create(Map.of("rules", List.of(Map.of("id", "acme-key",
        "pattern", "\\b(acme_[a-z0-9]{8})\\b", "label", "acme", "keywords", List.of("acme_")))))
        .openSession();
    assertThat(s.redact("deploy with acme_1a2b3c4d now")).matches("deploy with <acme:[0-9a-f]{6}> now");
    assertThat(s.countsByRule()).containsEntry("acme-key", 1L);
  }

  @Test
  void userRuleWithoutKeywordsRunsOnEveryLine() {
    RedactionSession s = provider.create(Map.of("rules", List.of(Map.of("id", "ticket",
        "pattern", "TCK-[0-9]{4}")))).openSession();
    assertThat(s.redact("see TCK-1234")).matches("see <secret:[0-9a-f]{6}>");
  }

  @Test
  void allowlistKeepsLiteralsAndWholeRegexMatches() {
    RedactionSession s = provider.create(Map.of("allow",
        List.of("noreply@example.com", "/test-[0-9]+@example\\.org/"))).openSession();
    assertThat(s.redact("from noreply@example.com to test-42@example.org cc bob@example.org"))
        .startsWith("from noreply@example.com to test-42@example.org cc <email:");
  }

  @Test
  void ipAddressesAreOnByDefaultAndCanBeTurnedOff() {
    String line = "conn from 203.0.113.9 and 2001:db8:1::7";
    assertThat(provider.create(Map.of()).openSession().redact(line))
        .doesNotContain("203.0.113.9", "2001:db8:1::7");
    assertThat(provider.create(Map.of("ip_addresses", false)).openSession().redact(line))
        .isEqualTo(line);
  }

  @Test
  void rejectsBadOptionsNamingThePath() {
    assertThatThrownBy(() -> provider.create(Map.of("rulez", List.of())))
        .hasMessageContaining("unknown key 'rulez'");
    assertThatThrownBy(() -> provider.create(Map.of("rules", List.of(Map.of("id", "x",
        "pattern", "(a")))))
        .hasMessageContaining("redaction.options.rules[0]").hasMessageContaining("RE2");
    assertThatThrownBy(() -> provider.create(Map.of("rules", List.of(Map.of("id", "x",
        "pattern", "(?<=a)b")))))
        .hasMessageContaining("not RE2 syntax");
    assertThatThrownBy(() -> provider.create(Map.of("ip_addresses", "maybe")))
        .hasMessageContaining("redaction.options.ip_addresses");
    assertThatThrownBy(() -> provider.create(Map.of("rules", List.of(Map.of("id", "email",
        "pattern", "x"))))).hasMessageContaining("already taken");
  }

  @Test
  void listsBuiltInRuleIdsInPriorityOrder() {
    List<String> ids = RuleRedactor.builtInRuleIds();
    assertThat(ids).contains("aws-access-key-id", "github-token", "jwt", "payment-card", "iban",
        "email", "phone-number", "ipv4-address", "high-entropy-near-keyword").doesNotHaveDuplicates();
    assertThat(ids.indexOf("private-key")).isLessThan(ids.indexOf("password-assignment"));
    assertThat(RuleRedactor.builtInRules()).allSatisfy(r -> assertThat(r.summary()).isNotBlank());
  }
}
