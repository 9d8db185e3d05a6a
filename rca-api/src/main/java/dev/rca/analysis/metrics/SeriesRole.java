package dev.rca.analysis.metrics;

/**
 * How a recognised series turns into a signal.
 *
 * <p>Counters (type counter, or histogram and summary {@code _count}/{@code _sum}/{@code _bucket}
 * samples, or {@code _total} names of unknown type) become per-second rates first; gauges are
 * taken as they are.
 */
public enum SeriesRole {
  /** Requests, possibly labelled with a status: the service's request rate and, from its 5xx part, its error ratio. */
  REQUESTS,
  /** Errors or failures: their rate over the service's request rate, or the bare rate without one. */
  ERRORS,
  /** The {@code _sum} of a duration histogram or summary: divided by its {@code _count}, the mean. */
  DURATION_SUM,
  /** The {@code _bucket} of a duration histogram: a quantile across the service's buckets. */
  DURATION_BUCKET,
  /** A value taken per series (rate for counters), as a fraction of its limit when a limit rule finds one. */
  LEVEL,
  /** A cumulative count (restarts, OOM kills) compared as a level, summed per service: a rise is the event. */
  CUMULATIVE,
  /** Not a signal by itself: a limit, a companion {@code _count}, a {@code _created} time. */
  IGNORE
}
