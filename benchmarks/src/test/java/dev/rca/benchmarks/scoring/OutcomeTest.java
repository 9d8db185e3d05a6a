package dev.rca.benchmarks.scoring;

import static dev.rca.benchmarks.scoring.ReportFixtures.invisible;
import static dev.rca.benchmarks.scoring.ReportFixtures.outcome;
import static dev.rca.benchmarks.scoring.ReportFixtures.truth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OutcomeTest {
  private final Truth payments = truth("payments", "config", "c-8812");

  @Test
  void countsTruthServiceAtItsRankAndBelow() {
    Outcome o = outcome(payments, "NEEDS_REVIEW",
        "checkout/database@0.6", "frontend/network@0.4", "payments/config/c-8812@0.3");

    assertThat(o.correctAt(1)).isFalse();
    assertThat(o.correctAt(2)).isFalse();
    assertThat(o.correctAt(3)).isTrue();
    assertThat(o.correctAt(5)).isTrue();
  }

  @Test
  void comparesServicesWithoutRegardToCase() {
    assertThat(outcome(payments, "CONFIDENT", "Payments/config/c-8812@0.9").correctAt(1)).isTrue();
  }

  @Test
  void rejectsDepthBelowOne() {
    assertThatThrownBy(() -> outcome(payments, "CONFIDENT", "payments/config@0.9").correctAt(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void insufficientEvidenceIsAMissOnAVisibleCauseEvenWithTheRightWeakCandidate() {
    Outcome o = outcome(payments, Outcome.INSUFFICIENT, "payments/config/c-8812@0.2");

    assertThat(o.correctAt(1)).isFalse();
    assertThat(o.correctAt(5)).isFalse();
    assertThat(o.kindCorrect()).isFalse();
    assertThat(o.changeCorrect()).isFalse();
    assertThat(o.confidentlyWrong()).isFalse();
  }

  @Test
  void invisibleCauseIsRightOnlyWhenTheReportSaysInsufficientEvidence() {
    Outcome said = outcome(invisible(), Outcome.INSUFFICIENT, "frontend/network@0.2");
    Outcome guessed = outcome(invisible(), "NEEDS_REVIEW", "frontend/network@0.5");

    assertThat(said.correctAt(1)).isTrue();
    assertThat(said.kindCorrect()).isTrue();
    assertThat(said.fullyCorrect()).isTrue();
    assertThat(guessed.correctAt(1)).isFalse();
    assertThat(guessed.correctAt(5)).isFalse();
    assertThat(guessed.kindCorrect()).isFalse();
  }

  @Test
  void kindNeedsTheTruthServiceAndKindOnTheFirstHypothesis() {
    assertThat(outcome(payments, "CONFIDENT", "payments/config@0.9").kindCorrect()).isTrue();
    assertThat(outcome(payments, "CONFIDENT", "payments/database@0.9").kindCorrect()).isFalse();
    assertThat(outcome(payments, "CONFIDENT", "checkout/config@0.9", "payments/config@0.5")
        .kindCorrect()).isFalse();
  }

  @Test
  void changeAppliesOnlyWhereTruthNamesAChange() {
    Truth noChange = truth("payments", "database", null);

    assertThat(outcome(noChange, "CONFIDENT", "payments/database@0.9").changeApplies()).isFalse();
    assertThat(outcome(invisible(), Outcome.INSUFFICIENT).changeApplies()).isFalse();
    assertThat(outcome(payments, "CONFIDENT", "payments/config/c-8812@0.9").changeCorrect())
        .isTrue();
    assertThat(outcome(payments, "CONFIDENT", "payments/config/c-9999@0.9").changeCorrect())
        .isFalse();
    assertThat(outcome(payments, "CONFIDENT", "checkout/config@0.9", "payments/config/c-8812@0.8")
        .changeCorrect()).isFalse();
  }

  @Test
  void confidentAndWrongServiceIsConfidentlyWrong() {
    assertThat(outcome(payments, "CONFIDENT", "checkout/database@0.9").confidentlyWrong()).isTrue();
    assertThat(outcome(payments, "NEEDS_REVIEW", "checkout/database@0.6").confidentlyWrong())
        .isFalse();
    assertThat(outcome(payments, "CONFIDENT", "payments/memory@0.9").confidentlyWrong())
        .as("right service, wrong kind: a kind miss, not confidently wrong").isFalse();
  }

  @Test
  void confidentOnAnInvisibleCauseIsConfidentlyWrongEvenNamingTheTruthService() {
    assertThat(outcome(invisible(), "CONFIDENT", "frontend/network@0.9").confidentlyWrong())
        .isTrue();
  }

  @Test
  void confidentWithoutHypothesesIsConfidentlyWrong() {
    assertThat(outcome(payments, "CONFIDENT").confidentlyWrong()).isTrue();
  }

  @Test
  void aMissOnAnyApplicableMeasureIsNotFullyCorrect() {
    assertThat(outcome(payments, "CONFIDENT", "payments/config/c-8812@0.9").fullyCorrect())
        .isTrue();
    assertThat(outcome(payments, "CONFIDENT", "payments/config@0.9").fullyCorrect())
        .as("change not named").isFalse();
    assertThat(outcome(payments, "CONFIDENT", "payments/deploy/c-8812@0.9").fullyCorrect())
        .as("wrong kind").isFalse();
  }
}
