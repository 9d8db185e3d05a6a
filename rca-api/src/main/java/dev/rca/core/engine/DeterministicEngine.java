package dev.rca.core.engine;

import dev.rca.api.evidence.ChangeEvent;
import dev.rca.api.evidence.Evidence;
import dev.rca.api.evidence.TraceFinding;
import dev.rca.api.model.CauseKind;
import dev.rca.api.model.Hypothesis;
import dev.rca.api.model.ServiceGraph;
import dev.rca.api.redaction.RedactedEvidence;
import dev.rca.api.spi.HypothesisEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ranks root causes from the evidence alone. Anomalies flow from callee to caller, so the root is
 * the anomalous service whose trouble starts first and sits below the other anomalous services
 * in the call graph; where errors originate in traces, saturated resources and changes that
 * landed just before that service's own onset add weight. A change only counts against a
 * service that is itself anomalous, so an unrelated deploy landing nearby is not blamed by
 * proximity alone.
 *
 * <pre>{@code
 * List<Hypothesis> ranked = new DeterministicEngine().rank(redactedEvidence);
 * }</pre>
 */
public final class DeterministicEngine implements HypothesisEngine {
  @Override
  public List<Hypothesis> rank(RedactedEvidence evidence) {
    Map<String, ServiceProfile> profiles =
        EvidenceAttribution.profiles(evidence.items(), evidence.graph());
    List<ServiceProfile> suspects = profiles.values().stream().filter(ServiceProfile::anomalous)
        .toList();
    if (suspects.isEmpty()) {
      suspects = profiles.values().stream().filter(p -> p.onset() != null).toList();
    }
    if (suspects.isEmpty()) {
      return List.of();
    }
    ServiceGraph graph = evidence.graph();
    Instant first = suspects.stream().map(ServiceProfile::onset).filter(java.util.Objects::nonNull)
        .min(Comparator.naturalOrder()).orElse(evidence.request().onset());
    double originTotal = suspects.stream().mapToDouble(DeterministicEngine::origin).sum();

    List<Candidate> candidates = new ArrayList<>();
    for (ServiceProfile p : suspects) {
      candidates.add(score(p, suspects, graph, first, originTotal));
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
        .thenComparing(c -> c.profile().service));
    return hypotheses(candidates);
  }

  private record Candidate(ServiceProfile profile, double score, double cause,
      ChangeEvent change, double changeFit, CauseKind kind, String why) {}

  private static Candidate score(ServiceProfile p, List<ServiceProfile> suspects,
      ServiceGraph graph, Instant first, double originTotal) {
    Instant onset = p.onset() == null ? first : p.onset();
    double lagSeconds = Math.max(0, Duration.between(first, onset).toSeconds());
    double early = Math.exp(-lagSeconds / 90.0);

    int others = suspects.size() - 1;
    long upstream = suspects.stream().filter(o -> o != p && graph.reaches(o.service, p.service))
        .count();
    boolean deeperEarlier = suspects.stream().anyMatch(o -> o != p
        && graph.reaches(p.service, o.service) && o.onset() != null
        && !o.onset().isAfter(onset.plusSeconds(30)));
    boolean known = graph.services().contains(p.service);
    double explains = !known || others == 0 ? 0.5 : (double) upstream / others;
    double depth = deeperEarlier ? 0.2 : 1.0;
    double position = known ? 0.5 * explains + 0.5 * depth : 0.5;

    double origin = originTotal == 0 ? 0 : origin(p) / originTotal;
    CauseKind evidenceKind = CauseKinds.ofEvidence(p.symptoms);
    // Words like "connection timed out" name the kind of fault but not where it is: only
    // wording that speaks of the service's own resources places the cause inside it.
    double cause = Math.max(p.causeEvidence(), CauseKinds.placesFaultInService(evidenceKind) ? 0.6 : 0);

    ChangeEvent best = null;
    double fit = 0;
    for (ChangeEvent c : p.changes) {
      double f = Math.min(1.0, ChangeSuspicion.of(c, onset, evidenceKind));
      if (f > fit) {
        fit = f;
        best = c;
      }
    }
    double score = Math.sqrt(p.anomaly())
        * (0.25 * early + 0.25 * position + 0.15 * origin + 0.15 * cause + 0.20 * fit);
    CauseKind kind = best != null && fit >= 0.3 ? CauseKinds.ofChange(best) : evidenceKind;
    String why = explain(p, onset, first, upstream, others, known, deeperEarlier, origin,
        best, fit);
    return new Candidate(p, score, cause, best, fit, kind, why);
  }

  private static double origin(ServiceProfile p) {
    return p.symptoms.stream()
        .filter(s -> s.evidence() instanceof TraceFinding t
            && t.kind() == TraceFinding.Kind.ERROR_ORIGIN)
        .mapToDouble(Symptom::strength).sum();
  }

  private static List<Hypothesis> hypotheses(List<Candidate> ranked) {
    Candidate top = ranked.get(0);
    double second = ranked.size() > 1 ? ranked.get(1).score() : 0;
    double margin = top.score() <= 0 ? 0 : (top.score() - second) / top.score();
    boolean explained = top.cause() > 0 || top.changeFit() >= 0.3;
    double confidence = Math.min(0.97, 0.25 + 0.45 * margin + 0.30 * top.score()
        + (explained ? 0.15 : 0));
    if (!explained) {
      // Symptoms without anything that names a cause: a ranking, not an answer.
      confidence = Math.min(confidence, 0.3);
    }
    List<Hypothesis> out = new ArrayList<>();
    for (Candidate c : ranked) {
      double conf = c == top ? confidence
          : Math.min(confidence * 0.8, confidence * c.score() / Math.max(1e-9, top.score()));
      out.add(new Hypothesis(c.profile().service, c.kind(),
          c.change() != null && c.changeFit() >= 0.3 ? c.change().changeId() : null,
          Math.max(0, Math.min(1, conf)), c.why(), cited(c)));
      if (out.size() == 10) {
        break;
      }
    }
    return out;
  }

  private static List<String> cited(Candidate c) {
    List<String> ids = new ArrayList<>();
    if (c.change() != null && c.changeFit() >= 0.3) {
      ids.add(c.change().id());
    }
    c.profile().strongest(4).forEach(s -> ids.add(s.evidence().id()));
    return ids;
  }

  private static String explain(ServiceProfile p, Instant onset, Instant first, long upstream,
      int others, boolean known, boolean deeperEarlier, double origin, ChangeEvent change,
      double fit) {
    StringBuilder sb = new StringBuilder(p.service).append(" went anomalous at ").append(onset);
    long lag = Duration.between(first, onset).toSeconds();
    sb.append(lag <= 0 ? ", first of the anomalous services" : ", " + lag + " s after the first");
    if (known && others > 0) {
      sb.append("; ").append(upstream).append(" of ").append(others)
          .append(" other anomalous services call it directly or indirectly");
    }
    if (deeperEarlier) {
      sb.append("; something it calls was anomalous as early");
    }
    if (origin >= 0.5) {
      sb.append("; traces show errors originating there");
    }
    if (change != null && fit >= 0.3) {
      sb.append("; ").append(change.type().name().toLowerCase(java.util.Locale.ROOT))
          .append(" change ").append(change.changeId()).append(" landed ")
          .append(Duration.between(change.at(), onset).toSeconds()).append(" s before");
    }
    return sb.append('.').toString();
  }
}
