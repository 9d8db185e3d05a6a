package dev.rca.benchmarks.loghub;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Grouping accuracy and pairwise F1 of a parse against ground truth, as the logparser evaluator
 * computes them: rows are aligned by position, rows whose truth is null are dropped, a parsed
 * cluster counts only if it equals a ground-truth cluster exactly (same lines, no more, no fewer),
 * and GA is the share of lines in such clusters.
 *
 * <pre>{@code
 * GroupingScore s = GroupingScore.of(new int[] {0, 0, 1}, Arrays.asList("E1", "E1", "E2"));
 * s.accuracy();   // 1.0
 * }</pre>
 *
 * @param accuracy grouping accuracy (GA), line-weighted, within [0, 1]
 * @param f1 pairwise-clustering F1 over pairs of lines, within [0, 1]
 * @param lines the lines scored (those with a ground truth)
 */
public record GroupingScore(double accuracy, double f1, int lines) {

  /** Scores {@code parsed[i]} (a cluster id per line) against {@code truth.get(i)}. */
  public static GroupingScore of(int[] parsed, List<@Nullable String> truth) {
    int n = Math.min(parsed.length, truth.size());
    Map<Integer, Map<String, Integer>> overlap = new HashMap<>();
    Map<String, Integer> truthSizes = new HashMap<>();
    int lines = 0;
    for (int i = 0; i < n; i++) {
      String g = truth.get(i);
      if (g == null) {
        continue;
      }
      lines++;
      truthSizes.merge(g, 1, Integer::sum);
      overlap.computeIfAbsent(parsed[i], k -> new HashMap<>()).merge(g, 1, Integer::sum);
    }
    if (lines == 0) {
      return new GroupingScore(0, 0, 0);
    }
    long accurate = 0;
    double parsedPairs = 0;
    double accuratePairs = 0;
    for (Map<String, Integer> byTruth : overlap.values()) {
      int size = 0;
      for (int c : byTruth.values()) {
        size += c;
        accuratePairs += pairs(c);
      }
      parsedPairs += pairs(size);
      if (byTruth.size() == 1) {
        Map.Entry<String, Integer> only = byTruth.entrySet().iterator().next();
        if (truthSizes.get(only.getKey()).intValue() == size) {
          accurate += size;
        }
      }
    }
    double realPairs = 0;
    for (int c : truthSizes.values()) {
      realPairs += pairs(c);
    }
    double precision = parsedPairs == 0 ? 0 : accuratePairs / parsedPairs;
    double recall = realPairs == 0 ? 0 : accuratePairs / realPairs;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new GroupingScore((double) accurate / lines, f1, lines);
  }

  private static double pairs(int n) {
    return n * (n - 1.0) / 2;
  }
}
