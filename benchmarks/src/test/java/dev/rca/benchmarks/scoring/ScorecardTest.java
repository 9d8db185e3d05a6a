package dev.rca.benchmarks.scoring;

import static dev.rca.benchmarks.scoring.ReportFixtures.invisible;
import static dev.rca.benchmarks.scoring.ReportFixtures.outcome;
import static dev.rca.benchmarks.scoring.ReportFixtures.truth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardTest {
  /** Six bundles whose every figure is worked out by hand in the assertions below. */
  static List<Outcome> handScored() {
    return List.of(
        named("1-config-right", outcome(truth("payments", "config", "c-8812"), "CONFIDENT",
            "payments/config/c-8812@0.9")),
        named("2-deploy-second", outcome(truth("cart", "deploy", "d-1"), "NEEDS_REVIEW",
            "checkout/database@0.6", "cart/deploy/d-1@0.5")),
        named("3-database-fourth", outcome(truth("payments", "database", null), "CONFIDENT",
            "checkout/database@0.8", "frontend/network@0.3", "cart/cpu@0.2",
            "payments/database@0.1")),
        named("4-invisible-said", outcome(invisible(), Outcome.INSUFFICIENT)),
        named("5-invisible-guessed", outcome(invisible(), "CONFIDENT", "frontend/network@0.8")),
        named("6-config-gave-up", outcome(truth("payments", "config", "c-8812"),
            Outcome.INSUFFICIENT, "payments/config/c-8812@0.2")));
  }

  static Outcome named(String name, Outcome o) {
    return new Outcome(name, o.truth(), o.answer(), o.elapsedMs());
  }

  @Test
  void acAtKIsTheShareWithTheTruthServiceInTheFirstK() {
    Scorecard card = Scorecard.of(handScored());

    assertThat(card.bundles()).isEqualTo(6);
    assertThat(card.correctAt()).containsExactly(2, 3, 3, 4, 4);
    assertThat(card.ac(1)).isCloseTo(2 / 6.0, within(1e-9));
    assertThat(card.ac(3)).isCloseTo(3 / 6.0, within(1e-9));
    assertThat(card.ac(5)).isCloseTo(4 / 6.0, within(1e-9));
  }

  @Test
  void avgAtFiveIsTheMeanOfAcOneToFive() {
    assertThat(Scorecard.of(handScored()).avg5()).isCloseTo(16 / 30.0, within(1e-9));
  }

  @Test
  void kindAccuracyCountsVisibleHitsAndInvisibleInsufficients() {
    assertThat(Scorecard.of(handScored()).kindAccuracy()).isCloseTo(2 / 6.0, within(1e-9));
  }

  @Test
  void changeAccuracyIsOverBundlesWhoseTruthNamesAChange() {
    Scorecard card = Scorecard.of(handScored());

    assertThat(card.changeApplicable()).isEqualTo(3);
    assertThat(card.changeCorrect()).isEqualTo(1);
    assertThat(card.changeAccuracy()).isCloseTo(1 / 3.0, within(1e-9));
  }

  @Test
  void confidentlyWrongRateIsOverAllBundles() {
    Scorecard card = Scorecard.of(handScored());

    assertThat(card.confidentlyWrong()).isEqualTo(2);
    assertThat(card.wrongRate()).isCloseTo(2 / 6.0, within(1e-9));
  }

  @Test
  void countsEachStatus() {
    Scorecard card = Scorecard.of(handScored());

    assertThat(card.statuses()).containsOnly(
        org.assertj.core.api.Assertions.entry("CONFIDENT", 3),
        org.assertj.core.api.Assertions.entry("NEEDS_REVIEW", 1),
        org.assertj.core.api.Assertions.entry(Outcome.INSUFFICIENT, 2));
  }

  @Test
  void nothingMeasuredIsNotANumberRatherThanZero() {
    Scorecard empty = Scorecard.of(List.of());

    assertThat(empty.ac(1)).isNaN();
    assertThat(empty.changeAccuracy()).isNaN();
  }

  @Test
  void groupsByTruthKindWithInvisibleLast() {
    ScoreSheet sheet = ScoreSheet.of(handScored());

    assertThat(sheet.byKind()).containsOnlyKeys("config", "database", "deploy", "invisible");
    assertThat(List.copyOf(sheet.byKind().keySet()))
        .containsExactly("config", "database", "deploy", "invisible");
    assertThat(sheet.byKind().get("config").bundles()).isEqualTo(2);
    assertThat(sheet.byKind().get("config").ac(1)).isEqualTo(0.5);
    assertThat(sheet.byKind().get("invisible").ac(1)).isEqualTo(0.5);
    assertThat(sheet.byKind().get("invisible").wrongRate()).isEqualTo(0.5);
  }

  @Test
  void listsEveryBundleNotRightOnEveryMeasureAsAMiss() {
    assertThat(ScoreSheet.of(handScored()).misses()).extracting(Outcome::bundle)
        .containsExactly("2-deploy-second", "3-database-fourth", "5-invisible-guessed",
            "6-config-gave-up");
  }
}
