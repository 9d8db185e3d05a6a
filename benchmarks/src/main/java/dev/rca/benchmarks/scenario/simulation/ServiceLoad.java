package dev.rca.benchmarks.scenario.simulation;

import dev.rca.benchmarks.scenario.system.LogStyle;
import dev.rca.benchmarks.scenario.system.Placement;
import dev.rca.benchmarks.scenario.system.ServiceProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Computes any service's state at any instant from its profile and the plan's impacts.
 * Deterministic and jitter-free, so that different writers see the same incident.
 *
 * <pre>{@code
 * ServiceLoad load = new ServiceLoad(plan);
 * ServiceState s = load.at("checkout", plan.onset());
 * }</pre>
 */
public final class ServiceLoad {
  /** Traffic swings slowly; a period that is no multiple of the window avoids neat repeats. */
  private static final double TRAFFIC_PERIOD_S = 97 * 60.0;
  /** How long a killed container takes to be ready again. */
  private static final long RESTART_S = 25;
  /** How long an autoscaler takes to add pods once load rises. */
  private static final long SCALE_DELAY_S = 90;
  private static final double DISK_BYTES = 100.0 * (1L << 30);

  private final IncidentPlan plan;

  public ServiceLoad(IncidentPlan plan) {
    this.plan = plan;
  }

  public ServiceState at(String service, Instant t) {
    ServiceProfile p = plan.spec().system().service(service);
    double phase = (Math.abs(service.hashCode()) % 628) / 100.0;
    double rps = p.baselineRps() * (1 + 0.08 * Math.sin(2 * Math.PI * t.getEpochSecond()
        / TRAFFIC_PERIOD_S + phase));
    double errorRatio = plan.spec().noise().backgroundErrors() ? p.baselineErrorRatio() : 0.0;
    double latency = p.baselineLatencyMs();
    double cpuAdd = 0;
    double pending = 0;
    int poolMax = p.connectionPool() ? ConfigPoolInjector.POOL_BEFORE : 0;
    Impact dominant = null;
    double dominantWeight = 0;
    double saturation = 0;
    double scaleFactor = 1;
    int podsDown = 0;
    int restarts = 0;
    for (Impact impact : plan.impactsOn(service)) {
      double s = effectiveStrength(impact, t);
      if (impact.poolMax() > 0 && !t.isBefore(impact.start())) {
        poolMax = impact.poolMax();
      }
      if (impact.symptom() == Symptom.MEMORY_LEAK) {
        for (int i = 0; i < p.replicas(); i++) {
          PodState pod = pod(p, impact, i, t);
          restarts += pod.restarts();
          podsDown += pod.ready() ? 0 : 1;
        }
      }
      if (s <= 0) {
        continue;
      }
      if (impact.trafficFactor() != 1.0) {
        rps *= 1 + (impact.trafficFactor() - 1) * s;
      }
      if (impact.symptom() == Symptom.TRAFFIC_SURGE) {
        double earlier = effectiveStrength(impact, t.minusSeconds(SCALE_DELAY_S));
        scaleFactor = Math.max(scaleFactor, 1 + (impact.trafficFactor() - 1) * earlier);
      }
      if (impact.symptom() == Symptom.CPU_SATURATION || impact.symptom() == Symptom.SATURATED) {
        saturation = Math.max(saturation, s);
      }
      errorRatio += impact.errorRatio() * s;
      latency *= 1 + (impact.latencyFactor() - 1) * s;
      cpuAdd += impact.cpuCores() * s;
      pending += impact.poolPending() * s;
      boolean load = impact.symptom() == Symptom.TRAFFIC_DROP || impact.symptom() == Symptom.TRAFFIC_SURGE;
      double weight = load ? 0 : Math.max(impact.errorRatio(), 0.01) * s;
      if (weight > dominantWeight) {
        dominant = impact;
        dominantWeight = weight;
      }
    }
    errorRatio = Math.min(0.95, errorRatio);
    Placement placement = p.placement();
    int desired = p.replicas();
    if (scaleFactor > 1 && placement != null) {
      desired = Math.min(placement.maxReplicas(), (int) Math.ceil(p.replicas() * scaleFactor));
    }
    int available = desired - (restarting(service, t) ? 1 : 0) - podsDown;
    double perReplica = rps / desired;
    double cpu = 0.08 + perReplica * (p.logStyle() == LogStyle.NGINX ? 0.002 : 0.009) + cpuAdd;
    double memory = baseMemory(p) * (1 + 0.03 * Math.sin(t.getEpochSecond() / 600.0 + phase));
    double active = 0;
    if (poolMax > 0) {
      double busy = perReplica * 0.006 * (1 + pending);
      active = pending > 0.5 ? poolMax : Math.min(poolMax, 1 + busy);
    }
    double cpuLimit = placement == null ? 0 : placement.cpuLimitCores();
    double memoryLimit = placement == null ? 0 : placement.memoryLimitBytes();
    double throttled = 0;
    if (cpuLimit > 0) {
      cpu = Math.min(cpuLimit * 0.995, cpu + (cpuLimit * 0.99 - cpu) * saturation);
      throttled = Math.min(0.95, 0.01 + Math.max(0, cpu / cpuLimit - 0.6) * 0.3 + 0.6 * saturation);
    }
    if (placement != null && !plan.impactsOn(service).isEmpty()) {
      memory = meanPodMemory(p, t, memory);
    }
    return new ServiceState(rps, errorRatio, latency, cpu, memory, poolMax, active, pending,
        Math.max(0, available), desired, dominant, cpuLimit, throttled, memoryLimit, restarts,
        diskAvail(p, t), retransmits(p, rps, t), p.database() ? database(p, rps, latency, t) : null);
  }

  /** One pod's container: its working set, restarts and readiness. */
  public PodState pod(String service, int index, Instant t) {
    ServiceProfile p = plan.spec().system().service(service);
    for (Impact impact : plan.impactsOn(service)) {
      if (impact.symptom() == Symptom.MEMORY_LEAK) {
        return pod(p, impact, index, t);
      }
    }
    double base = baseMemory(p) * (1 + 0.03 * Math.sin(t.getEpochSecond() / 600.0 + index));
    return new PodState(base, 0, false, true);
  }

  /** The instants at which the container of pod {@code index} was OOMKilled, up to {@code t}. */
  public List<Instant> kills(String service, int index, Instant t) {
    List<Instant> out = new ArrayList<>();
    for (Impact impact : plan.impactsOn(service)) {
      if (impact.symptom() == Symptom.MEMORY_LEAK) {
        int replicas = plan.spec().system().service(service).replicas();
        long cycle = Math.max(60, impact.cycle().toSeconds());
        Instant kill = impact.failingFrom().plusSeconds(index * cycle / Math.max(1, replicas));
        while (!kill.isAfter(t)) {
          out.add(kill);
          kill = kill.plusSeconds(cycle);
        }
      }
    }
    return out;
  }

  private PodState pod(ServiceProfile p, Impact leak, int index, Instant t) {
    double base = baseMemory(p);
    Placement placement = p.placement();
    double limit = placement == null ? base * 2 : placement.memoryLimitBytes();
    List<Instant> kills = kills(p.name(), index, t);
    long cycle = Math.max(60, leak.cycle().toSeconds());
    Instant firstKill = leak.failingFrom().plusSeconds(index * cycle / Math.max(1, p.replicas()));
    if (kills.isEmpty()) {
      double span = Math.max(1, Duration.between(leak.start(), firstKill).toSeconds());
      double f = t.isBefore(leak.start()) ? 0 : Duration.between(leak.start(), t).toSeconds() / span;
      return new PodState(base + (limit * 0.99 - base) * Math.min(1, f), 0, false, true);
    }
    long since = Duration.between(kills.get(kills.size() - 1), t).toSeconds();
    if (since < RESTART_S) {
      return new PodState(base * 0.35, kills.size(), true, false);
    }
    double f = (since - RESTART_S) / (double) Math.max(1, cycle - RESTART_S);
    return new PodState(base + (limit * 0.99 - base) * Math.min(1, f), kills.size(), true, true);
  }

  private double meanPodMemory(ServiceProfile p, Instant t, double healthy) {
    for (Impact impact : plan.impactsOn(p.name())) {
      if (impact.symptom() == Symptom.MEMORY_LEAK) {
        double sum = 0;
        for (int i = 0; i < p.replicas(); i++) {
          sum += pod(p, impact, i, t).memoryBytes();
        }
        return sum / p.replicas();
      }
    }
    return healthy;
  }

  /** Strength as requests feel it: a leak or a filling disk fails requests only once exhausted. */
  private double effectiveStrength(Impact impact, Instant t) {
    return switch (impact.symptom()) {
      case MEMORY_LEAK, DISK_FULL -> {
        Instant failing = impact.failingFrom();
        if (t.isBefore(failing)) {
          yield 0.0;
        }
        double ramp = Math.min(1.0, Duration.between(failing, t).toSeconds() / 30.0);
        yield impact.symptom() == Symptom.MEMORY_LEAK ? 0.35 + 0.65 * ramp * crashPressure(impact, t)
            : ramp;
      }
      case CHRONIC_ERRORS -> plan.spec().system().placed() ? burst(impact, t) : impact.strength(t);
      default -> impact.strength(t);
    };
  }

  /** Share of pods down or close to their limit, doubled and capped at 1. */
  private double crashPressure(Impact leak, Instant t) {
    ServiceProfile p = plan.spec().system().service(leak.service());
    double pressure = 0;
    double limit = p.placement() == null ? baseMemory(p) * 2 : p.placement().memoryLimitBytes();
    for (int i = 0; i < p.replicas(); i++) {
      PodState pod = pod(p, leak, i, t);
      pressure += !pod.ready() ? 1 : pod.memoryBytes() > 0.92 * limit ? 0.5 : 0;
    }
    return Math.min(1, 2 * pressure / p.replicas());
  }

  /** A chronically noisy service fails in bursts: a few minutes bad, then merely noisy. */
  private static double burst(Impact impact, Instant t) {
    long s = t.getEpochSecond();
    double wave = Math.sin(s / 170.0 + impact.service().length()) + Math.sin(s / 53.0);
    return wave > 1.1 ? 2.5 : 0.6;
  }

  private double diskAvail(ServiceProfile p, Instant t) {
    double free = DISK_BYTES * (0.35 + (Math.abs(p.name().hashCode()) % 40) / 100.0);
    free -= (t.getEpochSecond() % 86_400) * 1500.0;
    for (Impact impact : plan.impactsOn(p.name())) {
      if (impact.symptom() == Symptom.DISK_FULL && !t.isBefore(impact.start())) {
        double f = Math.min(1, Duration.between(impact.start(), t).toSeconds()
            / (double) Math.max(1, impact.ramp().toSeconds()));
        double left = 40e6 + 30e6 * Math.sin(t.getEpochSecond() / 37.0);
        free = free + (left - free) * f;
      }
    }
    return Math.max(0, free);
  }

  private double retransmits(ServiceProfile p, double rps, Instant t) {
    double r = 0.4 + rps * 0.01;
    for (Impact impact : plan.impactsOn(p.name())) {
      if (impact.symptom() == Symptom.NETWORK_IMPAIRED) {
        r += (60 + rps * 1.5) * impact.strength(t);
      }
    }
    return r;
  }

  private ServiceState.DatabaseState database(ServiceProfile p, double rps, double latencyMs,
      Instant t) {
    double locks = 4 + rps * 0.05;
    double maxTx = 0.05 + latencyMs / 1000 * 3;
    double deadlocks = 0;
    double active = 1 + rps * latencyMs / 1000;
    for (Impact impact : plan.impactsOn(p.name())) {
      double s = impact.strength(t);
      if (impact.symptom() == Symptom.DB_CONTENTION && s > 0) {
        locks += (120 + rps) * s;
        maxTx = Math.max(maxTx, Duration.between(impact.start(), t).toSeconds() + 40);
        deadlocks += 0.15 * s;
        active += 35 * s;
      }
    }
    return new ServiceState.DatabaseState(locks, maxTx, deadlocks, active);
  }

  /** Whether a rollout of {@code service} has a pod down at {@code t}. */
  public boolean restarting(String service, Instant t) {
    for (Rollout r : plan.rollouts()) {
      if (r.service().equals(service) && !t.isBefore(r.at())
          && t.isBefore(r.at().plus(Duration.ofSeconds(50)))) {
        return true;
      }
    }
    return false;
  }

  /** The rollout of {@code service} that started in {@code [from, to)}, if any. */
  public @Nullable Rollout rolloutBetween(String service, Instant from, Instant to) {
    for (Rollout r : plan.rollouts()) {
      if (r.service().equals(service) && !r.at().isBefore(from) && r.at().isBefore(to)) {
        return r;
      }
    }
    return null;
  }

  private static double baseMemory(ServiceProfile p) {
    return switch (p.logStyle()) {
      case NGINX -> 46e6;
      case LOGFMT -> 71e6;
      case POSTGRES -> 180e6;
      default -> 610e6;
    };
  }
}
