package dev.rca.analysis.metrics.onset;

import static dev.rca.analysis.metrics.onset.RobustStatistics.MAD_TO_SIGMA;
import static dev.rca.analysis.metrics.onset.RobustStatistics.MEAN_DEVIATION_TO_SIGMA;
import static dev.rca.analysis.metrics.onset.RobustStatistics.mad;
import static dev.rca.analysis.metrics.onset.RobustStatistics.meanDeviation;
import static dev.rca.analysis.metrics.onset.RobustStatistics.median;
import static java.util.Objects.requireNonNull;

import dev.rca.api.model.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Finds the single most credible level change of a series within a window, robustly.
 *
 * <p>The method, in three steps, works on whatever history the window holds (an hour at 15 s or
 * a dozen samples at 60 s); nothing assumes a fixed look-back:
 * <ol>
 *   <li><b>Where.</b> A rank-sum (Mann-Whitney) statistic, standardised with the tie correction,
 *       is computed for every split point leaving at least the minimum segment on each side; the
 *       split maximising it is the candidate. Ranks make it indifferent to outliers and scale.
 *   <li><b>Whether.</b> The candidate must pass two gates: the rank statistic's z, and an effect
 *       size: the shift of medians over a robust scale of the segment before the split (MAD, the
 *       mean absolute deviation and a small relative floor, whichever is largest). A slow drift
 *       maximises the rank statistic in the middle of the window where the earlier half's own
 *       spread is about as large as the shift, so it fails the effect-size gate; noise fails both.
 *   <li><b>When exactly.</b> The onset is refined with Page's CUSUM of clipped, standardised
 *       deviations from the baseline median: its last zero before it alarms is where the shifted
 *       regime starts (for a ramp, the start of the ramp rather than its middle).
 * </ol>
 * A change must still hold from the alert onset on (at least half of the shift), so a blip that
 * recovered long before the incident is ignored, while a change that began before the alert
 * (alerts lag by minutes) is found.
 *
 * <pre>{@code
 * ChangePointDetector detector = ChangePointDetector.builder().minScore(5).build();
 * Optional<Onset> onset = detector.detect(times, values, alertOnset, window);
 * }</pre>
 */
public final class ChangePointDetector {
  private static final double CUSUM_CLIP = 3.0;
  private static final double CUSUM_REFERENCE = 0.5;
  private static final double CUSUM_ALARM = 4.0;
  private static final double CUSUM_FIRST_SAMPLE = 1.5;
  /**
   * The share of the level reached at the split that the samples between a gradual onset and
   * the split have covered: about half for a ramp, nothing for a noise bump before a step.
   */
  private static final double RAMP_PROGRESS = 0.2;
  private static final int STEP_AGREEMENT = 2;
  private static final double RELATIVE_SCALE_FLOOR = 0.005;
  private static final double PERSISTENCE = 0.5;

  private final int minSegmentSamples;
  private final Duration minSegmentDuration;
  private final double minScore;
  private final double minRankZ;

  private ChangePointDetector(Builder b) {
    this.minSegmentSamples = b.minSegmentSamples;
    this.minSegmentDuration = b.minSegmentDuration;
    this.minScore = b.minScore;
    this.minRankZ = b.minRankZ;
  }

  /** Segments of at least 4 samples and 2 minutes, score at least 5, rank z at least 2.5. */
  public static ChangePointDetector ofDefaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The onset of the level change in the samples inside {@code window}, if one stands out.
   * Non-finite values are skipped.
   *
   * @param timestamps strictly increasing epoch milliseconds
   * @param alertOnset when the incident was noticed; the change must persist from there on
   */
  public Optional<Onset> detect(long[] timestamps, double[] values, Instant alertOnset,
      TimeWindow window) {
    requireNonNull(alertOnset, "alertOnset");
    requireNonNull(window, "window");
    long from = window.from().toEpochMilli();
    long to = window.to().toEpochMilli();
    int count = 0;
    for (int i = 0; i < timestamps.length; i++) {
      if (timestamps[i] >= from && timestamps[i] < to && Double.isFinite(values[i])) {
        count++;
      }
    }
    long[] t = new long[count];
    double[] x = new double[count];
    int j = 0;
    for (int i = 0; i < timestamps.length; i++) {
      if (timestamps[i] >= from && timestamps[i] < to && Double.isFinite(values[i])) {
        t[j] = timestamps[i];
        x[j++] = values[i];
      }
    }
    return detectIn(t, x, alertOnset.toEpochMilli());
  }

  private Optional<Onset> detectIn(long[] t, double[] x, long alertOnset) {
    int n = x.length;
    int m = minSegment(t);
    if (n < 2 * m) {
      return Optional.empty();
    }
    int split = rankSplit(x, m);
    if (split < 0) {
      return Optional.empty();
    }
    split = sharpenSplit(x, split, m);
    double base = median(x, 0, split);
    double obs = median(x, split, n);
    if (Math.abs(obs - base) / scale(x, 0, split, base, obs) < minScore) {
      return Optional.empty();
    }
    Onset.Direction dir = obs > base ? Onset.Direction.UP : Onset.Direction.DOWN;
    // The segment before the split may hold the start of a ramp, which biases its median and
    // spread; each pass re-estimates them from the samples before the previous onset.
    int onset = split;
    for (int pass = 0; pass < 3; pass++) {
      double b = median(x, 0, onset);
      int next = cusumOnset(x, b, cusumScale(x, 0, onset, b, obs), dir, m, split);
      if (next == onset) {
        break;
      }
      onset = next;
    }
    double baseline = median(x, 0, onset);
    double observed = median(x, onset, n);
    double score = Math.abs(observed - baseline) / scale(x, 0, onset, baseline, observed);
    if (score < minScore || (observed > baseline) != (dir == Onset.Direction.UP)) {
      return Optional.empty();
    }
    if (!persistsThroughIncident(t, x, onset, alertOnset, m, baseline, observed)) {
      return Optional.empty();
    }
    return Optional.of(new Onset(Instant.ofEpochMilli(t[onset]), baseline, observed, score, dir));
  }

  private int minSegment(long[] t) {
    if (t.length < 2) {
      return minSegmentSamples;
    }
    long step = Math.max(1, (t[t.length - 1] - t[0]) / (t.length - 1));
    long byDuration = (minSegmentDuration.toMillis() + step - 1) / step;
    return (int) Math.max(minSegmentSamples, Math.min(byDuration, Integer.MAX_VALUE));
  }

  /** The split maximising the standardised rank-sum statistic, or -1 when it is too weak. */
  private int rankSplit(double[] x, int m) {
    int n = x.length;
    double[] tieTerm = new double[1];
    double[] ranks = RobustStatistics.midRanks(x, tieTerm);
    double varianceFactor = (n + 1) - tieTerm[0] / ((double) n * (n - 1));
    if (varianceFactor <= 1e-12) {
      return -1; // every value equal
    }
    double rankSum = 0;
    double bestZ = 0;
    int best = -1;
    for (int k = 1; k <= n - m; k++) {
      rankSum += ranks[k - 1];
      if (k < m) {
        continue;
      }
      double u = rankSum - k * (k + 1) / 2.0;
      double mean = k * (double) (n - k) / 2.0;
      double sd = Math.sqrt(k * (double) (n - k) * varianceFactor / 12.0);
      double z = Math.abs(u - mean) / sd;
      if (z > bestZ + 1e-12) {
        bestZ = z;
        best = k;
      }
    }
    return bestZ >= minRankZ ? best : -1;
  }

  /**
   * Ranks cannot tell where a step lies among samples on the same side of every other value, and
   * the standardised statistic then favours the more balanced split; the two-segment absolute
   * deviation from the segments' medians settles the step's position near the rank split.
   */
  private static int sharpenSplit(double[] x, int split, int m) {
    int n = x.length;
    int best = split;
    double bestCost = Double.POSITIVE_INFINITY;
    for (int k = Math.max(m, split - m); k <= Math.min(n - m, split + m); k++) {
      double cost = RobustStatistics.absoluteDeviation(x, 0, k)
          + RobustStatistics.absoluteDeviation(x, k, n);
      if (cost < bestCost - 1e-12 * Math.abs(cost)) {
        bestCost = cost;
        best = k;
      }
    }
    return best;
  }

  /**
   * The noise scale of the baseline segment: the largest of the MAD and the mean absolute
   * deviation (both scaled to a normal sigma) and a small fraction of the level, so a baseline
   * that happens to be perfectly flat does not make any shift infinitely significant.
   */
  private static double scale(double[] x, int from, int to, double base, double obs) {
    double byMad = MAD_TO_SIGMA * mad(x, from, to, base);
    double byMean = MEAN_DEVIATION_TO_SIGMA * meanDeviation(x, from, to, base);
    double floor = RELATIVE_SCALE_FLOOR * Math.max(Math.abs(base), Math.abs(obs));
    return Math.max(Math.max(byMad, byMean), Math.max(floor, 1e-12));
  }

  /** The MAD alone, robust to a ramp's start inside the segment; the full scale when it is zero. */
  private static double cusumScale(double[] x, int from, int to, double base, double obs) {
    double byMad = MAD_TO_SIGMA * mad(x, from, to, base);
    return byMad > 0 ? byMad : scale(x, from, to, base, obs);
  }

  /**
   * Page's one-sided CUSUM of clipped, standardised deviations from {@code base}, with a
   * reference of half a sigma: the onset is its last zero before it first alarms at or after
   * the split. For a step that is the step; for a ramp it is where the climb began, which a
   * split between two medians would place in the ramp's middle.
   */
  private static int cusumOnset(double[] x, double base, double scale, Onset.Direction dir,
      int m, int split) {
    double sign = dir == Onset.Direction.UP ? 1 : -1;
    double c = 0;
    int lastZero = 0;
    for (int i = 0; i < x.length; i++) {
      double d = sign * (x[i] - base) / scale;
      c = Math.max(0, c + Math.max(-CUSUM_CLIP, Math.min(CUSUM_CLIP, d)) - CUSUM_REFERENCE);
      if (c == 0) {
        lastZero = i + 1;
      } else if (i >= split && c > CUSUM_ALARM) {
        break;
      }
    }
    int onset = Math.max(m, Math.min(lastZero, split));
    // A noise sample above the reference can make the CUSUM leave zero a sample or two early.
    // When it agrees with the rank split that closely the change is a step, and the split,
    // which weighs both sides, places a step best; otherwise it is gradual and the first sample
    // that clearly left the baseline starts it.
    if (split - onset <= STEP_AGREEMENT) {
      return split;
    }
    // "Clearly" means beyond 1.5 sigma and beyond what the baseline itself reached 95 % of the
    // time: quantised baselines (pool waits of 0 or 1) would otherwise pass for the change.
    double usual = sign * (RobustStatistics.quantile(x, 0, onset, sign > 0 ? 0.95 : 0.05) - base);
    double clear = Math.max(CUSUM_FIRST_SAMPLE * scale, usual);
    while (onset < split && sign * (x[onset] - base) <= clear) {
      onset++;
    }
    // A lone noise sample beyond "clear" is no start either: from a real start on, the stretch up
    // to the split has already moved part of the way (a ramp's lower half); after a bump it has
    // not, its median still sits on the baseline.
    double step = Math.abs(median(x, split, Math.min(x.length, split + m)) - base);
    while (onset < split && sign * (median(x, onset, split) - base) < RAMP_PROGRESS * step) {
      onset++;
    }
    return onset;
  }

  /** The samples from the alert onset on (at least the last segment) still carry the shift. */
  private static boolean persistsThroughIncident(long[] t, double[] x, int onset, long alertOnset,
      int m, double baseline, double observed) {
    int n = x.length;
    int tail = n - m;
    for (int i = 0; i < n; i++) {
      if (t[i] >= alertOnset) {
        tail = Math.min(i, n - m);
        break;
      }
    }
    tail = Math.max(tail, onset);
    double late = median(x, tail, n);
    double shift = observed - baseline;
    return (late - baseline) * Math.signum(shift) >= PERSISTENCE * Math.abs(shift);
  }

  /** Configures a detector; every setter validates its argument. */
  public static final class Builder {
    private int minSegmentSamples = 4;
    private Duration minSegmentDuration = Duration.ofMinutes(2);
    private double minScore = 5.0;
    private double minRankZ = 2.5;

    private Builder() {}

    /** The fewest samples either side of a change (at least 2). */
    public Builder minSegmentSamples(int samples) {
      if (samples < 2) {
        throw new IllegalArgumentException("minSegmentSamples must be at least 2: " + samples);
      }
      minSegmentSamples = samples;
      return this;
    }

    /** The shortest time either side of a change; the segment is the larger of this and the sample count. */
    public Builder minSegmentDuration(Duration duration) {
      if (requireNonNull(duration, "minSegmentDuration").isNegative()) {
        throw new IllegalArgumentException("minSegmentDuration must not be negative: " + duration);
      }
      minSegmentDuration = duration;
      return this;
    }

    /** The smallest shift, in units of the baseline's robust scale, that counts as a change. */
    public Builder minScore(double score) {
      if (!(score > 0)) {
        throw new IllegalArgumentException("minScore must be positive: " + score);
      }
      minScore = score;
      return this;
    }

    /** The smallest standardised rank-sum statistic that counts as a change. */
    public Builder minRankZ(double z) {
      if (!(z >= 0)) {
        throw new IllegalArgumentException("minRankZ must not be negative: " + z);
      }
      minRankZ = z;
      return this;
    }

    public ChangePointDetector build() {
      return new ChangePointDetector(this);
    }
  }
}
