package dev.rca.benchmarks.loghub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GroupingScoreTest {

  @Test
  void countsOnlyClustersThatEqualAGroundTruthClusterExactly() {
    // E1 is split across clusters 0 and 1, so none of its 3 lines count; E2 equals cluster 2
    int[] parsed = {0, 0, 1, 2, 2};
    GroupingScore s = GroupingScore.of(parsed, Arrays.asList("E1", "E1", "E1", "E2", "E2"));
    assertThat(s.accuracy()).isCloseTo(2.0 / 5, within(1e-12));
    assertThat(s.lines()).isEqualTo(5);
  }

  @Test
  void aClusterMixingTwoTruthsCountsForNeither() {
    int[] parsed = {0, 0, 0, 1};
    GroupingScore s = GroupingScore.of(parsed, Arrays.asList("E1", "E1", "E2", "E3"));
    assertThat(s.accuracy()).isCloseTo(1.0 / 4, within(1e-12));
  }

  @Test
  void dropsRowsWithoutTruthAndKeepsPositionalAlignment() {
    int[] parsed = {0, 7, 0, 1};
    GroupingScore s = GroupingScore.of(parsed, Arrays.asList("E1", null, "E1", "E2"));
    assertThat(s.accuracy()).isEqualTo(1.0);
    assertThat(s.lines()).isEqualTo(3);
    assertThat(s.f1()).isEqualTo(1.0);
  }

  @Test
  void pairwiseF1FollowsTheEvaluatorsPairCounts() {
    // truth pairs: C(3,2)+C(1,2)=3; parsed pairs: C(2,2)+C(2,2)=2; accurate pairs: 1 (lines 0,1)
    int[] parsed = {0, 0, 1, 1};
    GroupingScore s = GroupingScore.of(parsed, Arrays.asList("E1", "E1", "E1", "E2"));
    double precision = 1.0 / 2;
    double recall = 1.0 / 3;
    assertThat(s.f1()).isCloseTo(2 * precision * recall / (precision + recall), within(1e-12));
    assertThat(s.accuracy()).isEqualTo(0.0);
  }
}
