package dev.rca.core.engine;

import dev.rca.api.evidence.ChangeEvent;
import dev.rca.api.evidence.Evidence;
import dev.rca.api.evidence.LogPattern;
import dev.rca.api.evidence.MetricAnomaly;
import dev.rca.api.evidence.TraceFinding;
import dev.rca.api.model.CauseKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names the kind of fault from what the evidence says: a blamed change decides by its type;
 * otherwise saturated resources and the words errors use (x509, ECONNREFUSED, 429, deadlock)
 * vote, weighted by how strong each item is.
 */
final class CauseKinds {
  private record Cue(CauseKind kind, List<String> words) {}

  /** Words that say what failed. Lower case; matched as substrings of redacted text. */
  private static final List<Cue> CUES = List.of(
      new Cue(CauseKind.CERTIFICATE, List.of("certificate", "x509", "x.509", "ssl handshake",
          "tls handshake", "pkix", "cert expired", "certificate has expired")),
      new Cue(CauseKind.NETWORK, List.of("connection refused", "econnrefused", "connection reset",
          "no route to host", "network is unreachable", "host unreachable", "nxdomain",
          "name resolution", "could not resolve", "dns", "packet loss", "i/o timeout",
          "connect timed out", "broken pipe")),
      new Cue(CauseKind.DATABASE, List.of("deadlock", "lock wait", "slow query", "too many connections",
          "connection pool", "pool exhausted", "hikari", "sqlstate", "sqlexception",
          "could not obtain connection", "query timeout", "statement timeout")),
      new Cue(CauseKind.EXTERNAL_DEPENDENCY, List.of("429", "too many requests", "rate limit",
          "ratelimit", "quota exceeded", "throttled by", "upstream provider", "third-party",
          "third party", "bad gateway from")),
      new Cue(CauseKind.MEMORY, List.of("outofmemoryerror", "out of memory", "oomkilled",
          "oom-kill", "oom killer", "gc overhead limit", "heap space", "memory limit")),
      new Cue(CauseKind.CPU, List.of("cpu throttl", "cpu limit", "high cpu")),
      new Cue(CauseKind.DISK, List.of("no space left", "disk full", "enospc", "disk quota",
          "read-only file system", "filesystem full")),
      new Cue(CauseKind.CAPACITY, List.of("queue full", "rejected execution", "too many requests in flight",
          "autoscal", "insufficient replicas", "max replicas", "capacity")));

  private CauseKinds() {}

  /**
   * Whether errors of this kind, seen in a service's own evidence, place the fault inside that
   * service. Network errors do not: they describe the path to something else.
   */
  static boolean placesFaultInService(CauseKind kind) {
    return switch (kind) {
      case CPU, MEMORY, DISK, DATABASE, CERTIFICATE, EXTERNAL_DEPENDENCY, CAPACITY -> true;
      default -> false;
    };
  }

  /** The kind a blamed change implies. */
  static CauseKind ofChange(ChangeEvent c) {
    return switch (c.type()) {
      case DEPLOY, ROLLBACK, OTHER -> CauseKind.DEPLOY;
      case CONFIG -> CauseKind.CONFIG;
      case FEATURE_FLAG -> CauseKind.FEATURE_FLAG;
      case SCALING -> CauseKind.CAPACITY;
    };
  }

  /** The kind the service's own evidence points to, {@code UNKNOWN} when nothing does. */
  static CauseKind ofEvidence(List<Symptom> symptoms) {
    Map<CauseKind, Double> votes = new EnumMap<>(CauseKind.class);
    for (Symptom s : symptoms) {
      if (s.relayed()) {
        continue;
      }
      Evidence e = s.evidence();
      if (e instanceof MetricAnomaly m && Symptom.isResource(m)) {
        CauseKind k = switch (m.indicator()) {
          case CPU -> CauseKind.CPU;
          case MEMORY, RESTARTS -> CauseKind.MEMORY;
          case DISK -> CauseKind.DISK;
          case POOL_PENDING -> CauseKind.DATABASE;
          case REPLICAS -> CauseKind.CAPACITY;
          default -> CauseKind.UNKNOWN;
        };
        votes.merge(k, 1.5 * s.strength(), Double::sum);
      }
      if (e instanceof MetricAnomaly m && m.indicator() == MetricAnomaly.Indicator.REQUEST_RATE
          && m.rising() && m.observed() > 2 * Math.max(1e-9, m.baseline())) {
        votes.merge(CauseKind.CAPACITY, s.strength(), Double::sum);
      }
      String text = words(e);
      for (Cue cue : CUES) {
        for (String w : cue.words()) {
          if (text.contains(w)) {
            votes.merge(cue.kind(), s.strength(), Double::sum);
            break;
          }
        }
      }
    }
    votes.remove(CauseKind.UNKNOWN);
    return votes.entrySet().stream().filter(v -> v.getValue() >= 0.3)
        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(CauseKind.UNKNOWN);
  }

  private static String words(Evidence e) {
    String text;
    if (e instanceof LogPattern p) {
      text = p.template() + " " + String.join(" ", p.samples());
    } else if (e instanceof TraceFinding t) {
      text = t.operation() + " " + t.message() + " " + t.attributes();
    } else if (e instanceof MetricAnomaly m) {
      text = m.metric() + " " + m.labels();
    } else {
      text = e.excerpt();
    }
    return text.toLowerCase(Locale.ROOT);
  }
}
