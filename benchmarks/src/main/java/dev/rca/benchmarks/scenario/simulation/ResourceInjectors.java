package dev.rca.benchmarks.scenario.simulation;

import dev.rca.benchmarks.scenario.ScenarioSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Faults in the culprit's own resources, with no change behind them: its CPU limit, its memory
 * limit, its node's disk. Each deviates in the resource first and fails requests after.
 */
final class ResourceInjectors {
  private ResourceInjectors() {}

  /** A hot loop burns the whole CPU limit: throttling, queueing, callers time out. */
  static final class Cpu implements FaultInjector {
    @Override
    public Injection inject(ScenarioSpec spec, Instant faultStart, RandomGenerator rnd) {
      Impact impact = new Impact(spec.fault().service(), faultStart,
          Duration.ofSeconds(60 + rnd.nextInt(120)), Symptom.CPU_SATURATION, null,
          FaultInjector.between(rnd, 0.05, 0.2), FaultInjector.between(rnd, 5, 12), 0, 0, 0.0,
          null).with(1.0, Duration.ZERO, rnd.nextInt(2));
      return new Injection(impact, List.of(), List.of());
    }
  }

  /**
   * A leak: the working set climbs for 12–30 minutes until the container is OOMKilled, then the
   * restarted pods fill up again in minutes and are killed over and over.
   */
  static final class Memory implements FaultInjector {
    @Override
    public Injection inject(ScenarioSpec spec, Instant faultStart, RandomGenerator rnd) {
      Impact impact = new Impact(spec.fault().service(), faultStart,
          Duration.ofSeconds(12 * 60 + rnd.nextInt(18 * 60)), Symptom.MEMORY_LEAK, null,
          FaultInjector.between(rnd, 0.1, 0.3), FaultInjector.between(rnd, 1.5, 3), 0, 0, 0.1,
          null).with(1.0, Duration.ofSeconds(180 + rnd.nextInt(180)), 0);
      return new Injection(impact, List.of(), List.of());
    }
  }

  /** Something writes to the node's disk until it is full; writes then fail with ENOSPC. */
  static final class Disk implements FaultInjector {
    @Override
    public Injection inject(ScenarioSpec spec, Instant faultStart, RandomGenerator rnd) {
      Impact impact = new Impact(spec.fault().service(), faultStart,
          Duration.ofSeconds(8 * 60 + rnd.nextInt(17 * 60)), Symptom.DISK_FULL, null,
          FaultInjector.between(rnd, 0.2, 0.5), FaultInjector.between(rnd, 1.1, 1.6), 0, 0, 0.0,
          null).with(1.0, Duration.ZERO, rnd.nextInt(2));
      return new Injection(impact, List.of(), List.of());
    }
  }
}
