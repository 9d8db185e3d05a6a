package dev.rca.benchmarks.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReliabilityTest {
  @Test
  void binsByTopConfidenceAndCountsTopServiceRight() {
    Reliability r = Reliability.of(ScorecardTest.handScored());

    assertThat(r.bins()).extracting(Reliability.Bin::label)
        .containsExactly("0.0-0.35", "0.35-0.5", "0.5-0.75", "0.75-0.9", "0.9-1.0");
    // 1: 0.9 right; 2: 0.6 wrong; 3: 0.8 wrong; 4: no hypothesis; 5: 0.8 on an invisible cause;
    // 6: 0.2 right service although the report gave up.
    assertThat(r.bins()).extracting(Reliability.Bin::count).containsExactly(1, 0, 1, 2, 1);
    assertThat(r.bins()).extracting(Reliability.Bin::right).containsExactly(1, 0, 0, 0, 1);
  }

  @Test
  void precisionAtHighConfidenceCountsEveryTopAtOrAboveThreeQuarters() {
    Reliability r = Reliability.of(ScorecardTest.handScored());

    assertThat(r.high().count()).isEqualTo(3);
    assertThat(r.high().right()).isEqualTo(1);
    assertThat(r.precisionAtHigh()).isEqualTo(1 / 3.0);
  }

  @Test
  void lowerEdgesBelongToTheirBinAndOnePointZeroToTheLast() {
    assertThat(Reliability.binOf(0.0)).isZero();
    assertThat(Reliability.binOf(0.3499)).isZero();
    assertThat(Reliability.binOf(0.35)).isEqualTo(1);
    assertThat(Reliability.binOf(0.75)).isEqualTo(3);
    assertThat(Reliability.binOf(0.9)).isEqualTo(4);
    assertThat(Reliability.binOf(1.0)).isEqualTo(4);
  }

  @Test
  void noHighConfidenceAnswerLeavesPrecisionUnmeasured() {
    assertThat(Reliability.of(List.of()).precisionAtHigh()).isNaN();
  }
}
