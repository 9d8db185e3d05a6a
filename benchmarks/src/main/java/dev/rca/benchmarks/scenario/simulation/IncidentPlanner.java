package dev.rca.benchmarks.scenario.simulation;

import dev.rca.benchmarks.scenario.Noise;
import dev.rca.benchmarks.scenario.ScenarioSpec;
import dev.rca.benchmarks.scenario.system.ServiceProfile;
import dev.rca.benchmarks.scenario.system.SystemModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Decides an incident from a scenario: injects the fault, spreads it to the callers (each
 * caller 20–90 s after its callee), fires alerts 1–3 minutes after the callers' symptoms, sets
 * the window around the earliest alert and adds the noise changes.
 *
 * <pre>{@code
 * IncidentPlan plan = IncidentPlanner.plan(spec);
 * }</pre>
 */
public final class IncidentPlanner {
  /** A fixed epoch for generated incidents, so bundles do not depend on when they are made. */
  private static final Instant EPOCH = Instant.parse("2026-03-02T08:00:00Z");

  private IncidentPlanner() {}

  public static IncidentPlan plan(ScenarioSpec spec) {
    SeededStreams streams = new SeededStreams(spec.seed());
    RandomGenerator rnd = streams.stream("plan");
    Instant faultStart = spec.faultStart() != null ? spec.faultStart()
        : EPOCH.plusSeconds(60L * rnd.nextInt(14 * 24 * 60) + rnd.nextInt(60))
            .plusMillis(rnd.nextInt(1000));
    Injection injection = FaultInjector.forFault(spec.fault()).inject(spec, faultStart, rnd);
    List<Impact> impacts = new ArrayList<>();
    impacts.add(injection.culprit());
    impacts.addAll(propagate(spec.system(), injection.culprit(), rnd));
    impacts.addAll(injection.side());
    String noisy = spec.noise().noisyService();
    if (noisy != null) {
      impacts.add(new Impact(noisy, faultStart.minus(Duration.ofDays(1)), Duration.ZERO,
          Symptom.CHRONIC_ERRORS, null, FaultInjector.between(rnd, 0.02, 0.05), 1.0, 0, 0, 0.0,
          null));
    }
    List<AlertRecord> alerts = AlertRules.fire(spec, impacts, rnd);
    Instant onset = alerts.stream().map(AlertRecord::startsAt).min(Comparator.naturalOrder())
        .orElseThrow();
    long step = spec.window().step().toSeconds();
    long fromSecond = Math.floorDiv(onset.minus(spec.window().before()).getEpochSecond(), step) * step;
    Instant from = Instant.ofEpochSecond(fromSecond);
    Instant to = onset.plus(spec.window().after());

    List<ChangeRecord> changes = new ArrayList<>(injection.changes());
    List<Rollout> rollouts = new ArrayList<>(injection.rollouts());
    Instant pivot = changes.isEmpty() ? faultStart : changes.get(0).at();
    addUnrelatedDeploys(spec, pivot, from, to, rnd, changes, rollouts);
    if (spec.noise().backgroundChanges()) {
      addBackgroundChanges(spec, onset, from, rnd, changes);
    }
    NoiseChanges.add(spec, innocents(spec), pivot, from, to, streams.stream("noise-changes"),
        changes, rollouts);
    changes.removeIf(c -> c.at().isBefore(from) || !c.at().isBefore(to));
    changes.sort(Comparator.comparing(ChangeRecord::at));
    String culpritChange = changes.stream().filter(ChangeRecord::culprit).map(ChangeRecord::id)
        .findFirst().orElse(null);
    return new IncidentPlan(spec, streams, faultStart, onset, from, to, impacts, changes, alerts,
        rollouts, culpritChange);
  }

  /** Callers inherit a damped share of their callees' failures, after a lag per hop. */
  private static List<Impact> propagate(SystemModel system, Impact culprit, RandomGenerator rnd) {
    if (culprit.symptom() == Symptom.TRAFFIC_DROP) {
      return List.of();
    }
    Map<String, Impact> hit = new LinkedHashMap<>();
    hit.put(culprit.service(), culprit);
    for (String caller : system.callerDepths(culprit.service()).keySet()) {
      Impact source = null;
      Instant start = null;
      for (String callee : system.callees(caller)) {
        Impact upstream = hit.get(callee);
        if (upstream == null) {
          continue;
        }
        Instant candidate = upstream.failingFrom().plusSeconds(20 + rnd.nextInt(71))
            .plusMillis(rnd.nextInt(1000));
        if (start == null || candidate.isBefore(start)) {
          start = candidate;
          source = upstream;
        }
      }
      if (source == null) {
        continue;
      }
      double damping = FaultInjector.between(rnd, 0.55, 0.85);
      double failing = source.symptom() == Symptom.TLS_EXPIRED ? 0.6 * (1 - source.trafficFactor())
          : source.errorRatio();
      double errors = Math.min(0.9, Math.max(failing, 0.02) * damping
          + (source.latencyFactor() > 5 ? 0.04 : 0.0));
      double latency = Math.min(40,
          1 + (source.latencyFactor() - 1) * FaultInjector.between(rnd, 0.5, 0.8));
      // Slow statements hold pooled connections, so the callers' pools queue too.
      int pending = source.symptom() == Symptom.DB_CONTENTION && system.service(caller).connectionPool()
          ? (int) Math.min(30, source.latencyFactor() / 3) : 0;
      Duration ramp = source.symptom() == Symptom.MEMORY_LEAK || source.symptom() == Symptom.DISK_FULL
          ? Duration.ofSeconds(30) : source.ramp();
      hit.put(caller, new Impact(caller, start, ramp, Symptom.UPSTREAM_FAILURE,
          source.service(), errors, latency, pending, 0, 0.0, null));
    }
    hit.remove(culprit.service());
    return List.copyOf(hit.values());
  }

  private static void addUnrelatedDeploys(ScenarioSpec spec, Instant pivot, Instant from,
      Instant to, RandomGenerator rnd, List<ChangeRecord> changes, List<Rollout> rollouts) {
    List<String> innocent = innocents(spec);
    for (int i = 0; i < spec.noise().unrelatedDeploys() && !innocent.isEmpty(); i++) {
      String service = innocent.remove(rnd.nextInt(innocent.size()));
      long offset = (150 + rnd.nextInt(211)) * (rnd.nextBoolean() ? 1L : -1L);
      Instant at = clamp(pivot.plusSeconds(offset).plusMillis(rnd.nextInt(1000)),
          from.plusSeconds(60), to.minusSeconds(60));
      String previous = "2." + (4 + rnd.nextInt(9)) + "." + rnd.nextInt(5);
      String version = previous.substring(0, previous.lastIndexOf('.') + 1)
          + (Integer.parseInt(previous.substring(previous.lastIndexOf('.') + 1)) + 1);
      changes.add(DeployRegressionInjector.deployed(service, at, previous, version, rnd, false));
      rollouts.add(new Rollout(service, at, previous, version));
    }
  }

  /** A flag flip and a successful scale-up well before the fault, on innocent services. */
  private static void addBackgroundChanges(ScenarioSpec spec, Instant onset, Instant from,
      RandomGenerator rnd, List<ChangeRecord> changes) {
    List<String> innocent = innocents(spec);
    if (innocent.isEmpty()) {
      return;
    }
    String flagged = innocent.get(rnd.nextInt(innocent.size()));
    Instant flagAt = onset.minusSeconds(25 * 60 + rnd.nextInt(25 * 60));
    Map<String, Object> flag = new LinkedHashMap<>();
    flag.put("flag", flagged + ".recommendations-widget");
    flag.put("from", "false");
    flag.put("to", "true");
    flag.put("author", "release-bot");
    flag.put("provider", "unleash");
    changes.add(new ChangeRecord(FaultInjector.changeId(rnd),
        ChangeRecord.Type.FEATURE_FLAG_CHANGED, flagged, flagAt,
        flagged + ".recommendations-widget", flag, false));
    String scaled = innocent.get(rnd.nextInt(innocent.size()));
    int replicas = spec.system().service(scaled).replicas();
    Map<String, Object> scale = new LinkedHashMap<>();
    scale.put("autoscaler", "hpa/" + scaled);
    scale.put("reason", "cpu utilization above target 70% for 3m");
    scale.put("desiredReplicas", replicas + 1);
    scale.put("actualReplicas", replicas + 1);
    scale.put("outcome", "succeeded");
    Instant scaleAt = clamp(onset.minusSeconds(8 * 60 + rnd.nextInt(30 * 60)), from, onset);
    changes.add(new ChangeRecord(FaultInjector.changeId(rnd),
        ChangeRecord.Type.AUTOSCALER_SCALE_CHANGED, scaled, scaleAt, "hpa/" + scaled, scale,
        false));
  }

  private static List<String> innocents(ScenarioSpec spec) {
    Noise noise = spec.noise();
    List<String> out = new ArrayList<>();
    for (ServiceProfile p : spec.system().traced()) {
      if (!p.name().equals(spec.fault().service()) && !p.name().equals(noise.noisyService())) {
        out.add(p.name());
      }
    }
    return out;
  }

  private static Instant clamp(Instant t, Instant low, Instant high) {
    return t.isBefore(low) ? low : t.isAfter(high) ? high : t;
  }
}
