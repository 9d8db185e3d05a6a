package dev.rca.core.engine;

import dev.rca.api.evidence.ChangeEvent;
import dev.rca.api.model.CauseKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * How suspect a change is for a service's trouble: it must land shortly before that service's own
 * onset; what it touched must be able to hurt (a docs-only merge cannot, a pool cut can); and it
 * is more suspect when what it touched matches what the symptoms say (a pool cut and pool waits).
 * Proximity alone never makes a change guilty: the change's service has to be anomalous itself,
 * which the caller ensures.
 */
final class ChangeSuspicion {
  /** How far before a service's onset a change may land and still be suspected. */
  static final Duration LOOKBACK = Duration.ofMinutes(30);

  private ChangeSuspicion() {}

  /**
   * @param onset the service's own onset
   * @param evidenceKind the kind the service's own evidence points to, UNKNOWN when none
   */
  static double of(ChangeEvent c, Instant onset, CauseKind evidenceKind) {
    return timing(c, onset) * risk(c) * match(c, evidenceKind);
  }

  /** 1 for a change landing just before the onset, fading over ~10 minutes, 0 after the onset. */
  static double timing(ChangeEvent c, Instant onset) {
    long dt = Duration.between(c.at(), onset).toSeconds();
    if (dt < -60 || dt > LOOKBACK.toSeconds()) {
      return 0;
    }
    return Math.exp(-Math.max(0, dt) / 600.0);
  }

  /** From the change's diff reading ({@code risk} attribute); unknown counts as plausible. */
  static double risk(ChangeEvent c) {
    return switch (c.attributes().getOrDefault("risk", "")) {
      case "high" -> 1.0;
      case "medium" -> 0.8;
      case "low" -> 0.15;
      default -> 0.85;
    };
  }

  /**
   * Whether what the change touched fits the fault the evidence shows: a fit strengthens the
   * change, a clear misfit (a TLS change when memory is leaking) weakens it.
   */
  static double match(ChangeEvent c, CauseKind evidenceKind) {
    String touches = c.attributes().getOrDefault("touches", "");
    if (touches.isEmpty() || evidenceKind == CauseKind.UNKNOWN) {
      return 1.0;
    }
    Set<String> fits = switch (evidenceKind) {
      case DATABASE -> Set.of("pool", "query", "timeout", "config");
      case MEMORY, CPU, CAPACITY, DISK -> Set.of("resource", "config", "code");
      case CERTIFICATE -> Set.of("tls", "endpoint", "config");
      case NETWORK -> Set.of("endpoint", "timeout", "retry", "config");
      case EXTERNAL_DEPENDENCY -> Set.of("endpoint", "ratelimit", "timeout", "retry", "config");
      default -> Set.of();
    };
    for (String t : touches.split(",")) {
      if (fits.contains(t.trim())) {
        return 1.1;
      }
    }
    return 0.7;
  }
}
