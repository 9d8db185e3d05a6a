package dev.rca.benchmarks.scenario.simulation;

import dev.rca.benchmarks.scenario.ScenarioSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A merged configuration change cuts the culprit's database pool; once rolled out, requests queue
 * for connections and time out. The pool stays pinned at its new maximum while threads wait.
 */
final class ConfigPoolInjector implements FaultInjector {
  static final int POOL_BEFORE = 40;

  @Override
  public Injection inject(ScenarioSpec spec, Instant faultStart, RandomGenerator rnd) {
    String service = spec.fault().service();
    int poolAfter = 3 + rnd.nextInt(4);
    Instant merged = faultStart.minusSeconds(45 + rnd.nextInt(76)).minusMillis(rnd.nextInt(1000));
    int pr = 1200 + rnd.nextInt(800);
    String file = "apps/" + service + "/values-prod.yaml";
    Map<String, Object> custom = new LinkedHashMap<>();
    custom.put("repository", "shop/platform-config");
    custom.put("title", "Reduce " + service + " DB pool to stay under Postgres max_connections");
    custom.put("author", "dana.kowalski@shop.example");
    custom.put("commit", SeededStreams.hex(rnd, 40));
    custom.put("files", List.of(file));
    custom.put("diff", diff(file, poolAfter, rnd));
    ChangeRecord change = new ChangeRecord(FaultInjector.changeId(rnd),
        ChangeRecord.Type.CHANGE_MERGED, service, merged, "shop/platform-config/pull/" + pr,
        custom, true);
    Impact impact = new Impact(service, faultStart, Duration.ofSeconds(40 + rnd.nextInt(50)),
        Symptom.POOL_EXHAUSTED, null, FaultInjector.between(rnd, 0.15, 0.30),
        FaultInjector.between(rnd, 10, 25), 18 + rnd.nextInt(19), poolAfter, 0.0, null);
    return new Injection(impact, List.of(change), List.of());
  }

  private static String diff(String file, int poolAfter, RandomGenerator rnd) {
    return "diff --git a/" + file + " b/" + file + "\n"
        + "index " + SeededStreams.hex(rnd, 7) + ".." + SeededStreams.hex(rnd, 7) + " 100644\n"
        + "--- a/" + file + "\n"
        + "+++ b/" + file + "\n"
        + "@@ -18,7 +18,7 @@ spring:\n"
        + "   datasource:\n"
        + "     hikari:\n"
        + "-      maximum-pool-size: " + POOL_BEFORE + "\n"
        + "+      maximum-pool-size: " + poolAfter + "\n"
        + "       connection-timeout: 30000\n"
        + "       idle-timeout: 600000\n"
        + "       max-lifetime: 1800000\n";
  }
}
