package dev.rca.benchmarks.scenario.simulation;

import dev.rca.benchmarks.scenario.ScenarioSpec;
import dev.rca.benchmarks.scenario.system.ServiceProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Contended hosts (a noisy neighbour, CPU steal the bundle holds no metric for): two or three
 * unrelated services slow down at the same moment, none saturates anything it exports, nothing
 * changed. No single cause is visible.
 */
final class NeighbourSlowdownInjector implements FaultInjector {
  @Override
  public Injection inject(ScenarioSpec spec, Instant faultStart, RandomGenerator rnd) {
    Impact first = slow(spec.fault().service(), faultStart, rnd);
    List<ServiceProfile> others = new ArrayList<>(spec.system().traced().stream()
        .filter(p -> !p.name().equals(first.service())).toList());
    List<Impact> side = new ArrayList<>();
    int n = Math.min(others.size(), 1 + rnd.nextInt(2));
    for (int i = 0; i < n; i++) {
      ServiceProfile p = others.remove(rnd.nextInt(others.size()));
      side.add(slow(p.name(), faultStart.plusMillis(rnd.nextInt(8000)), rnd));
    }
    return new Injection(first, List.of(), List.of(), side);
  }

  private static Impact slow(String service, Instant at, RandomGenerator rnd) {
    return new Impact(service, at, Duration.ofSeconds(30 + rnd.nextInt(60)),
        Symptom.UNEXPLAINED_SLOWNESS, null, FaultInjector.between(rnd, 0.01, 0.04),
        FaultInjector.between(rnd, 2.5, 6), 0, 0, 0.0, null);
  }
}
