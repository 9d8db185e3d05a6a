package dev.rca.benchmarks.scenario.simulation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A rolling restart: pods are replaced one at a time, so available replicas dip briefly and
 * new pods log their start-up.
 *
 * <pre>{@code
 * new Rollout("cart", at, "1.7.4", "1.8.0");
 * }</pre>
 */
public record Rollout(String service, Instant at, String fromVersion, String toVersion) {
  public Rollout {
    requireNonNull(service, "service");
    requireNonNull(at, "at");
    requireNonNull(fromVersion, "fromVersion");
    requireNonNull(toVersion, "toVersion");
  }
}
