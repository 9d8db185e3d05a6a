package dev.rca.benchmarks.scoring;

import static java.util.Objects.requireNonNull;

import dev.rca.benchmarks.scoring.ReportAnswer.Candidate;
import java.util.ArrayList;
import java.util.List;

/**
 * How far the top hypothesis's confidence can be trusted: reports binned by that confidence,
 * with the share of each bin whose top service is right, and the key figure, the precision of
 * top hypotheses at confidence 0.75 or more (the default CONFIDENT threshold; the target is 90%).
 *
 * <p>Reports without any hypothesis have no confidence and are left out. On a bundle whose cause
 * is not visible, no top hypothesis counts as right.
 *
 * <pre>{@code
 * Reliability r = Reliability.of(outcomes);
 * r.precisionAtHigh();   // share right among top hypotheses at >= 0.75
 * }</pre>
 *
 * @param bins the five confidence bins, lowest first
 * @param high reports whose top confidence is at least {@link #HIGH}
 */
public record Reliability(List<Bin> bins, Bin high) {
  /** The confidence at which the precision is quoted. */
  public static final double HIGH = 0.75;

  private static final double[] EDGES = {0, 0.35, 0.5, 0.75, 0.9, 1.0};

  public Reliability {
    bins = List.copyOf(bins);
    requireNonNull(high, "high");
  }

  /**
   * One range of top confidence. The upper bound is exclusive, except for the last bin, which
   * includes 1.0.
   *
   * @param from lower bound, inclusive
   * @param to upper bound
   * @param count reports whose top confidence falls in the range
   * @param right of those, the ones whose top service is right
   */
  public record Bin(double from, double to, int count, int right) {
    /** The share right; NaN for an empty bin. */
    public double precision() {
      return count == 0 ? Double.NaN : (double) right / count;
    }

    /** The range as printed, e.g. {@code 0.35-0.5}. */
    public String label() {
      return trim(from) + "-" + trim(to);
    }

    private static String trim(double v) {
      return v == Math.rint(v) ? String.format(java.util.Locale.ROOT, "%.1f", v)
          : String.valueOf(v);
    }
  }

  /** Bins the outcomes' top confidences. */
  public static Reliability of(List<Outcome> outcomes) {
    int[] count = new int[EDGES.length - 1];
    int[] right = new int[EDGES.length - 1];
    int highCount = 0;
    int highRight = 0;
    for (Outcome o : outcomes) {
      Candidate top = o.answer().top();
      if (top == null) {
        continue;
      }
      int bin = binOf(top.confidence());
      count[bin]++;
      boolean ok = o.topServiceRight();
      right[bin] += ok ? 1 : 0;
      if (top.confidence() >= HIGH) {
        highCount++;
        highRight += ok ? 1 : 0;
      }
    }
    List<Bin> bins = new ArrayList<>();
    for (int i = 0; i < count.length; i++) {
      bins.add(new Bin(EDGES[i], EDGES[i + 1], count[i], right[i]));
    }
    return new Reliability(bins, new Bin(HIGH, 1.0, highCount, highRight));
  }

  /** The share right among top hypotheses at confidence {@link #HIGH} or more; NaN when none. */
  public double precisionAtHigh() {
    return high.precision();
  }

  static int binOf(double confidence) {
    for (int i = 1; i < EDGES.length - 1; i++) {
      if (confidence < EDGES[i]) {
        return i - 1;
      }
    }
    return EDGES.length - 2;
  }
}
