package dev.rca.benchmarks.scenario.simulation;

import dev.rca.benchmarks.scenario.ScenarioSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A long transaction (a batch job, a manual fix left open) holds row locks in the culprit
 * database: statements queue behind it, lock timeouts and deadlocks follow, and every service
 * that queries the database slows down and fails. Nothing was deployed or merged.
 */
final class DatabaseInjector implements FaultInjector {
  @Override
  public Injection inject(ScenarioSpec spec, Instant faultStart, RandomGenerator rnd) {
    Impact impact = new Impact(spec.fault().service(), faultStart,
        Duration.ofSeconds(30 + rnd.nextInt(60)), Symptom.DB_CONTENTION, null,
        FaultInjector.between(rnd, 0.1, 0.3), FaultInjector.between(rnd, 20, 80), 0, 0, 0.0, null)
        .with(1.0, Duration.ZERO, rnd.nextInt(3));
    return new Injection(impact, List.of(), List.of());
  }
}
