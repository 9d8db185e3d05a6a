package dev.rca.benchmarks.scenario.simulation;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a fault puts into the system: the culprit's own deviation and the changes and rollouts
 * that caused or accompanied it.
 *
 * <pre>{@code
 * new Injection(impact, List.of(mergedConfigChange), List.of());
 * }</pre>
 *
 * @param side deviations of other services that the fault causes directly rather than through
 *     calls (a callee losing traffic, the edge's surge, neighbours slowing down)
 */
public record Injection(Impact culprit, List<ChangeRecord> changes, List<Rollout> rollouts,
    List<Impact> side) {
  public Injection {
    requireNonNull(culprit, "culprit");
    changes = List.copyOf(changes);
    rollouts = List.copyOf(rollouts);
    side = List.copyOf(side);
  }

  /** An injection without side effects on other services. */
  public Injection(Impact culprit, List<ChangeRecord> changes, List<Rollout> rollouts) {
    this(culprit, changes, rollouts, List.of());
  }
}
