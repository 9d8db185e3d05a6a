package dev.rca.benchmarks.scenario.simulation;

import static java.util.Objects.requireNonNull;

import dev.rca.benchmarks.scenario.ScenarioSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fully decided incident: every writer renders this one plan in its own format, so logs,
 * metrics, traces, changes and alerts agree with each other.
 *
 * <pre>{@code
 * IncidentPlan plan = IncidentPlanner.plan(spec);
 * plan.onset();          // the earliest alert's startsAt
 * plan.sampleTimes();    // from, from + step, ... before to
 * }</pre>
 *
 * @param faultStart when the culprit began to misbehave
 * @param onset the incident's start as the bundle declares it: the earliest firing alert
 * @param from the first instant of data, aligned to the metric step
 * @param to the end of data, exclusive
 * @param impacts every service's deviation, culprit first, then callers nearest first
 * @param changes every change event in the window, in time order
 * @param culpritChangeId the change that caused the incident, null when none did
 */
public record IncidentPlan(
    ScenarioSpec spec,
    SeededStreams streams,
    Instant faultStart,
    Instant onset,
    Instant from,
    Instant to,
    List<Impact> impacts,
    List<ChangeRecord> changes,
    List<AlertRecord> alerts,
    List<Rollout> rollouts,
    @Nullable String culpritChangeId) {

  public IncidentPlan {
    requireNonNull(spec, "spec");
    requireNonNull(streams, "streams");
    requireNonNull(faultStart, "faultStart");
    requireNonNull(onset, "onset");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    impacts = List.copyOf(impacts);
    changes = List.copyOf(changes);
    alerts = List.copyOf(alerts);
    rollouts = List.copyOf(rollouts);
  }

  /** Whether {@code t} lies in the data window {@code [from, to)}. */
  public boolean contains(Instant t) {
    return !t.isBefore(from) && t.isBefore(to);
  }

  /** Metric sample instants: every step from {@code from} on, before {@code to}. */
  public List<Instant> sampleTimes() {
    long step = spec.window().step().toSeconds();
    List<Instant> out = new ArrayList<>();
    for (Instant t = from; t.isBefore(to); t = t.plusSeconds(step)) {
      out.add(t);
    }
    return out;
  }

  /** The deviations of {@code service}, in plan order. */
  public List<Impact> impactsOn(String service) {
    return impacts.stream().filter(i -> i.service().equals(service)).toList();
  }
}
