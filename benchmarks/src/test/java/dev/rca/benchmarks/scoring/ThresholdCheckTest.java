package dev.rca.benchmarks.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rca.benchmarks.scoring.ThresholdCheck.Threshold;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdCheckTest {
  @Test
  void parsesTheCiCheckList() {
    ThresholdCheck check = ThresholdCheck.parse("ac1>=0.9,ac3>=0.98,kind>=0.85,wrong<=0.02");

    assertThat(check.thresholds()).containsExactly(new Threshold("ac1", ">=", 0.9),
        new Threshold("ac3", ">=", 0.98), new Threshold("kind", ">=", 0.85),
        new Threshold("wrong", "<=", 0.02));
  }

  @Test
  void acceptsSpacesPercentagesStrictOperatorsAndUpperCase() {
    ThresholdCheck check = ThresholdCheck.parse(" AC1 >= 90% , wrong < 0.05 ,precision75>0.8,");

    assertThat(check.thresholds()).containsExactly(new Threshold("ac1", ">=", 0.9),
        new Threshold("wrong", "<", 0.05), new Threshold("precision75", ">", 0.8));
  }

  @Test
  void rejectsUnknownMetricNamingTheKnownOnes() {
    assertThatThrownBy(() -> ThresholdCheck.parse("ac1>=0.9,acc>=0.5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'acc>=0.5'").hasMessageContaining("avg5");
  }

  @Test
  void rejectsMalformedItems() {
    assertThatThrownBy(() -> ThresholdCheck.parse("ac1")).hasMessageContaining("'ac1'");
    assertThatThrownBy(() -> ThresholdCheck.parse(">=0.9")).hasMessageContaining("'>=0.9'");
    assertThatThrownBy(() -> ThresholdCheck.parse("ac1>=")).hasMessageContaining("'ac1>='");
    assertThatThrownBy(() -> ThresholdCheck.parse("ac1=>0.9")).hasMessageContaining("operator");
    assertThatThrownBy(() -> ThresholdCheck.parse("ac1>=high")).hasMessageContaining("'high'");
    assertThatThrownBy(() -> ThresholdCheck.parse("ac1>=NaN")).hasMessageContaining("finite");
    assertThatThrownBy(() -> ThresholdCheck.parse(" , ")).hasMessageContaining("no thresholds");
  }

  @Test
  void reportsEachThresholdThatDoesNotHoldWithItsValue() {
    ScoreSheet sheet = ScoreSheet.of(ScorecardTest.handScored());   // ac1 = 1/3, wrong = 1/3

    List<String> failed = ThresholdCheck.parse("ac1>=0.9,ac5>=0.5,wrong<=0.02").failures(sheet);

    assertThat(failed).containsExactly("ac1 = 0.3333, needs >= 0.9",
        "wrong = 0.3333, needs <= 0.02");
  }

  @Test
  void boundaryValueHoldsForInclusiveOperatorsOnly() {
    ScoreSheet sheet = ScoreSheet.of(ScorecardTest.handScored());   // change = 1/3

    assertThat(ThresholdCheck.parse("ac1>=0.3333333333333333").failures(sheet)).isEmpty();
    assertThat(ThresholdCheck.parse("ac1>0.3333333333333333").failures(sheet)).hasSize(1);
  }

  @Test
  void unmeasuredMetricFailsRatherThanPassingVacuously() {
    ScoreSheet noChanges = ScoreSheet.of(List.of(
        ReportFixtures.outcome(ReportFixtures.invisible(), Outcome.INSUFFICIENT)));

    assertThat(ThresholdCheck.parse("change>=0.5").failures(noChanges))
        .singleElement().asString().contains("not measured");
  }
}
