package dev.rca.api.model;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * A half-open interval of time {@code [from, to)}.
 *
 * <pre>{@code
 * TimeWindow window = TimeWindow.around(onset, Duration.ofMinutes(60), Duration.ofMinutes(15));
 * }</pre>
 */
public record TimeWindow(Instant from, Instant to) {
  public TimeWindow {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("window ends (" + to + ") before it starts (" + from + ")");
    }
  }

  /** The window from {@code before} ahead of {@code instant} to {@code after} past it. */
  public static TimeWindow around(Instant instant, Duration before, Duration after) {
    return new TimeWindow(instant.minus(before), instant.plus(after));
  }

  public boolean contains(Instant instant) {
    return !instant.isBefore(from) && instant.isBefore(to);
  }

  public Duration length() {
    return Duration.between(from, to);
  }
}
