package dev.rca.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MatchStartTest {
  private final MatchStart email = MatchStart.afterRunBefore("@", "A-Za-z0-9._%+-");
  private final MatchStart url = MatchStart.afterRunBefore("://", "A-Za-z0-9+.-");

  @Test
  void startsAtTheRunBeforeTheFirstLiteral() {
    String line = "login ok for \"bob.smith@example.com\" and amy@example.org";
    assertThat(email.earliest(line, 0)).isEqualTo(line.indexOf("bob"));
    assertThat(url.earliest("dsn=postgres://app:pw@db", 0)).isEqualTo(4);
  }

  @Test
  void neverStartsBeforeWhereTheSearchIsAsked() {
    String line = "x bob@example.com";
    assertThat(email.earliest(line, 4)).isEqualTo(4);
    assertThat(email.earliest(line, 6)).isEqualTo(-1);
  }

  @Test
  void saysNoMatchCanStartWhenTheLiteralIsMissing() {
    assertThat(url.earliest("\"user\":\"bob@example.com\"", 0)).isEqualTo(-1);
  }

  @Test
  void refusesARunClassHoldingTheLiteral() {
    assertThatThrownBy(() -> MatchStart.afterRunBefore("@", "a-z@"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
