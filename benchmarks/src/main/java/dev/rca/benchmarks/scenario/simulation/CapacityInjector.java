package dev.rca.benchmarks.scenario.simulation;

import dev.rca.benchmarks.scenario.ScenarioSpec;
import dev.rca.benchmarks.scenario.system.ServiceProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A traffic surge at the edge (three to five times the usual rate) flows down to every service.
 * The others scale out; the culprit's replicas are capped, so it saturates, queues and rejects.
 * Often the autoscaler reports that it wanted more replicas than it got. No change is to blame.
 */
final class CapacityInjector implements FaultInjector {
  private static final String[] REFUSALS = {
      "maxReplicas reached: desired replica count is more than the maximum replica count",
      "FailedScheduling: 0/9 nodes are available: 9 Insufficient cpu",
      "failed to get cpu utilization: unable to get metrics for resource cpu"};

  @Override
  public Injection inject(ScenarioSpec spec, Instant faultStart, RandomGenerator rnd) {
    String service = spec.fault().service();
    double surge = FaultInjector.between(rnd, 3, 5);
    Instant surgeStart = faultStart.minusSeconds(30 + rnd.nextInt(60));
    Impact culprit = new Impact(service, faultStart, Duration.ofSeconds(60 + rnd.nextInt(60)),
        Symptom.SATURATED, null, FaultInjector.between(rnd, 0.1, 0.35),
        FaultInjector.between(rnd, 4, 10), 0, 0, 0.0, null).with(surge, Duration.ZERO, rnd.nextInt(2));
    List<Impact> side = new ArrayList<>();
    List<ChangeRecord> changes = new ArrayList<>();
    for (ServiceProfile p : spec.system().traced()) {
      if (p.name().equals(service)) {
        continue;
      }
      Instant at = surgeStart.plusSeconds(side.size() * 2L).plusMillis(rnd.nextInt(1000));
      side.add(new Impact(p.name(), at, Duration.ofSeconds(60 + rnd.nextInt(60)),
          Symptom.TRAFFIC_SURGE, null, 0.0, 1.0, 0, 0, 0.0, null)
          .with(surge * FaultInjector.between(rnd, 0.9, 1.05), Duration.ZERO, 0));
      if (rnd.nextInt(3) == 0) {
        int to = (int) Math.ceil(p.replicas() * surge);
        changes.add(scale(p.name(), at.plusSeconds(60 + rnd.nextInt(60)), p.replicas(), to, to,
            "cpu utilization above target 70%", rnd));
      }
    }
    if (rnd.nextInt(5) < 3) {
      int replicas = spec.system().service(service).replicas();
      changes.add(scale(service, faultStart.plusSeconds(20 + rnd.nextInt(60)), replicas,
          (int) Math.ceil(replicas * surge), replicas, REFUSALS[rnd.nextInt(REFUSALS.length)], rnd));
    }
    return new Injection(culprit, changes, List.of(), side);
  }

  /** An autoscaler action; {@code actual < desired} means it failed. */
  static ChangeRecord scale(String service, Instant at, int from, int desired, int actual,
      String reason, RandomGenerator rnd) {
    Map<String, Object> custom = new LinkedHashMap<>();
    custom.put("autoscaler", "hpa/" + service);
    custom.put("reason", reason);
    custom.put("previousReplicas", from);
    custom.put("desiredReplicas", desired);
    custom.put("actualReplicas", actual);
    custom.put("outcome", actual >= desired ? "succeeded" : "failed");
    return new ChangeRecord(FaultInjector.changeId(rnd), ChangeRecord.Type.AUTOSCALER_SCALE_CHANGED,
        service, at, "hpa/" + service, custom, false);
  }
}
