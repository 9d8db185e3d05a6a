package dev.rca.benchmarks.scenario.simulation;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How one service deviates from its healthy behaviour from {@link #start} on, reaching full
 * strength after {@link #ramp}.
 *
 * <pre>{@code
 * new Impact("payments", start, Duration.ofSeconds(45), Symptom.POOL_EXHAUSTED, null,
 *     0.25, 12.0, 30, 4, 0.0, null);
 * }</pre>
 *
 * @param upstream the dependency whose failure this service passes on, null for a cause of its own
 * @param errorRatio share of requests that fail on top of the baseline
 * @param latencyFactor multiplies the mean latency (1 for no change)
 * @param poolPending threads waiting for a database connection at full strength
 * @param poolMax the connection pool's new maximum size, 0 when unchanged
 * @param cpuCores CPU added per replica, in cores
 * @param end when the deviation stops, null when it lasts past the window
 * @param trafficFactor multiplies the requests arriving at full strength (1 for no change)
 * @param cycle for a crash loop, the time from one restart to the next kill; zero otherwise
 * @param variant which of several wordings the symptom uses in logs, 0 for the first
 */
public record Impact(
    String service,
    Instant start,
    Duration ramp,
    Symptom symptom,
    @Nullable String upstream,
    double errorRatio,
    double latencyFactor,
    int poolPending,
    int poolMax,
    double cpuCores,
    @Nullable Instant end,
    double trafficFactor,
    Duration cycle,
    int variant) {

  /** A deviation that changes neither traffic nor restarts, in the first wording. */
  public Impact(String service, Instant start, Duration ramp, Symptom symptom,
      @Nullable String upstream, double errorRatio, double latencyFactor, int poolPending,
      int poolMax, double cpuCores, @Nullable Instant end) {
    this(service, start, ramp, symptom, upstream, errorRatio, latencyFactor, poolPending, poolMax,
        cpuCores, end, 1.0, Duration.ZERO, 0);
  }

  public Impact {
    requireNonNull(service, "service");
    requireNonNull(start, "start");
    requireNonNull(ramp, "ramp");
    requireNonNull(symptom, "symptom");
    if (!(errorRatio >= 0 && errorRatio <= 1)) {
      throw new IllegalArgumentException("errorRatio must be in [0, 1]: " + errorRatio);
    }
    if (!(latencyFactor >= 1)) {
      throw new IllegalArgumentException("latencyFactor must be at least 1: " + latencyFactor);
    }
    if (!(trafficFactor >= 0)) {
      throw new IllegalArgumentException("trafficFactor must not be negative: " + trafficFactor);
    }
    requireNonNull(cycle, "cycle");
  }

  /**
   * When requests start to fail: for a leak or a filling disk the resource runs out only at the
   * end of the ramp, while the resource itself deviates from {@link #start} on.
   */
  public Instant failingFrom() {
    return symptom == Symptom.MEMORY_LEAK || symptom == Symptom.DISK_FULL ? start.plus(ramp) : start;
  }

  /** A copy with another traffic factor, cycle and wording. */
  public Impact with(double traffic, Duration crashCycle, int wording) {
    return new Impact(service, start, ramp, symptom, upstream, errorRatio, latencyFactor,
        poolPending, poolMax, cpuCores, end, traffic, crashCycle, wording);
  }

  /** How far the deviation has developed at {@code t}: 0 before the start, 1 once ramped up. */
  public double strength(Instant t) {
    if (t.isBefore(start) || (end != null && !t.isBefore(end))) {
      return 0.0;
    }
    long rampMs = Math.max(1, ramp.toMillis());
    return Math.min(1.0, (double) Duration.between(start, t).toMillis() / rampMs);
  }
}
