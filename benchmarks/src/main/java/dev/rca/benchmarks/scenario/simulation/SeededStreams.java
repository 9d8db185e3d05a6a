package dev.rca.benchmarks.scenario.simulation;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Independent random streams derived from one seed, one per purpose. Deriving by name rather
 * than splitting in call order keeps a bundle's logs identical when, say, the trace writer starts
 * drawing more numbers.
 *
 * <pre>{@code
 * RandomGenerator rnd = new SeededStreams(42).stream("logs/payments");
 * }</pre>
 */
public record SeededStreams(long seed) {

  /** A stream for {@code purpose}; the same seed and purpose always give the same numbers. */
  public RandomGenerator stream(String purpose) {
    long h = 1125899906842597L;
    for (int i = 0; i < purpose.length(); i++) {
      h = 31 * h + purpose.charAt(i);
    }
    return new SplittableRandom(mix(seed ^ mix(h)));
  }

  /** A Poisson-distributed count with mean {@code lambda}, exact for small means. */
  public static int poisson(RandomGenerator rnd, double lambda) {
    if (lambda <= 0) {
      return 0;
    }
    if (lambda > 30) {
      return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * rnd.nextGaussian()));
    }
    double limit = Math.exp(-lambda);
    double p = rnd.nextDouble();
    int k = 0;
    while (p > limit) {
      p *= rnd.nextDouble();
      k++;
    }
    return k;
  }

  /** {@code n} lower-case hex digits. */
  public static String hex(RandomGenerator rnd, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(Character.forDigit(rnd.nextInt(16), 16));
    }
    return sb.toString();
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
