package dev.rca.benchmarks.scenario.simulation;

import dev.rca.benchmarks.scenario.ScenarioSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The culprit's serving certificate expires. Established connections keep working until they are
 * recycled; every new handshake fails on the caller's side, so the culprit's own request rate
 * drops while its callers log certificate errors.
 */
final class CertificateInjector implements FaultInjector {
  @Override
  public Injection inject(ScenarioSpec spec, Instant faultStart, RandomGenerator rnd) {
    Impact impact = new Impact(spec.fault().service(), faultStart,
        Duration.ofSeconds(40 + rnd.nextInt(120)), Symptom.TLS_EXPIRED, null, 0.0, 1.0, 0, 0, 0.0,
        null).with(FaultInjector.between(rnd, 0.05, 0.25), Duration.ZERO, rnd.nextInt(2));
    return new Injection(impact, List.of(), List.of());
  }
}
