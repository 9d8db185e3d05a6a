package dev.rca.benchmarks.scenario.simulation;

import dev.rca.benchmarks.scenario.ScenarioSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Packet loss on the culprit's host: its TCP retransmits climb, its DNS lookups time out or fail,
 * its own outbound calls time out. Its callees stay healthy and merely see fewer requests.
 */
final class NetworkInjector implements FaultInjector {
  @Override
  public Injection inject(ScenarioSpec spec, Instant faultStart, RandomGenerator rnd) {
    String service = spec.fault().service();
    Impact impact = new Impact(service, faultStart, Duration.ofSeconds(20 + rnd.nextInt(40)),
        Symptom.NETWORK_IMPAIRED, null, FaultInjector.between(rnd, 0.15, 0.4),
        FaultInjector.between(rnd, 3, 8), 0, 0, 0.0, null).with(1.0, Duration.ZERO, rnd.nextInt(2));
    List<Impact> side = new ArrayList<>();
    for (String callee : spec.system().callees(service)) {
      if (spec.system().profileTraced(callee)) {
        side.add(new Impact(callee, faultStart.plusSeconds(1), impact.ramp(), Symptom.TRAFFIC_DROP,
            null, 0.0, 1.0, 0, 0, 0.0, null)
            .with(1 - impact.errorRatio() * FaultInjector.between(rnd, 0.6, 0.9), Duration.ZERO, 0));
      }
    }
    return new Injection(impact, List.of(), List.of(), side);
  }
}
