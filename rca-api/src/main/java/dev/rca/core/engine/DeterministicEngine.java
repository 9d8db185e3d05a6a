package dev.rca.core.engine;

import dev.rca.api.model.Hypothesis;
import dev.rca.api.redaction.RedactedEvidence;
import dev.rca.api.spi.HypothesisEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ranks root causes from the evidence alone, without a model. Anomalies flow from callee to
 * caller, so the root is the anomalous service that is not explained by something it calls,
 * lies below the alerted services, began early, and has something that names a cause; see
 * {@link RootRanking}. Confidence says how clearly the evidence singles that service out: with
 * nothing that names a cause it stays below the level of an answer.
 *
 * <pre>{@code
 * List<Hypothesis> ranked = new DeterministicEngine().rank(redactedEvidence);
 * }</pre>
 */
public final class DeterministicEngine implements HypothesisEngine {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(DeterministicEngine.class);

  @Override
  public List<Hypothesis> rank(RedactedEvidence evidence) {
    Map<String, ServiceProfile> profiles = EvidenceAttribution.profiles(evidence.items(),
        evidence.graph(), evidence.request().topology());
    // A service that only receives less traffic is downstream of a failure, not carrying one.
    List<ServiceProfile> suspects = profiles.values().stream()
        .filter(p -> p.anomalous() && p.failing()).toList();
    if (suspects.isEmpty()) {
      suspects = profiles.values().stream().filter(p -> p.onset() != null).toList();
    }
    if (suspects.isEmpty()) {
      return List.of();
    }
    java.time.Instant alerted = evidence.request().onset();
    List<RootCandidate> ranked = RootRanking.rank(suspects, evidence.graph(),
        evidence.request().services(), alerted).stream()
        .map(c -> c.withScore(c.score() * (0.5 + 0.5 * timeliness(c, alerted))))
        .sorted(java.util.Comparator.comparingDouble(RootCandidate::score).reversed()
            .thenComparing(RootCandidate::service))
        .toList();
    if (LOG.isDebugEnabled()) {
      ranked.forEach(c -> LOG.debug(
          "{} score={} anomaly={} onset={} coverage={} upstream={} explainedBy={} early={}"
              + " origin={} cause={} reading={} change={} fit={}",
          c.service(), r(c.score()), r(c.profile().anomaly()), c.onset(), r(c.coverage()),
          r(c.upstream()), c.explainedBy(), r(c.early()), r(c.origin()), r(c.cause()),
          c.reading(), c.change() == null ? null : c.change().changeId(), r(c.changeFit())));
    }
    return hypotheses(ranked, alerted);
  }

  private static String r(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /**
   * How sure the top candidate is: the margin over the runner-up, how strongly something names a
   * cause, and whether it explains the alerts. Without anything that names a cause the answer
   * stays a ranking ({@code <= 0.3}); a root that explains few of the alerts is capped below
   * the level of an answer.
   */
  /**
   * How plausible it is in time that the candidate started this incident: a failure reaches
   * the alerts within minutes, so trouble that began much earlier is more likely unrelated,
   * unless it is a slow one (a leak, a filling disk). Measured from the blamed change when
   * there is one.
   */
  static double timeliness(RootCandidate c, java.time.Instant alerted) {
    java.time.Instant start = c.blamesChange() ? c.change().at() : c.onset();
    double leadMinutes = Duration.between(start, alerted).toSeconds() / 60.0;
    boolean gradual = switch (c.kind()) {
      case MEMORY, DISK -> true;
      default -> false;
    };
    double allowed = gradual ? 45 : PLAUSIBLE_LEAD_MINUTES;
    return leadMinutes <= allowed ? 1.0 : Math.exp(-(leadMinutes - allowed) / 6.0);
  }

  /** Minutes a non-gradual failure may precede its alerts before it looks unrelated. */
  static final double PLAUSIBLE_LEAD_MINUTES = 8;

  static double confidence(RootCandidate top, double runnerUp) {
    double margin = top.score() <= 0 ? 0 : Math.max(0, (top.score() - runnerUp) / top.score());
    double named = Math.max(top.cause(), top.changeFit());
    double c = 0.2 + 0.45 * margin + 0.25 * named + 0.10 * top.coverage();
    if (!top.named()) {
      c = Math.min(c, 0.3);
    }
    if (top.explainedBy() != null || top.coverage() < 0.5) {
      c = Math.min(c, 0.6);
    }
    // A root that is itself only mildly anomalous is a less certain answer.
    c *= Math.min(1.0, 0.4 + 0.6 * top.profile().anomaly());
    if (top.coverage() == 0) {
      // Trouble here could not have reached any alerted service: not the cause of this incident.
      c = Math.min(c, 0.3);
    }
    return Math.max(0, Math.min(0.97, c));
  }

  private static List<Hypothesis> hypotheses(List<RootCandidate> ranked,
      java.time.Instant alerted) {
    RootCandidate top = ranked.get(0);
    double topConfidence = confidence(top, ranked.size() > 1 ? ranked.get(1).score() : 0);
    List<Hypothesis> out = new ArrayList<>();
    for (RootCandidate c : ranked) {
      double conf = c == top ? topConfidence
          : Math.min(topConfidence * 0.8, topConfidence * c.score() / Math.max(1e-9, top.score()));
      out.add(new Hypothesis(c.service(), c.kind(), c.blamesChange() ? c.change().changeId() : null,
          conf, statement(c), cited(c)));
      if (out.size() == 10) {
        break;
      }
    }
    return out;
  }

  private static List<String> cited(RootCandidate c) {
    List<String> ids = new ArrayList<>();
    if (c.blamesChange()) {
      ids.add(c.change().id());
    }
    c.profile().strongest(4).forEach(s -> {
      if (!ids.contains(s.evidence().id())) {
        ids.add(s.evidence().id());
      }
    });
    return ids;
  }

  private static String statement(RootCandidate c) {
    StringBuilder sb = new StringBuilder(c.service()).append(" went anomalous at ")
        .append(c.onset());
    if (c.early() >= 0.99) {
      sb.append(", first of the anomalous services");
    }
    if (c.explainedBy() != null) {
      sb.append("; ").append(c.explainedBy())
          .append(", which it calls, was anomalous as early and may explain it");
    } else if (c.coverage() >= 0.99) {
      sb.append("; every alerted service depends on it");
    }
    if (c.origin() >= 0.5) {
      sb.append("; traces show errors originating there");
    }
    if (c.cause() >= 0.3 && c.reading().placed()) {
      sb.append("; its own evidence points to ")
          .append(c.reading().kind().wireName().replace('_', ' '));
    }
    if (c.blamesChange()) {
      sb.append("; ").append(c.change().type().name().toLowerCase(Locale.ROOT)).append(" change ")
          .append(c.change().changeId()).append(" landed ")
          .append(Duration.between(c.change().at(), c.onset()).toSeconds())
          .append(" s before");
      String touch = c.change().attributes().getOrDefault("touch.1", "");
      if (!touch.isEmpty()) {
        sb.append(" (").append(touch).append(')');
      }
    }
    return sb.append('.').toString();
  }
}
