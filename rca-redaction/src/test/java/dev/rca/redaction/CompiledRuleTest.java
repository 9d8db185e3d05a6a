package dev.rca.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When a rule's value is its whole match, so that RE2J need not compute captures. */
class CompiledRuleTest {
  @Test
  void seesOneGroupWithWordBoundariesAsTheWholeMatch() {
    assertThat(CompiledRule.groupIsWholePattern("\\b(AIza[0-9A-Za-z_-]{35})\\b")).isTrue();
    assertThat(CompiledRule.groupIsWholePattern("(?i)\\b(github_pat_[A-Za-z0-9_]{22,})")).isTrue();
    assertThat(CompiledRule.groupIsWholePattern("([)(]x\\))")).isTrue();
  }

  @Test
  void seesAnythingOutsideTheGroupAsMore() {
    assertThat(CompiledRule.groupIsWholePattern("\\b(AIza[0-9A-Za-z_-]{35})(?:[^0-9A-Za-z_-]|$)"))
        .isFalse();
    assertThat(CompiledRule.groupIsWholePattern("(a)|(b)")).isFalse();
    assertThat(CompiledRule.groupIsWholePattern("key=(\\w+)")).isFalse();
    assertThat(CompiledRule.groupIsWholePattern("(?:a)")).isFalse();
    assertThat(CompiledRule.groupIsWholePattern("([^]a)])b")).isFalse();
    // quoting and POSIX classes are not read, so they get no
    assertThat(CompiledRule.groupIsWholePattern("(a\\Q(\\E)b\\Q)")).isFalse();
    assertThat(CompiledRule.groupIsWholePattern("([[:alpha:](])([[:digit:])])")).isFalse();
  }

  @Test
  void redactsAWholeMatchValueAsBefore() {
    RuleRedactor redactor = RuleRedactor.withBuiltInRules();
    String line = "login user=ann.lee@example.com key=AIzaSyA1234567890abcdefghijklmnopqrstuv";
    String redacted = redactor.openSession(new byte[32]).redact(line);
    assertThat(redacted).startsWith("login user=<email:").doesNotContain("ann.lee")
        .doesNotContain("AIzaSy");
  }
}
