package dev.rca.benchmarks.scale;

import java.util.SplittableRandom;

/**
 * One labelled metric of a scale bundle and how it moves: a counter, a gauge, a Micrometer-style
 * summary ({@code _count}/{@code _sum}) or a histogram ({@code _bucket}/{@code _count}/{@code _sum}),
 * each writing its samples for one timestamp at a time and keeping only its running totals.
 * After the fault starts a series may change by a factor ({@code faultFactor}): more requests
 * or errors for a counter, a higher level for a gauge, slower requests for a histogram.
 *
 * <pre>{@code
 * ScaleSeries s = new ScaleSeries.Counter(family, "service=\"cart\",code=\"200\"", 12.5, 1);
 * s.point(sb, epochSeconds, 15, false, random);
 * }</pre>
 */
sealed interface ScaleSeries {
  /** A metric family: name, OpenMetrics type and help text. */
  record Family(String name, String type, String help) {}

  Family family();

  /** How many series (distinct label sets, buckets included) this writes. */
  int series();

  /** Appends this metric's sample lines at {@code epochSeconds}. */
  void point(StringBuilder out, long epochSeconds, int step, boolean broken, SplittableRandom r);

  /** A monotonic counter: {@code rate} per second, times {@code faultFactor} once broken. */
  final class Counter implements ScaleSeries {
    private final Family family;
    private final String labels;
    private final double rate;
    private final double faultFactor;
    private double value;

    Counter(Family family, String labels, double rate, double faultFactor) {
      this.family = family;
      this.labels = labels;
      this.rate = rate;
      this.faultFactor = faultFactor;
      this.value = rate * 3_600 * 24;
    }

    @Override
    public Family family() {
      return family;
    }

    @Override
    public int series() {
      return 1;
    }

    @Override
    public void point(StringBuilder out, long epochSeconds, int step, boolean broken, SplittableRandom r) {
      value += Math.max(0, rate * step * (broken ? faultFactor : 1) * (1 + 0.1 * r.nextGaussian()));
      sample(out, family.name() + "_total", labels, Math.rint(value * 1000) / 1000, epochSeconds);
    }
  }

  /** A gauge around {@code level}, times {@code faultFactor} once broken. */
  final class Gauge implements ScaleSeries {
    private final Family family;
    private final String labels;
    private final double level;
    private final double faultFactor;
    private final boolean whole;

    Gauge(Family family, String labels, double level, double faultFactor, boolean whole) {
      this.family = family;
      this.labels = labels;
      this.level = level;
      this.faultFactor = faultFactor;
      this.whole = whole;
    }

    @Override
    public Family family() {
      return family;
    }

    @Override
    public int series() {
      return 1;
    }

    @Override
    public void point(StringBuilder out, long epochSeconds, int step, boolean broken, SplittableRandom r) {
      double v = Math.max(0, level * (broken ? faultFactor : 1) * (1 + 0.05 * r.nextGaussian()));
      sample(out, family.name(), labels, whole ? Math.rint(v) : Math.rint(v * 10_000) / 10_000, epochSeconds);
    }
  }

  /**
   * Requests with log-normal latency: a histogram over {@code bounds} or, with no bounds, a
   * Micrometer summary of {@code _count} and {@code _sum} only.
   */
  final class Latency implements ScaleSeries {
    private static final double SIGMA = 0.6;
    private final Family family;
    private final String labels;
    private final double rate;
    private final double rateFactor;
    private final double median;
    private final double slowdown;
    private final double[] bounds;
    private final String[] bucketLabels;
    private final double[] buckets;
    private double count;
    private double sum;

    Latency(Family family, String labels, double rate, double rateFactor, double median, double slowdown,
        double[] bounds) {
      this.family = family;
      this.labels = labels;
      this.rate = rate;
      this.rateFactor = rateFactor;
      this.median = median;
      this.slowdown = slowdown;
      this.bounds = bounds;
      this.buckets = new double[bounds.length];
      this.bucketLabels = new String[bounds.length + 1];
      for (int i = 0; i < bounds.length; i++) {
        bucketLabels[i] = labels + ",le=\"" + bounds[i] + "\"";
      }
      bucketLabels[bounds.length] = labels + ",le=\"+Inf\"";
    }

    @Override
    public Family family() {
      return family;
    }

    @Override
    public int series() {
      return bounds.length == 0 ? 2 : bounds.length + 3;
    }

    @Override
    public void point(StringBuilder out, long epochSeconds, int step, boolean broken, SplittableRandom r) {
      double n = Math.max(0, Math.rint(rate * step * (1 + 0.1 * r.nextGaussian())));
      double med = median * (broken ? slowdown : 1) * (1 + 0.05 * r.nextGaussian());
      double mu = Math.log(med);
      count += n;
      sum += n * med * Math.exp(SIGMA * SIGMA / 2);
      String name = family.name();
      for (int i = 0; i < bounds.length; i++) {
        buckets[i] += Math.rint(n * normalCdf((Math.log(bounds[i]) - mu) / SIGMA));
        sample(out, name + "_bucket", bucketLabels[i], Math.min(buckets[i], count), epochSeconds);
      }
      if (bounds.length > 0) {
        sample(out, name + "_bucket", bucketLabels[bounds.length], count, epochSeconds);
      }
      sample(out, name + "_count", labels, count, epochSeconds);
      sample(out, name + "_sum", labels, Math.rint(sum * 1000) / 1000, epochSeconds);
    }

    /** Abramowitz and Stegun 7.1.26: four digits are plenty for synthetic buckets. */
    static double normalCdf(double z) {
      double x = Math.abs(z) / Math.sqrt(2);
      double t = 1 / (1 + 0.3275911 * x);
      double erf = 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027
          + t * 1.061405429)))) * Math.exp(-x * x);
      return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }
  }

  private static void sample(StringBuilder out, String name, String labels, double value, long epochSeconds) {
    out.append(name).append('{').append(labels).append("} ");
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      out.append((long) value);
    } else {
      out.append(value);
    }
    out.append(' ').append(epochSeconds).append('\n');
  }
}
