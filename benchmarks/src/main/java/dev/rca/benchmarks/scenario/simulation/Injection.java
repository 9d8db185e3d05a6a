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
 */
public record Injection(Impact culprit, List<ChangeRecord> changes, List<Rollout> rollouts) {
  public Injection {
    requireNonNull(culprit, "culprit");
    changes = List.copyOf(changes);
    rollouts = List.copyOf(rollouts);
  }
}
