package dev.rca.core.config;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * The {@code investigation} section: how long an investigation and each source may take, and
 * the window of data around the onset.
 *
 * <pre>{@code
 * new InvestigationSettings(Duration.ofSeconds(30), Duration.ofSeconds(10),
 *     Duration.ofMinutes(60), Duration.ofMinutes(15));
 * }</pre>
 *
 * @param timeout the whole investigation's limit ({@code timeout}, default 30 s)
 * @param sourceTimeout each source's limit unless its section sets one ({@code source_timeout},
 *     default 10 s)
 * @param lookBack data before the onset ({@code look_back}, default 60 min)
 * @param lookAhead data after the onset ({@code look_ahead}, default 15 min)
 */
public record InvestigationSettings(
    Duration timeout, Duration sourceTimeout, Duration lookBack, Duration lookAhead) {

  public InvestigationSettings {
    positive(timeout, "timeout");
    positive(sourceTimeout, "sourceTimeout");
    notNegative(lookBack, "lookBack");
    notNegative(lookAhead, "lookAhead");
  }

  public static InvestigationSettings defaults() {
    return new InvestigationSettings(Duration.ofSeconds(30), Duration.ofSeconds(10),
        Duration.ofMinutes(60), Duration.ofMinutes(15));
  }

  static Duration positive(Duration d, String name) {
    requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + DurationSyntax.format(d));
    }
    return d;
  }

  static Duration notNegative(Duration d, String name) {
    requireNonNull(d, name);
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, got " + DurationSyntax.format(d));
    }
    return d;
  }
}
