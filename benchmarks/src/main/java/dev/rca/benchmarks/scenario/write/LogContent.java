package dev.rca.benchmarks.scenario.write;

import dev.rca.benchmarks.scenario.Volume;
import dev.rca.benchmarks.scenario.simulation.Impact;
import dev.rca.benchmarks.scenario.simulation.IncidentPlan;
import dev.rca.benchmarks.scenario.simulation.Rollout;
import dev.rca.benchmarks.scenario.simulation.SeededStreams;
import dev.rca.benchmarks.scenario.simulation.ServiceLoad;
import dev.rca.benchmarks.scenario.simulation.ServiceState;
import dev.rca.benchmarks.scenario.simulation.Symptom;
import dev.rca.benchmarks.scenario.system.LogStyle;
import dev.rca.benchmarks.scenario.system.ServiceProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Decides what a service logs over the window: ordinary traffic, background errors, the
 * symptoms of the incident and the start-up of new pods, with volumes following its state.
 */
final class LogContent {
  /** Log volume is decided in slots this long; short enough that onsets stay sharp. */
  private static final int SLOT_SECONDS = 5;
  /** Error lines per minute per unit of error ratio and per ordinary line per minute. */
  private static final double ERROR_LINE_GAIN = 25.0;

  private final IncidentPlan plan;
  private final ServiceLoad load;
  private final ServiceProfile service;
  private final RandomGenerator rnd;
  private final LogMessages messages;

  LogContent(IncidentPlan plan, ServiceLoad load, ServiceProfile service) {
    this.plan = plan;
    this.load = load;
    this.service = service;
    this.rnd = plan.streams().stream("logs/" + service.name());
    this.messages = new LogMessages(service, plan.spec().system().callees(service.name()),
        plan.spec().system().externals(service.name()), rnd);
  }

  List<LogEntry> entries() {
    Volume volume = plan.spec().volume();
    List<LogEntry> out = new ArrayList<>();
    for (Instant slot = plan.from(); slot.isBefore(plan.to()); slot = slot.plusSeconds(SLOT_SECONDS)) {
      ServiceState state = load.at(service.name(), slot);
      double perSlot = SLOT_SECONDS / 60.0;
      double quiet = service.logStyle() == LogStyle.POSTGRES ? 0.3 : 1.0;
      int ordinary = SeededStreams.poisson(rnd,
          volume.logLinesPerMinute() * perSlot * state.rps() / service.baselineRps() * quiet);
      double errorsPerMinute = Math.min(volume.maxErrorLinesPerMinute(),
          volume.logLinesPerMinute() * state.errorRatio() * ERROR_LINE_GAIN);
      int failing = SeededStreams.poisson(rnd, errorsPerMinute * perSlot);
      for (int i = 0; i < ordinary; i++) {
        out.add(messages.ordinary(at(slot), pod(slot), state));
      }
      Impact dominant = state.dominant();
      double baseline = plan.spec().noise().backgroundErrors() ? service.baselineErrorRatio() : 0;
      double symptomShare = dominant == null ? 0 : (state.errorRatio() - baseline) / state.errorRatio();
      for (int i = 0; i < failing; i++) {
        Instant t = at(slot);
        if (dominant != null && rnd.nextDouble() < symptomShare) {
          out.addAll(messages.symptom(t, pod(slot), dominant, state, upstreamTimesOut(dominant),
              cause(dominant)));
        } else {
          out.addAll(messages.backgroundError(t, pod(slot)));
        }
      }
      sideEffects(slot, state, volume, out);
      Rollout rollout = load.rolloutBetween(service.name(), slot, slot.plusSeconds(SLOT_SECONDS));
      if (rollout != null) {
        for (int i = 0; i < service.replicas(); i++) {
          out.addAll(messages.startup(rollout.at().plusSeconds(12L + 14L * i)
              .plusMillis(rnd.nextInt(1000)), service.pod(i), rollout.toVersion()));
        }
      }
    }
    out.removeIf(e -> !plan.contains(e.at()));
    return out;
  }

  /** The callee's own deviation behind an upstream failure, null for other symptoms. */
  private @Nullable Impact cause(Impact impact) {
    if (impact.symptom() != Symptom.UPSTREAM_FAILURE || impact.upstream() == null) {
      return null;
    }
    List<Impact> upstream = plan.impactsOn(impact.upstream());
    return upstream.isEmpty() ? null : upstream.get(0);
  }

  /**
   * Lines that do not come from failed requests: handshakes rejected by clients of a service
   * whose certificate expired, and start-up lines of containers restarted after an OOM kill.
   */
  private void sideEffects(Instant slot, ServiceState state, Volume volume, List<LogEntry> out) {
    for (Impact impact : plan.impactsOn(service.name())) {
      if (impact.symptom() == Symptom.TLS_EXPIRED) {
        double lost = impact.strength(slot) * (1 - impact.trafficFactor());
        int n = SeededStreams.poisson(rnd, Math.min(volume.maxErrorLinesPerMinute(),
            volume.logLinesPerMinute() * 3 * lost) * SLOT_SECONDS / 60.0);
        for (int i = 0; i < n; i++) {
          out.add(messages.faults().handshake(at(slot), pod(slot)));
        }
      } else if (impact.symptom() == Symptom.MEMORY_LEAK) {
        Instant end = slot.plusSeconds(SLOT_SECONDS);
        for (int i = 0; i < service.replicas(); i++) {
          for (Instant kill : load.kills(service.name(), i, end)) {
            if (!kill.isBefore(slot)) {
              out.addAll(messages.startup(kill.plusSeconds(14).plusMillis(rnd.nextInt(9000)),
                  service.pod(i), "2." + (Math.abs(service.name().hashCode()) % 17) + ".3"));
            }
          }
        }
      }
    }
  }

  /** Whether the dependency behind an upstream failure hangs (timeouts) rather than fails fast. */
  private boolean upstreamTimesOut(Impact impact) {
    if (impact.symptom() != Symptom.UPSTREAM_FAILURE || impact.upstream() == null) {
      return impact.symptom() == Symptom.EDGE_CONNECTION_RESETS && rnd.nextBoolean();
    }
    return plan.impactsOn(impact.upstream()).stream().anyMatch(i -> i.latencyFactor() > 5);
  }

  private Instant at(Instant slot) {
    return slot.plusMillis(rnd.nextInt(SLOT_SECONDS * 1000)).plusNanos(rnd.nextInt(1_000_000));
  }

  private String pod(Instant slot) {
    return service.pod(rnd.nextInt(service.replicas()));
  }

  /** Stream labels for an entry: service and pod always, level where a pipeline extracts it. */
  static Map<String, String> streamLabels(ServiceProfile p, LogEntry e) {
    Map<String, String> labels = new java.util.LinkedHashMap<>();
    labels.put("service", p.name());
    labels.put("namespace", AlertmanagerPayloadWriter.NAMESPACE);
    labels.put("pod", e.pod());
    if (p.logStyle() == LogStyle.NGINX) {
      labels.put("stream", e.logger().equals("access") ? "stdout" : "stderr");
    } else if (p.logStyle() == LogStyle.PLAIN_TEXT || p.logStyle() == LogStyle.POSTGRES) {
      labels.put("container", p.name());
    } else if (!e.level().isEmpty()) {
      labels.put("level", e.level().toLowerCase(java.util.Locale.ROOT));
    }
    return labels;
  }
}
