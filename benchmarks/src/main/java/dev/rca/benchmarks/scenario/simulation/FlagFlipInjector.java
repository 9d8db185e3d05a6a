package dev.rca.benchmarks.scenario.simulation;

import dev.rca.benchmarks.scenario.ScenarioSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A feature flag flip turns on a code path that fails: no release, no config merge, only the flag
 * service's event, and from then on a share of the culprit's requests throw.
 */
final class FlagFlipInjector implements FaultInjector {
  private static final String[] FLAGS = {"new-pricing-engine", "async-writes", "v2-serializer",
      "smart-retry", "grpc-transport", "bulk-lookup", "edge-cache-bypass", "strict-validation"};

  @Override
  public Injection inject(ScenarioSpec spec, Instant faultStart, RandomGenerator rnd) {
    String service = spec.fault().service();
    Instant flipped = faultStart.minusSeconds(8 + rnd.nextInt(40)).minusMillis(rnd.nextInt(1000));
    ChangeRecord change = flip(service, FLAGS[rnd.nextInt(FLAGS.length)], flipped, rnd, true);
    Impact impact = new Impact(service, faultStart, Duration.ofSeconds(10 + rnd.nextInt(30)),
        Symptom.CODE_REGRESSION, null, FaultInjector.between(rnd, 0.15, 0.45),
        FaultInjector.between(rnd, 1.1, 1.5), 0, 0, 0.03, null)
        .with(1.0, Duration.ZERO, 1 + rnd.nextInt(3));
    return new Injection(impact, List.of(change), List.of());
  }

  /** A flag flip as the flag service reports it. */
  static ChangeRecord flip(String service, String flag, Instant at, RandomGenerator rnd,
      boolean culprit) {
    Map<String, Object> custom = new LinkedHashMap<>();
    custom.put("flag", flag);
    custom.put("from", "false");
    custom.put("to", "true");
    custom.put("environment", "production");
    custom.put("author", AUTHORS[rnd.nextInt(AUTHORS.length)]);
    custom.put("provider", "unleash");
    return new ChangeRecord(FaultInjector.changeId(rnd), ChangeRecord.Type.FEATURE_FLAG_CHANGED,
        service, at, service + "/" + flag, custom, culprit);
  }

  static final String[] AUTHORS = {"dana.kowalski@shop.example", "li.wei@shop.example",
      "sam.okafor@shop.example", "release-bot", "maria.silva@shop.example"};
}
