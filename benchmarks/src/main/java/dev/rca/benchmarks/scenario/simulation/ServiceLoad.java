package dev.rca.benchmarks.scenario.simulation;

import dev.rca.benchmarks.scenario.system.LogStyle;
import dev.rca.benchmarks.scenario.system.ServiceProfile;
import java.time.Duration;
import java.time.Instant;
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
    for (Impact impact : plan.impactsOn(service)) {
      double s = impact.strength(t);
      if (impact.poolMax() > 0 && !t.isBefore(impact.start())) {
        poolMax = impact.poolMax();
      }
      if (s <= 0) {
        continue;
      }
      errorRatio += impact.errorRatio() * s;
      latency *= 1 + (impact.latencyFactor() - 1) * s;
      cpuAdd += impact.cpuCores() * s;
      pending += impact.poolPending() * s;
      double weight = Math.max(impact.errorRatio(), 0.01) * s;
      if (weight > dominantWeight) {
        dominant = impact;
        dominantWeight = weight;
      }
    }
    errorRatio = Math.min(0.95, errorRatio);
    int desired = p.replicas();
    int available = desired - (restarting(service, t) ? 1 : 0);
    double perReplica = rps / desired;
    double cpu = 0.08 + perReplica * (p.logStyle() == LogStyle.NGINX ? 0.002 : 0.009) + cpuAdd;
    double memory = baseMemory(p) * (1 + 0.03 * Math.sin(t.getEpochSecond() / 600.0 + phase));
    double active = 0;
    if (poolMax > 0) {
      double busy = perReplica * 0.006 * (1 + pending);
      active = pending > 0.5 ? poolMax : Math.min(poolMax, 1 + busy);
    }
    return new ServiceState(rps, errorRatio, latency, cpu, memory, poolMax, active, pending,
        available, desired, dominant);
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
      default -> 610e6;
    };
  }
}
