package dev.rca.analysis.metrics.onset;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * Where a series left its baseline level: the first sample of the shifted regime.
 *
 * <pre>{@code
 * Optional<Onset> onset = ChangePointDetector.ofDefaults().detect(times, values, alertOnset, window);
 * onset.ifPresent(o -> System.out.println(o.at() + " " + o.baseline() + " -> " + o.observed()));
 * }</pre>
 *
 * @param at the time of the first sample of the new regime
 * @param baseline the median before {@code at}
 * @param observed the median from {@code at} on
 * @param score the shift over a robust scale of the baseline's noise (MAD-based, floored)
 */
public record Onset(Instant at, double baseline, double observed, double score, Direction direction) {

  /** Which way the level moved. */
  public enum Direction {
    UP,
    DOWN
  }

  public Onset {
    requireNonNull(at, "at");
    requireNonNull(direction, "direction");
  }
}
