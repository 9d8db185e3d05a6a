package dev.rca.benchmarks.scale;

/**
 * How big a scale bundle is: total log lines, metric series and traces, and the seed that makes
 * the content repeatable.
 *
 * <pre>{@code
 * ScaleShape shape = new ScaleShape(1_000_000, 5_000, 2_000, 42);
 * }</pre>
 */
public record ScaleShape(long logLines, int series, int traces, long seed) {
  public ScaleShape {
    if (logLines < 0 || series < 0 || traces < 0) {
      throw new IllegalArgumentException("sizes must not be negative: " + logLines + " lines, "
          + series + " series, " + traces + " traces");
    }
  }

  /** The target shape: 10^6 lines, 5,000 series, 2,000 traces. */
  public static ScaleShape target(long seed) {
    return new ScaleShape(1_000_000, 5_000, 2_000, seed);
  }
}
