package dev.rca.analysis.metrics.onset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RobustStatisticsTest {
  @Test
  void ordersIndicesLikeAStableSortOfBoxedIndices() {
    SplittableRandom r = new SplittableRandom(7);
    double[] specials = {Double.NaN, -0.0, 0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    for (int round = 0; round < 200; round++) {
      double[] x = new double[r.nextInt(1, 400)];
      for (int i = 0; i < x.length; i++) {
        x[i] = r.nextInt(10) == 0 ? specials[r.nextInt(specials.length)] : r.nextInt(1 + round % 30);
      }
      Integer[] boxed = new Integer[x.length];
      for (int i = 0; i < x.length; i++) {
        boxed[i] = i;
      }
      Arrays.sort(boxed, (a, b) -> Double.compare(x[a], x[b]));
      assertThat(RobustStatistics.sortedOrder(x)).containsExactly(Arrays.stream(boxed).mapToInt(i -> i).toArray());
    }
  }

  @Test
  void givesTiesTheMeanOfTheirRanks() {
    double[] tie = new double[1];
    assertThat(RobustStatistics.midRanks(new double[] {5, 1, 5, 3}, tie)).containsExactly(3.5, 1, 3.5, 2);
    assertThat(tie[0]).isEqualTo(6);
  }
}
