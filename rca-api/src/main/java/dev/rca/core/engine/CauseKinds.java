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
 * otherwise saturated resources and the words errors use (x509, NXDOMAIN, 429, deadlock) vote,
 * weighted by how strong each item is. Some words also place the fault inside the service that
 * reports them (its own memory, its own resolver); others only say what kind of thing failed
 * somewhere on a path (a connection timed out).
 */
final class CauseKinds {
  /** A kind, and whether the evidence for it places the fault inside the service. */
  record Reading(CauseKind kind, boolean placed, double weight) {
    static final Reading NONE = new Reading(CauseKind.UNKNOWN, false, 0);
  }

  private record Cue(CauseKind kind, boolean places, List<String> words) {}

  /** Lower case; matched as substrings of redacted text. */
  private static final List<Cue> CUES = List.of(
      new Cue(CauseKind.CERTIFICATE, true, List.of("certificate", "x509", "x.509", "pkix",
          "ssl handshake", "tls handshake", "cert expired")),
      new Cue(CauseKind.NETWORK, true, List.of("nxdomain", "no such host", "name resolution",
          "could not resolve", "unknownhostexception", "retransmit", "retrans", "packet loss",
          "netstat", "network_receive_errs", "network_transmit_drop")),
      new Cue(CauseKind.NETWORK, false, List.of("connection refused", "econnrefused",
          "connection reset", "no route to host", "network is unreachable", "host unreachable",
          "i/o timeout", "connect timed out", "connection timed out", "broken pipe")),
      new Cue(CauseKind.DATABASE, true, List.of("deadlock", "lock wait", "lock timeout",
          "slow query", "too many connections", "sqlstate", "could not obtain lock",
          "statement timeout", "canceling statement", "pg_locks", "pg_stat_activity",
          "pg_stat_database")),
      new Cue(CauseKind.EXTERNAL_DEPENDENCY, true, List.of("429", "too many requests",
          "rate limit", "ratelimit", "quota exceeded", "throttled by", "upstream provider",
          "third-party", "third party")),
      new Cue(CauseKind.MEMORY, true, List.of("outofmemoryerror", "out of memory", "oomkilled",
          "oom-kill", "oom killer", "gc overhead limit", "heap space", "memory limit")),
      new Cue(CauseKind.CPU, true, List.of("cpu throttl", "cfs_throttled", "high cpu")),
      new Cue(CauseKind.DISK, true, List.of("no space left", "disk full", "enospc", "disk quota",
          "read-only file system", "filesystem full", "filesystem_avail")),
      new Cue(CauseKind.CAPACITY, true, List.of("queue full", "rejected execution",
          "insufficient replicas", "max replicas", "capacity exceeded")));

  private CauseKinds() {}

  /** The kind a blamed change implies. */
  static CauseKind ofChange(ChangeEvent c) {
    return switch (c.type()) {
      case DEPLOY, ROLLBACK, OTHER -> CauseKind.DEPLOY;
      case CONFIG -> CauseKind.CONFIG;
      case FEATURE_FLAG -> CauseKind.FEATURE_FLAG;
      case SCALING -> CauseKind.CAPACITY;
    };
  }

  /** Whether the evidence text speaks of a network path (then it says nothing of the callee). */
  static boolean speaksOfNetworkPath(String lowerText) {
    for (Cue cue : CUES) {
      if (cue.kind() == CauseKind.NETWORK) {
        for (String w : cue.words()) {
          if (lowerText.contains(w)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** What the service's own (not relayed) evidence says the fault is. */
  static Reading read(List<Symptom> symptoms) {
    Map<CauseKind, Double> votes = new EnumMap<>(CauseKind.class);
    Map<CauseKind, Double> placing = new EnumMap<>(CauseKind.class);
    boolean surge = false;
    for (Symptom s : symptoms) {
      if (s.relayed()) {
        continue;
      }
      Evidence e = s.evidence();
      if (e instanceof MetricAnomaly m) {
        CauseKind k = resourceKind(m);
        if (k != CauseKind.UNKNOWN) {
          votes.merge(k, 1.5 * s.strength(), Double::sum);
          placing.merge(k, 1.5 * s.strength(), Double::sum);
        }
        surge |= m.indicator() == MetricAnomaly.Indicator.REQUEST_RATE && m.rising()
            && m.observed() > 2 * Math.max(1e-9, m.baseline());
      }
      if (s.external()) {
        // An error at a call that leaves the system: whatever its wording, a third party failed.
        votes.merge(CauseKind.EXTERNAL_DEPENDENCY, s.strength(), Double::sum);
        placing.merge(CauseKind.EXTERNAL_DEPENDENCY, s.strength(), Double::sum);
      }
      String text = words(e);
      for (Cue cue : CUES) {
        if (cue.words().stream().anyMatch(text::contains)) {
          votes.merge(cue.kind(), s.strength(), Double::sum);
          if (cue.places()) {
            placing.merge(cue.kind(), s.strength(), Double::sum);
          }
        }
      }
    }
    // Saturation under a traffic surge is a capacity problem, not a CPU or latency one.
    if (surge && (votes.containsKey(CauseKind.CPU) || votes.containsKey(CauseKind.CAPACITY))) {
      double w = votes.getOrDefault(CauseKind.CPU, 0.0) + votes.getOrDefault(CauseKind.CAPACITY, 0.0);
      votes.remove(CauseKind.CPU);
      placing.remove(CauseKind.CPU);
      votes.put(CauseKind.CAPACITY, w + 0.5);
      placing.put(CauseKind.CAPACITY, w + 0.5);
    }
    return votes.entrySet().stream().filter(v -> v.getValue() >= 0.3)
        .max(Map.Entry.comparingByValue())
        .map(v -> new Reading(v.getKey(), placing.getOrDefault(v.getKey(), 0.0) >= 0.3,
            v.getValue()))
        .orElse(Reading.NONE);
  }

  /** The resource a saturation anomaly is about, UNKNOWN when it is no saturation. */
  static CauseKind resourceKind(MetricAnomaly m) {
    if (!Symptom.isResource(m)) {
      return CauseKind.UNKNOWN;
    }
    return switch (m.indicator()) {
      case CPU -> CauseKind.CPU;
      case MEMORY, RESTARTS -> CauseKind.MEMORY;
      case DISK -> CauseKind.DISK;
      case POOL_PENDING -> CauseKind.DATABASE;
      case REPLICAS -> CauseKind.CAPACITY;
      default -> CauseKind.UNKNOWN;
    };
  }

  static String words(Evidence e) {
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
