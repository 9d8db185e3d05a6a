package dev.rca.benchmarks.scenario.simulation;

import dev.rca.benchmarks.scenario.ScenarioSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A release of the culprit brings a bug on a common code path: as new pods take traffic during
 * the rollout, a share of its requests fail with a new exception.
 */
final class DeployRegressionInjector implements FaultInjector {

  @Override
  public Injection inject(ScenarioSpec spec, Instant faultStart, RandomGenerator rnd) {
    String service = spec.fault().service();
    Instant deployed = faultStart.minusSeconds(20 + rnd.nextInt(41)).minusMillis(rnd.nextInt(1000));
    int major = 1 + rnd.nextInt(3);
    int minor = 3 + rnd.nextInt(15);
    String previous = major + "." + (minor - 1) + "." + rnd.nextInt(6);
    String version = major + "." + minor + ".0";
    ChangeRecord change = deployed(service, deployed, previous, version, rnd, true);
    Impact impact = new Impact(service, faultStart, Duration.ofSeconds(30 + rnd.nextInt(31)),
        Symptom.CODE_REGRESSION, null, FaultInjector.between(rnd, 0.20, 0.45),
        FaultInjector.between(rnd, 1.1, 1.4), 0, 0, 0.05, null);
    if (spec.system().placed()) {
      // Systems drawn for the benchmark vary the failure's wording; the shop keeps its own.
      impact = impact.with(1.0, Duration.ZERO, 1 + rnd.nextInt(3));
    }
    return new Injection(impact, List.of(change),
        List.of(new Rollout(service, deployed, previous, version)));
  }

  /** A {@code service.deployed} event as a CD pipeline emits it. */
  static ChangeRecord deployed(String service, Instant at, String previous, String version,
      RandomGenerator rnd, boolean culprit) {
    Map<String, Object> custom = new LinkedHashMap<>();
    custom.put("version", version);
    custom.put("previousVersion", previous);
    custom.put("image", "registry.shop.example/" + service + ":" + version);
    custom.put("digest", "sha256:" + SeededStreams.hex(rnd, 64));
    custom.put("commit", SeededStreams.hex(rnd, 40));
    custom.put("pipeline", "https://ci.shop.example/" + service + "/pipelines/" + (40000 + rnd.nextInt(9000)));
    return new ChangeRecord(FaultInjector.changeId(rnd), ChangeRecord.Type.SERVICE_DEPLOYED,
        service, at, service, custom, culprit);
  }
}
