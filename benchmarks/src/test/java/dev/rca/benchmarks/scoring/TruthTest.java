package dev.rca.benchmarks.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class TruthTest {
  @Test
  void readsTheRootCauseOfAVisibleIncident() throws IOException {
    Truth t = Truth.parse(ReportFixtures.truthJson("payments", "config", "c-8812"));

    assertThat(t).isEqualTo(new Truth("CONFIDENT", "payments", "config", "c-8812"));
    assertThat(t.visible()).isTrue();
    assertThat(t.group()).isEqualTo("config");
  }

  @Test
  void nullChangeIdMeansNoChangeCausedIt() throws IOException {
    assertThat(Truth.parse(ReportFixtures.truthJson("payments", "database", null)).changeId())
        .isNull();
  }

  @Test
  void truthWithoutExpectedStatusOrServiceIsRefused() {
    assertThatThrownBy(() -> Truth.parse("{}"))
        .hasMessageContaining("expectedStatus");
    assertThatThrownBy(
        () -> Truth.parse("{\"expectedStatus\":\"CONFIDENT\"}"))
        .hasMessageContaining("rootCause.service");
  }

  @Test
  void invisibleTruthMayOmitTheCause() throws IOException {
    Truth t = Truth.parse("{\"expectedStatus\":\"INSUFFICIENT_EVIDENCE\"}");

    assertThat(t.visible()).isFalse();
    assertThat(t.group()).isEqualTo(Truth.INVISIBLE);
  }
}
