package dev.rca.benchmarks.scenario.simulation;

import dev.rca.benchmarks.scenario.ScenarioSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A third-party API the culprit calls starts rate limiting (429) or failing (503). The third
 * party is not part of the system, so the culprit, the last service inside, is the answer.
 */
final class ExternalApiInjector implements FaultInjector {
  @Override
  public Injection inject(ScenarioSpec spec, Instant faultStart, RandomGenerator rnd) {
    if (spec.system().externals(spec.fault().service()).isEmpty()) {
      throw new IllegalArgumentException("service " + spec.fault().service()
          + " calls no third party; an external_dependency fault needs one");
    }
    Impact impact = new Impact(spec.fault().service(), faultStart,
        Duration.ofSeconds(20 + rnd.nextInt(70)), Symptom.EXTERNAL_ERRORS, null,
        FaultInjector.between(rnd, 0.15, 0.5), FaultInjector.between(rnd, 1.2, 3), 0, 0, 0.0, null)
        .with(1.0, Duration.ZERO, rnd.nextInt(2));
    return new Injection(impact, List.of(), List.of());
  }
}
