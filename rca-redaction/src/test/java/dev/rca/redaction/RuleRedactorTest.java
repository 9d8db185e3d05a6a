package dev.rca.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rca.api.spi.RedactionSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RuleRedactorTest {
  private final RedactionSession session = RuleRedactor.withBuiltInRules().openSession();

  @Test
  void hidesEmailsBearerTokensAwsKeysAndPasswordValues() {
    String line = "user alice@example.com Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abc.def "
        + "key=AKIAIOSFODNN7EXAMPLE password=hunter2 secret: 's3cr3t!' url=postgres://app:pw123@db:5432/x";
    String out = session.redact(line);
    assertThat(out).doesNotContain("alice@example.com", "eyJhbGciOiJIUzI1NiJ9", "AKIAIOSFODNN7EXAMPLE",
        "hunter2", "s3cr3t!", "pw123");
    assertThat(out).contains("password=<secret:", "<email:", "<aws-key:", "Bearer <token:",
        "url=postgres://app:<password:");
  }

  @Test
  void sameValueGetsSameTokenWithinASessionOnly() {
    String a = session.redact("from bob@corp.io");
    String b = session.redact("to bob@corp.io again");
    String token = a.substring(a.indexOf('<'));
    assertThat(b).contains(token);
    String other = RuleRedactor.withBuiltInRules().openSession().redact("from bob@corp.io");
    assertThat(other).isNotEqualTo(a);
  }

  @Test
  void countsByRuleWithoutValues() {
    session.redact("a@b.co c@d.co token=abcdef123");
    Map<String, Long> counts = session.countsByRule();
    assertThat(counts).containsEntry("email", 2L).containsEntry("token-assignment", 1L);
    assertThat(counts.toString()).doesNotContain("a@b.co");
  }

  @Test
  void leavesCleanLinesUntouchedAndIsIdempotent() {
    String clean = "GET /api/orders/123 200 12ms";
    assertThat(session.redact(clean)).isSameAs(clean);
    String once = session.redact("password=hunter2");
    assertThat(session.redact(once)).isEqualTo(once);
  }

  @Test
  void rechoosesItsSievePairsFromTheLinesItSeesAndFindsTheSame() {
    RuleRedactor adaptive = RuleRedactor.withBuiltInRules();
    RuleRedactor fixed = RuleRedactor.builder().adaptiveSieve(false).build();
    KeywordSieve first = adaptive.sieve();
    KeywordSieve fixedFirst = fixed.sieve();
    RedactionSession a = adaptive.openSession(new byte[32]);
    RedactionSession f = fixed.openSession(new byte[32]);
    // the words of these lines are the sieve's rarest pairs in general, and common here
    String clean = "sessionids=4 credentials=none hooks authorized sig=ok broker-worker T10 GET DE";
    String secret = "password=hunter2x9 bob@example.com ghp_" + "a".repeat(36)
        + " iban GB82 WEST 1234 5698 7654 32";
    for (int i = 0; i < PairSample.EVERY * PairSample.LINES; i++) {
      String line = i % 100 == 0 ? secret + " " + i : clean + " " + i;
      assertThat(a.redact(line)).isEqualTo(f.redact(line));
    }
    assertThat(adaptive.sieve()).isNotSameAs(first);
    assertThat(fixed.sieve()).isSameAs(fixedFirst);
    assertThat(a.redact(secret)).isEqualTo(f.redact(secret))
        .doesNotContain("hunter2x9", "bob@", "aaaa", "WEST");
    assertThat(a.countsByRule()).isEqualTo(f.countsByRule());
  }

  @Test
  void adaptsWhileThreadsShareOneSessionAndEachLineComesOutTheSame() throws Exception {
    RuleRedactor adaptive = RuleRedactor.withBuiltInRules();
    KeywordSieve first = adaptive.sieve();
    RedactionSession shared = adaptive.openSession(new byte[32]);
    RedactionSession fixed = RuleRedactor.builder().adaptiveSieve(false).build()
        .openSession(new byte[32]);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < PairSample.EVERY * PairSample.LINES / 2; i++) {
      lines.add(i % 50 == 0 ? "token=ghp_" + "b".repeat(36) + " to ops" + i + "@example.com"
          : "ts=2025-03-01T10:22:33Z level=info msg=\"worker " + i + " idle\" trace_id=ab" + i);
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> outs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        outs.add(pool.submit(() -> lines.stream().map(shared::redact).toList()));
      }
      for (Future<List<String>> out : outs) {
        List<String> got = out.get(60, TimeUnit.SECONDS);
        for (int i = 0; i < lines.size(); i++) {
          assertThat(got.get(i)).isEqualTo(fixed.redact(lines.get(i)));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    // four threads, each counting a line in 16 of half the lines one thread needs: twice enough
    assertThat(adaptive.sieve()).isNotSameAs(first);
  }

  @Test
  void finishesQuicklyOnAFiveMegabyteLineWithoutNewlines() {
    String huge = "a=".repeat(2_500_000) + "@";
    long t0 = System.nanoTime();
    session.redact(huge);
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(5_000);
  }

  @Test
  void providerDisablesRulesByIdAndRejectsUnknownOnes() {
    var redactor = new RuleRedactorProvider().create(Map.of("disable", List.of("email")));
    assertThat(redactor.openSession().redact("x@y.org")).isEqualTo("x@y.org");
    assertThatThrownBy(() -> new RuleRedactorProvider().create(Map.of("disable", List.of("nope"))))
        .hasMessageContaining("no built-in rule 'nope'");
  }

  @Test
  void findsTheSameWithAShortUserKeywordThatTheSieveLeavesToTheAutomaton() {
    RuleRedactor sieved = RuleRedactor.withBuiltInRules();
    RuleRedactor automaton = RuleRedactor.builder()
        .rule(new RedactionRule("db-code", "db", "\\bdb=([a-z]{3}\\d{3})\\b", List.of("db"))).build();
    String line = "pay to GB82 WEST 1234 5698 7654 32 for ann@example.com token=ghp_"
        + "a".repeat(36) + " card 4111 1111 1111 1111 at 10.1.2.3";
    assertThat(automaton.openSession(new byte[32]).redact(line))
        .isEqualTo(sieved.openSession(new byte[32]).redact(line))
        .doesNotContain("GB82", "ann@", "ghp_a", "4111", "10.1.2.3");
    assertThat(automaton.openSession(new byte[32]).redact("DB=abc123 ok")).isEqualTo("DB=abc123 ok");
    assertThat(automaton.openSession(new byte[32]).redact("db=abc123 ok")).startsWith("db=<db:");
  }
}
