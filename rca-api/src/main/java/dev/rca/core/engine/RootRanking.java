package dev.rca.core.engine;

import dev.rca.api.evidence.ChangeEvent;
import dev.rca.api.evidence.TraceFinding;
import dev.rca.api.model.ServiceGraph;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Weighs every anomalous service as the root. Anomalies flow from callee to caller, so a root
 * is an anomalous service that (1) is not explained by an anomalous service it calls whose
 * trouble began no later, (2) lies below the alerted services, which a root must explain,
 * (3) began early, and (4) has something that names a cause: a change that landed just before
 * and touched something that can hurt, a saturated resource, errors that originate in it.
 */
final class RootRanking {
  /**
   * How much later a callee's onset may be and still explain its caller: sampling jitter only,
   * since trouble travels from callee to caller with a lag, not the other way.
   */
  static final Duration EXPLAIN_TOLERANCE = Duration.ofSeconds(20);

  /** A callee explains a caller only when it is at least this troubled relative to it. */
  static final double COMPARABLE = 0.75;

  private RootRanking() {}

  static List<RootCandidate> rank(List<ServiceProfile> suspects, ServiceGraph graph,
      Set<String> alerted, Instant fallbackOnset) {
    Instant first = suspects.stream().map(ServiceProfile::onset).filter(Objects::nonNull)
        .min(Comparator.naturalOrder()).orElse(fallbackOnset);
    double originTotal = suspects.stream().mapToDouble(RootRanking::origin).sum();
    // In suspect order, so that ties (which callee explains a caller) resolve the same every run.
    Map<ServiceProfile, Own> own = new java.util.LinkedHashMap<>();
    suspects.forEach(p -> own.put(p, Own.of(p, first)));
    List<RootCandidate> out = new ArrayList<>();
    for (ServiceProfile p : suspects) {
      out.add(weigh(p, own, graph, alerted, first, originTotal));
    }
    out.sort(Comparator.comparingDouble(RootCandidate::score).reversed()
        .thenComparing(RootCandidate::service));
    return out;
  }

  /** What a service's own evidence says, before it is compared with the others. */
  private record Own(Instant onset, CauseKinds.Reading reading, double cause,
      @Nullable ChangeEvent change, double fit) {

    static Own of(ServiceProfile p, Instant first) {
      Instant onset = p.onset() == null ? first : p.onset();
      CauseKinds.Reading reading = CauseKinds.read(p.symptoms);
      double cause = Math.max(p.causeEvidence(), reading.placed() ? 0.6 : 0);
      // A change is judged against the strongest symptoms too, not only the earliest: an
      // unrelated blip (a rollout's CPU spike) can date the service before the change that broke it.
      List<Instant> marks = p.changeMarks();
      ChangeEvent best = null;
      double fit = 0;
      for (ChangeEvent c : p.changes) {
        for (Instant mark : marks.isEmpty() ? List.of(onset) : marks) {
          double f = Math.min(1.0, ChangeSuspicion.of(c, mark, reading.kind()));
          if (f > fit) {
            fit = f;
            best = c;
          }
        }
      }
      return new Own(onset, reading, cause, best, fit);
    }

    boolean named() {
      return fit >= RootCandidate.BLAME_FIT || (cause >= 0.3 && reading.placed());
    }
  }

  private static RootCandidate weigh(ServiceProfile p, Map<ServiceProfile, Own> all,
      ServiceGraph graph, Set<String> alerted, Instant first, double originTotal) {
    Own mine = all.get(p);
    Instant onset = mine.onset();
    boolean inGraph = graph.services().contains(p.service);

    String explainedBy = null;
    long upstream = 0;
    for (Map.Entry<ServiceProfile, Own> entry : all.entrySet()) {
      ServiceProfile o = entry.getKey();
      Own theirs = entry.getValue();
      if (o == p) {
        continue;
      }
      // A callee explains this service when its trouble began no later, it is failing (not
      // merely receiving less traffic) about as badly, and it has a named cause where this
      // service has none of its own to set against it.
      if (graph.reaches(p.service, o.service) && o.failing()
          && o.anomaly() >= COMPARABLE * p.anomaly()
          && !theirs.onset().isAfter(onset.plus(EXPLAIN_TOLERANCE))
          && (theirs.named() || !mine.named())) {
        explainedBy = o.service;
      }
      if (graph.reaches(o.service, p.service)) {
        upstream++;
      }
    }
    int others = all.size() - 1;
    double upstreamShare = !inGraph || others == 0 ? 0.5 : (double) upstream / others;
    double coverage = coverage(p.service, graph, alerted, anomalousNames(all));

    double lag = Math.max(0, Duration.between(first, onset).toSeconds());
    double early = Math.exp(-lag / 120.0);
    double origin = originTotal == 0 ? 0 : origin(p) / originTotal;

    // A victim of something it calls is not the root, unless a change of its own explains it.
    double victim = explainedBy != null && mine.fit() < 0.5 ? 0.35 : 1.0;
    double base = 0.28 * coverage + 0.14 * upstreamShare + 0.18 * early + 0.10 * origin
        + 0.30 * Math.max(mine.cause(), mine.fit());
    double score = Math.sqrt(p.anomaly()) * base * victim;
    return new RootCandidate(p, onset, coverage, upstreamShare, explainedBy, early, origin,
        mine.cause(), mine.reading(), mine.change(), mine.fit(), score);
  }

  /**
   * How far the alerted services are explained by {@code service}: an alerted service counts
   * fully when it is {@code service} or calls it through services that are all anomalous
   * themselves (trouble travels caller-ward through every hop), and half when one hop on the way
   * shows nothing (a service without metrics). Neutral (0.5) when nothing is known: no alerted
   * service, or none of them in the graph.
   */
  static double coverage(String service, ServiceGraph graph, Set<String> alerted,
      Set<String> anomalous) {
    List<String> placed = alerted.stream()
        .filter(a -> a.equals(service) || graph.services().contains(a)).toList();
    if (placed.isEmpty() || (!graph.services().contains(service) && !alerted.contains(service))) {
      return 0.5;
    }
    double covered = 0;
    for (String a : placed) {
      covered += a.equals(service) ? 1.0 : pathCredit(a, service, graph, anomalous);
    }
    return covered / placed.size();
  }

  /** 1 when {@code from} reaches {@code to} through anomalous services only, 0.5 with one gap. */
  static double pathCredit(String from, String to, ServiceGraph graph, Set<String> anomalous) {
    // Breadth-first over (service, gaps used so far); at most one silent hop is allowed.
    java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>();
    java.util.Map<String, Integer> gaps = new java.util.HashMap<>();
    gaps.put(from, 0);
    todo.add(from);
    int best = Integer.MAX_VALUE;
    while (!todo.isEmpty()) {
      String at = todo.poll();
      int used = gaps.get(at);
      for (String next : graph.callees(at)) {
        if (next.equals(to)) {
          best = Math.min(best, used);
          continue;
        }
        int g = used + (anomalous.contains(next) ? 0 : 1);
        if (g <= 1 && g < gaps.getOrDefault(next, Integer.MAX_VALUE)) {
          gaps.put(next, g);
          todo.add(next);
        }
      }
    }
    return best == 0 ? 1.0 : best == 1 ? 0.5 : 0.0;
  }

  private static Set<String> anomalousNames(Map<ServiceProfile, Own> all) {
    Set<String> names = new java.util.HashSet<>();
    all.keySet().forEach(p -> names.add(p.service));
    return names;
  }

  static double origin(ServiceProfile p) {
    return p.symptoms.stream()
        .filter(s -> !s.relayed() && s.evidence() instanceof TraceFinding t
            && t.kind() == TraceFinding.Kind.ERROR_ORIGIN)
        .mapToDouble(Symptom::strength).sum();
  }
}
