package dev.rca.benchmarks.scenario;

/**
 * How much telemetry a bundle holds; the example bundles keep it small, benchmark bundles raise it.
 *
 * <pre>{@code
 * Volume.sparse();                 // about a megabyte per bundle
 * new Volume(120.0, 20.0, 600.0);  // busier: ~10^5 log lines over 75 minutes
 * }</pre>
 *
 * @param logLinesPerMinute ordinary lines per service per minute when healthy
 * @param tracesPerMinute sampled healthy traces per minute (errored traces are always kept on top)
 * @param maxErrorLinesPerMinute the cap on error lines per service per minute during the incident
 */
public record Volume(double logLinesPerMinute, double tracesPerMinute, double maxErrorLinesPerMinute) {
  public Volume {
    if (!(logLinesPerMinute >= 0 && tracesPerMinute >= 0 && maxErrorLinesPerMinute >= 0)) {
      throw new IllegalArgumentException("volumes must not be negative: " + logLinesPerMinute
          + ", " + tracesPerMinute + ", " + maxErrorLinesPerMinute);
    }
  }

  /** A few thousand log lines and about a hundred traces per bundle. */
  public static Volume sparse() {
    return new Volume(4.0, 0.3, 10.0);
  }
}
