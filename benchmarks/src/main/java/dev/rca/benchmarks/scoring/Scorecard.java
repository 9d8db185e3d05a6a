package dev.rca.benchmarks.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The accuracy figures of a set of outcomes (all bundles, or one kind's).
 *
 * <p>With one true root cause per bundle, BARO's AC@k reduces to the share of bundles whose truth
 * service is among the first k hypotheses, and Avg@5 is the mean of AC@1 to AC@5
 * ({@code RCA_PUBLISHED_RESULTS.md}, "Metric definitions").
 *
 * <pre>{@code
 * Scorecard card = Scorecard.of(outcomes);
 * card.ac(1);          // 0.93
 * card.wrongRate();    // 0.0
 * }</pre>
 *
 * @param bundles how many bundles were scored
 * @param correctAt {@code correctAt.get(k - 1)} bundles are right at AC@k, for k = 1 to 5
 * @param kindCorrect bundles whose first hypothesis has the truth service and kind
 * @param changeApplicable bundles whose truth names a change
 * @param changeCorrect of those, the ones whose first hypothesis names it
 * @param confidentlyWrong bundles reported CONFIDENT and wrong
 * @param statuses how many reports had each status, by status name
 */
public record Scorecard(int bundles, List<Integer> correctAt, int kindCorrect, int changeApplicable,
    int changeCorrect, int confidentlyWrong, Map<String, Integer> statuses) {
  /** The deepest k scored: Avg@5 needs AC@1 to AC@5. */
  public static final int DEPTH = 5;

  public Scorecard {
    if (correctAt.size() != DEPTH) {
      throw new IllegalArgumentException("correctAt needs " + DEPTH + " entries");
    }
    correctAt = List.copyOf(correctAt);
    statuses = Map.copyOf(statuses);
  }

  /** Scores the outcomes. */
  public static Scorecard of(List<Outcome> outcomes) {
    int[] at = new int[DEPTH];
    int kind = 0;
    int changeApplicable = 0;
    int change = 0;
    int wrong = 0;
    Map<String, Integer> statuses = new TreeMap<>();
    for (Outcome o : outcomes) {
      for (int k = 1; k <= DEPTH; k++) {
        at[k - 1] += o.correctAt(k) ? 1 : 0;
      }
      kind += o.kindCorrect() ? 1 : 0;
      if (o.changeApplies()) {
        changeApplicable++;
        change += o.changeCorrect() ? 1 : 0;
      }
      wrong += o.confidentlyWrong() ? 1 : 0;
      statuses.merge(o.answer().status(), 1, Integer::sum);
    }
    return new Scorecard(outcomes.size(), Arrays.stream(at).boxed().toList(), kind, changeApplicable, change, wrong, statuses);
  }

  /** AC@k, k from 1 to 5; NaN with no bundles. */
  public double ac(int k) {
    if (k < 1 || k > DEPTH) {
      throw new IllegalArgumentException("k must be 1 to " + DEPTH + ", was " + k);
    }
    return share(correctAt.get(k - 1), bundles);
  }

  /** Avg@5: the mean of AC@1 to AC@5. */
  public double avg5() {
    double sum = 0;
    for (int k = 1; k <= DEPTH; k++) {
      sum += ac(k);
    }
    return sum / DEPTH;
  }

  public double kindAccuracy() {
    return share(kindCorrect, bundles);
  }

  /** Change accuracy over the bundles whose truth names a change; NaN when none does. */
  public double changeAccuracy() {
    return share(changeCorrect, changeApplicable);
  }

  public double wrongRate() {
    return share(confidentlyWrong, bundles);
  }

  /** How many reports had this status. */
  public int status(String name) {
    return statuses.getOrDefault(name, 0);
  }

  private static double share(int part, int whole) {
    return whole == 0 ? Double.NaN : (double) part / whole;
  }
}
