package dev.rca.core.engine;

import dev.rca.api.evidence.ChangeEvent;
import dev.rca.api.evidence.TraceFinding;
import dev.rca.api.model.ServiceGraph;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Weighs every anomalous service as the root. Anomalies flow from callee to caller, so a root
 * is an anomalous service that (1) is not explained by an anomalous service it calls whose
 * trouble began no later, (2) lies below the alerted services, which a root must explain,
 * (3) began early, and (4) has something that names a cause: a change that landed just before
 * and touched something that can hurt, a saturated resource, errors that originate in it.
 */
final class RootRanking {
  /** How much later a callee's onset may be and still explain its caller (sampling jitter). */
  static final Duration EXPLAIN_TOLERANCE = Duration.ofSeconds(60);

  private RootRanking() {}

  static List<RootCandidate> rank(List<ServiceProfile> suspects, ServiceGraph graph,
      Set<String> alerted, Instant fallbackOnset) {
    Instant first = suspects.stream().map(ServiceProfile::onset).filter(Objects::nonNull)
        .min(Comparator.naturalOrder()).orElse(fallbackOnset);
    double originTotal = suspects.stream().mapToDouble(RootRanking::origin).sum();
    List<RootCandidate> out = new ArrayList<>();
    for (ServiceProfile p : suspects) {
      out.add(weigh(p, suspects, graph, alerted, first, originTotal));
    }
    out.sort(Comparator.comparingDouble(RootCandidate::score).reversed()
        .thenComparing(RootCandidate::service));
    return out;
  }

  private static RootCandidate weigh(ServiceProfile p, List<ServiceProfile> suspects,
      ServiceGraph graph, Set<String> alerted, Instant first, double originTotal) {
    Instant onset = p.onset() == null ? first : p.onset();
    boolean inGraph = graph.services().contains(p.service);

    String explainedBy = null;
    long upstream = 0;
    for (ServiceProfile o : suspects) {
      if (o == p || o.onset() == null) {
        continue;
      }
      if (graph.reaches(p.service, o.service)
          && !o.onset().isAfter(onset.plus(EXPLAIN_TOLERANCE))
          && (explainedBy == null || o.anomaly() > 0.5)) {
        explainedBy = o.service;
      }
      if (graph.reaches(o.service, p.service)) {
        upstream++;
      }
    }
    int others = suspects.size() - 1;
    double upstreamShare = !inGraph || others == 0 ? 0.5 : (double) upstream / others;
    double coverage = coverage(p.service, graph, alerted);

    double lag = Math.max(0, Duration.between(first, onset).toSeconds());
    double early = Math.exp(-lag / 120.0);
    double origin = originTotal == 0 ? 0 : origin(p) / originTotal;

    CauseKinds.Reading reading = CauseKinds.read(p.symptoms);
    double cause = Math.max(p.causeEvidence(), reading.placed() ? 0.6 : 0);
    ChangeEvent best = null;
    double fit = 0;
    for (ChangeEvent c : p.changes) {
      double f = Math.min(1.0, ChangeSuspicion.of(c, onset, reading.kind()));
      if (f > fit) {
        fit = f;
        best = c;
      }
    }
    // A victim of something it calls is not the root, unless a change of its own explains it.
    double victim = explainedBy != null && fit < 0.5 ? 0.35 : 1.0;
    double base = 0.28 * coverage + 0.14 * upstreamShare + 0.18 * early + 0.10 * origin
        + 0.30 * Math.max(cause, fit);
    double score = Math.sqrt(p.anomaly()) * base * victim;
    return new RootCandidate(p, onset, coverage, upstreamShare, explainedBy, early, origin,
        cause, reading, best, fit, score);
  }

  /**
   * Share of the alerted services that are {@code service} or reach it through calls. Neutral
   * (0.5) when nothing is known: no alerted service, or none of them in the graph.
   */
  static double coverage(String service, ServiceGraph graph, Set<String> alerted) {
    List<String> placed = alerted.stream()
        .filter(a -> a.equals(service) || graph.services().contains(a)).toList();
    if (placed.isEmpty() || (!graph.services().contains(service) && !alerted.contains(service))) {
      return 0.5;
    }
    long covered = placed.stream()
        .filter(a -> a.equals(service) || graph.reaches(a, service)).count();
    return (double) covered / placed.size();
  }

  static double origin(ServiceProfile p) {
    return p.symptoms.stream()
        .filter(s -> !s.relayed() && s.evidence() instanceof TraceFinding t
            && t.kind() == TraceFinding.Kind.ERROR_ORIGIN)
        .mapToDouble(Symptom::strength).sum();
  }
}
