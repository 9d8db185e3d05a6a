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

  @Test
  void selectsTheSameMedianAsSorting() {
    SplittableRandom r = new SplittableRandom(11);
    for (int round = 0; round < 2000; round++) {
      double[] x = new double[r.nextInt(1, 600)];
      int kind = round % 4;
      for (int i = 0; i < x.length; i++) {
        x[i] = switch (kind) {
          case 0 -> r.nextInt(3);                       // heavy ties
          case 1 -> r.nextGaussian() * 1e3;             // distinct
          case 2 -> i;                                  // sorted: a lopsided pivot's worst case
          default -> r.nextInt(50) == 0 ? -0.0 : r.nextInt(20) - 10;  // zeros of both signs
        };
      }
      int from = r.nextInt(x.length);
      int to = r.nextInt(from, x.length + 1);
      double[] sorted = Arrays.copyOfRange(x, from, to);
      Arrays.sort(sorted);
      int n = sorted.length;
      double expected = n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
      assertThat(Double.doubleToRawLongBits(RobustStatistics.median(x, from, to)))
          .as("round %d", round).isEqualTo(Double.doubleToRawLongBits(expected));
    }
  }
}
