package dev.rca.benchmarks.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportAnswerTest {
  @TempDir
  Path dir;

  @Test
  void readsTheContractFieldsInRankOrder() {
    ReportAnswer a = ReportAnswer.parse(ReportFixtures.reportJson("CONFIDENT",
        "payments/config/c-8812@0.91", "checkout/database@0.4"), "r.json");

    assertThat(a.status()).isEqualTo("CONFIDENT");
    assertThat(a.problem()).isNull();
    assertThat(a.totalMs()).isEqualTo(120);
    assertThat(a.hypotheses()).containsExactly(
        new ReportAnswer.Candidate("payments", "config", "c-8812", 0.91),
        new ReportAnswer.Candidate("checkout", "database", null, 0.4));
  }

  @Test
  void malformedJsonIsUnreadableWithFileAndPosition() {
    ReportAnswer a = ReportAnswer.parse("{\n  \"status\": CONFIDENT\n}", "cart.json");

    assertThat(a.status()).isEqualTo(Outcome.UNREADABLE);
    assertThat(a.hypotheses()).isEmpty();
    assertThat(a.problem()).startsWith("cart.json line 2 col ");
  }

  @Test
  void reportWithoutStatusIsUnreadable() {
    assertThat(ReportAnswer.parse("{\"hypotheses\":[]}", "r.json").problem())
        .isEqualTo("r.json: no \"status\" string");
    assertThat(ReportAnswer.parse("[1,2]", "r.json").status()).isEqualTo(Outcome.UNREADABLE);
  }

  @Test
  void keepsAtMostTenHypothesesAndClampsConfidence() {
    String[] many = new String[12];
    for (int i = 0; i < many.length; i++) {
      many[i] = "s" + i + "/cpu@" + (i == 0 ? "1.7" : "-0.2");
    }
    ReportAnswer a = ReportAnswer.parse(ReportFixtures.reportJson("NEEDS_REVIEW", many), "r.json");

    assertThat(a.hypotheses()).hasSize(ReportAnswer.MAX_HYPOTHESES);
    assertThat(a.top().confidence()).isEqualTo(1.0);
    assertThat(a.hypotheses().get(1).confidence()).isZero();
  }

  @Test
  void absentFileIsMissingAndUnknownTimeIsMinusOne() throws IOException {
    assertThat(ReportAnswer.read(dir.resolve("none.json"), "none.json").status())
        .isEqualTo(Outcome.MISSING);
    Path bare = Files.writeString(dir.resolve("bare.json"), "{\"status\":\"NEEDS_REVIEW\"}");
    assertThat(ReportAnswer.read(bare, "bare.json").totalMs()).isEqualTo(-1);
  }
}
