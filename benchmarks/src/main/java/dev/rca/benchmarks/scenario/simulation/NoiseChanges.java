package dev.rca.benchmarks.scenario.simulation;

import dev.rca.benchmarks.scenario.ScenarioSpec;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Innocent changes near the fault: config merges that change nothing that matters, and a deploy
 * and a merge landing within the same five minutes, so that "what changed just before?" has
 * several answers.
 */
final class NoiseChanges {
  private static final String[][] EDITS = {
      {"logging.level.root", "INFO", "WARN"},
      {"server.tomcat.threads.max", "200", "240"},
      {"client.read-timeout", "2s", "3s"},
      {"cache.ttl", "300s", "600s"},
      {"metrics.histogram.enabled", "false", "true"},
      {"resources.requests.memory", "512Mi", "640Mi"},
      {"autoscaling.minReplicas", "2", "3"},
      {"tracing.sampler.ratio", "0.05", "0.1"}};

  private NoiseChanges() {}

  static void add(ScenarioSpec spec, List<String> innocents, Instant pivot, Instant from,
      Instant to, RandomGenerator rnd, List<ChangeRecord> changes, List<Rollout> rollouts) {
    if (innocents.isEmpty()) {
      return;
    }
    for (int i = 0; i < spec.noise().unrelatedConfigMerges(); i++) {
      String service = innocents.get(rnd.nextInt(innocents.size()));
      long offset = (60 + rnd.nextInt(480)) * (rnd.nextBoolean() ? 1L : -1L);
      changes.add(merge(service, clamp(pivot.plusSeconds(offset), from, to), rnd));
    }
    if (spec.noise().clusteredChanges()) {
      Instant first = clamp(pivot.minusSeconds(120 + rnd.nextInt(540)), from, to);
      String deployed = innocents.get(rnd.nextInt(innocents.size()));
      String merged = innocents.get(rnd.nextInt(innocents.size()));
      String previous = "3." + (2 + rnd.nextInt(20)) + "." + rnd.nextInt(9);
      String version = previous.substring(0, previous.lastIndexOf('.') + 1)
          + (Integer.parseInt(previous.substring(previous.lastIndexOf('.') + 1)) + 1);
      changes.add(DeployRegressionInjector.deployed(deployed, first, previous, version, rnd, false));
      rollouts.add(new Rollout(deployed, first, previous, version));
      changes.add(merge(merged, first.plusSeconds(30 + rnd.nextInt(210)), rnd));
    }
  }

  private static ChangeRecord merge(String service, Instant at, RandomGenerator rnd) {
    String[] edit = EDITS[rnd.nextInt(EDITS.length)];
    String file = "apps/" + service + "/values-prod.yaml";
    int pr = 1200 + rnd.nextInt(3000);
    Map<String, Object> custom = new LinkedHashMap<>();
    custom.put("repository", "shop/platform-config");
    custom.put("title", "Set " + edit[0] + " to " + edit[2] + " for " + service);
    custom.put("author", FlagFlipInjector.AUTHORS[rnd.nextInt(FlagFlipInjector.AUTHORS.length)]);
    custom.put("commit", SeededStreams.hex(rnd, 40));
    custom.put("files", List.of(file));
    String key = edit[0].substring(edit[0].lastIndexOf('.') + 1);
    custom.put("diff", "diff --git a/" + file + " b/" + file + "\n--- a/" + file + "\n+++ b/" + file
        + "\n@@ -" + (10 + rnd.nextInt(40)) + ",3 +" + (10 + rnd.nextInt(40)) + ",3 @@\n"
        + "-  " + key + ": " + edit[1] + "\n+  " + key + ": " + edit[2] + "\n");
    return new ChangeRecord(FaultInjector.changeId(rnd), ChangeRecord.Type.CHANGE_MERGED, service,
        at.plusMillis(rnd.nextInt(1000)), "shop/platform-config/pull/" + pr, custom, false);
  }

  private static Instant clamp(Instant t, Instant low, Instant high) {
    Instant lo = low.plusSeconds(30);
    Instant hi = high.minusSeconds(30);
    return t.isBefore(lo) ? lo : t.isAfter(hi) ? hi : t;
  }
}
