package dev.rca.benchmarks.scenario;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How much data a bundle holds around the incident onset and how coarse its metrics are.
 *
 * <pre>{@code
 * SampleWindow.standard();                                        // 60 min before, 15 after, 15 s
 * new SampleWindow(Duration.ofMinutes(15), Duration.ofMinutes(10), Duration.ofSeconds(60));
 * }</pre>
 *
 * @param before data kept before the onset (the earliest alert)
 * @param after data kept after the onset
 * @param step the metric sample interval
 */
public record SampleWindow(Duration before, Duration after, Duration step) {
  public SampleWindow {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    requireNonNull(step, "step");
    if (step.toSeconds() < 1 || step.toNanos() % 1_000_000_000L != 0) {
      throw new IllegalArgumentException("step must be a whole number of seconds: " + step);
    }
    if (before.compareTo(Duration.ofMinutes(6)) < 0) {
      throw new IllegalArgumentException(
          "before must be at least 6 minutes so the fault's start lies inside the window: " + before);
    }
    if (after.compareTo(step) < 0 || after.compareTo(Duration.ofMinutes(1)) < 0) {
      throw new IllegalArgumentException("after must be at least one step and one minute: " + after);
    }
  }

  /** An hour before the onset to 15 minutes after, sampled every 15 s. */
  public static SampleWindow standard() {
    return new SampleWindow(Duration.ofMinutes(60), Duration.ofMinutes(15), Duration.ofSeconds(15));
  }

  /** What a hurried export looks like: 15 minutes before, 10 after, one sample a minute. */
  public static SampleWindow coarse() {
    return new SampleWindow(Duration.ofMinutes(15), Duration.ofMinutes(10), Duration.ofSeconds(60));
  }
}
