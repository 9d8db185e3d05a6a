package dev.rca.benchmarks.scenario.simulation;

import dev.rca.benchmarks.scenario.ScenarioSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Packet loss on the edge's network path: the edge sees resets and timeouts toward its
 * dependencies, yet the dependencies see nothing and nothing changed. The cause is outside every
 * signal in the bundle, so the honest verdict is insufficient evidence.
 */
final class InvisibleEdgeInjector implements FaultInjector {

  @Override
  public Injection inject(ScenarioSpec spec, Instant faultStart, RandomGenerator rnd) {
    Impact impact = new Impact(spec.fault().service(), faultStart,
        Duration.ofSeconds(30 + rnd.nextInt(91)), Symptom.EDGE_CONNECTION_RESETS, null,
        FaultInjector.between(rnd, 0.05, 0.12), FaultInjector.between(rnd, 2.5, 4.0), 0, 0, 0.0,
        null);
    return new Injection(impact, List.of(), List.of());
  }
}
