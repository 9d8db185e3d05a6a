package dev.rca.benchmarks.scenario.simulation;

import dev.rca.benchmarks.scenario.ScenarioSpec;
import dev.rca.benchmarks.scenario.system.ServiceProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Requests get lost before they reach the edge (a CDN or a DNS provider outside the system): the
 * edge and everything behind it serve fewer requests, nothing fails, nothing changed. The cause is
 * in no signal of the bundle.
 */
final class TrafficLossInjector implements FaultInjector {
  @Override
  public Injection inject(ScenarioSpec spec, Instant faultStart, RandomGenerator rnd) {
    double kept = FaultInjector.between(rnd, 0.3, 0.6);
    Duration ramp = Duration.ofSeconds(30 + rnd.nextInt(90));
    Impact edge = new Impact(spec.fault().service(), faultStart, ramp, Symptom.TRAFFIC_DROP, null,
        0.0, 1.0, 0, 0, 0.0, null).with(kept, Duration.ZERO, 0);
    List<Impact> side = new ArrayList<>();
    for (ServiceProfile p : spec.system().traced()) {
      if (!p.name().equals(edge.service())) {
        side.add(new Impact(p.name(), faultStart.plusSeconds(1 + rnd.nextInt(4)), ramp,
            Symptom.TRAFFIC_DROP, null, 0.0, 1.0, 0, 0, 0.0, null)
            .with(1 - (1 - kept) * FaultInjector.between(rnd, 0.85, 1.0), Duration.ZERO, 0));
      }
    }
    return new Injection(edge, List.of(), List.of(), side);
  }
}
