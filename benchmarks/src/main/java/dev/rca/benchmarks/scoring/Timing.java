package dev.rca.benchmarks.scoring;

import java.util.List;

/**
 * Per-bundle time to a report: total, mean, median, 95th percentile and maximum, in ms.
 * Percentiles are nearest-rank. Bundles whose time is unknown (-1) are left out.
 *
 * <pre>{@code
 * Timing t = Timing.of(outcomes);
 * t.p95Ms();
 * }</pre>
 *
 * @param bundles how many bundles had a known time
 * @param totalMs the sum of their times
 * @param meanMs the mean
 * @param p50Ms the median
 * @param p95Ms the 95th percentile
 * @param maxMs the longest
 */
public record Timing(int bundles, long totalMs, double meanMs, long p50Ms, long p95Ms,
    long maxMs) {

  public static Timing of(List<Outcome> outcomes) {
    long[] times = outcomes.stream().mapToLong(Outcome::elapsedMs).filter(t -> t >= 0)
        .sorted().toArray();
    if (times.length == 0) {
      return new Timing(0, 0, Double.NaN, 0, 0, 0);
    }
    long total = 0;
    for (long t : times) {
      total += t;
    }
    return new Timing(times.length, total, (double) total / times.length,
        nearestRank(times, 0.50), nearestRank(times, 0.95), times[times.length - 1]);
  }

  static long nearestRank(long[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
  }
}
