package dev.rca.core.engine;

import dev.rca.api.evidence.Evidence;
import dev.rca.api.evidence.LogPattern;
import dev.rca.api.evidence.MetricAnomaly;
import dev.rca.api.evidence.TraceFinding;
import dev.rca.api.evidence.ChangeEvent;

/**
 * How strongly one evidence item says its service is unwell, and whether it points at a cause
 * (a saturated resource, the origin of errors) rather than only a symptom (errors, latency).
 *
 * @param external the item is an error at a call to a host outside the system
 * @param relayed the item was seen at this service but is about a service it calls (an error at
 *     a call to that service); its wording then speaks of the callee, not of this service
 */
record Symptom(Evidence evidence, double strength, boolean causeLike, boolean relayed,
    boolean external) {

  Symptom(Evidence evidence, double strength, boolean causeLike) {
    this(evidence, strength, causeLike, false, false);
  }

  /** This item as seen from the callee it is about. */
  Symptom aboutCallee() {
    return new Symptom(evidence, 0.8 * strength, false, false, false);
  }

  /** This item as seen at the caller, where it only relays the callee's trouble. */
  Symptom atCaller() {
    return new Symptom(evidence, strength, false, true, false);
  }

  /** This error happened at a call to something outside the system (a third-party API). */
  Symptom atExternalPeer() {
    return new Symptom(evidence, strength, true, false, true);
  }

  /**
   * @param knownServices services the call graph or the evidence knows; an error that originates
   *     at a call to one of them says the path between the two failed, not this service
   */
  static Symptom of(Evidence e, java.util.Set<String> knownServices) {
    if (e instanceof MetricAnomaly m) {
      double s = Math.min(1.0, m.score() / 8.0) * indicatorWeight(m);
      return new Symptom(e, s, isResource(m));
    }
    if (e instanceof LogPattern p) {
      double level = p.isError() ? 0.9 : p.level().toLowerCase().startsWith("warn") ? 0.6 : 0.3;
      double change = switch (p.change()) {
        case NEW, SURGE -> 1.0;
        case CONTENT -> 0.6;
        case SILENT -> 0.25;
      };
      double volume = Math.min(1.0, Math.log10(1 + p.incidentCount()) / 2.0);
      return new Symptom(e, level * change * Math.max(0.3, volume), false);
    }
    if (e instanceof TraceFinding t) {
      double volume = Math.min(1.0, 0.4 + t.count() / 10.0);
      if (t.kind() == TraceFinding.Kind.ERROR_ORIGIN) {
        // Errors that start here name a cause here, unless they are a call to another service
        // of the system, or a network path failing (a timeout says where it hurt, not why).
        String peer = t.attributes().getOrDefault("peer", "");
        boolean path = CauseKinds.speaksOfNetworkPath(CauseKinds.words(e));
        return new Symptom(e, volume, !path && (peer.isEmpty() || !knownServices.contains(peer)));
      }
      return new Symptom(e, 0.7 * volume, false);
    }
    return new Symptom(e, 0.0, false);
  }

  static boolean isChange(Evidence e) {
    return e instanceof ChangeEvent;
  }

  private static double indicatorWeight(MetricAnomaly m) {
    return switch (m.indicator()) {
      case ERROR_RATIO, POOL_PENDING -> 1.0;
      case LATENCY, RESTARTS -> 0.9;
      case CPU, MEMORY, DISK, REPLICAS -> 0.8;
      case REQUEST_RATE -> 0.5;
      case OTHER -> 0.35;
    };
  }

  /**
   * Saturation of something the service owns: these name causes, not just symptoms. A shift
   * counts only when it is large or ends near a limit: memory moving from 26 % to 27 % of its
   * limit is a real change and no cause of anything.
   */
  static boolean isResource(MetricAnomaly m) {
    // Free or available space falls as a disk fills; every other measure rises.
    boolean shrinking = m.indicator() == MetricAnomaly.Indicator.DISK
        && (m.metric().contains("avail") || m.metric().contains("free"));
    boolean direction = switch (m.indicator()) {
      case DISK -> shrinking != m.rising();
      case CPU, MEMORY, POOL_PENDING, RESTARTS -> m.rising();
      case REPLICAS -> !m.rising();
      default -> false;
    };
    if (!direction) {
      return false;
    }
    if (m.indicator() == MetricAnomaly.Indicator.POOL_PENDING
        || m.indicator() == MetricAnomaly.Indicator.RESTARTS) {
      return true; // waiting for a connection or restarting at all is the saturation
    }
    double base = Math.abs(m.baseline());
    double moved = Math.abs(m.observed() - m.baseline());
    boolean ofLimit = m.labels().getOrDefault("derived", "").contains("/");
    if (ofLimit && (shrinking ? m.observed() <= 1 - NEAR_LIMIT : m.observed() >= NEAR_LIMIT)) {
      return true;
    }
    if (ofLimit && m.indicator() == MetricAnomaly.Indicator.CPU) {
      return false; // more load far from the limit is busy, not saturated (a surge lifts all)
    }
    return moved >= LARGE_SHIFT * Math.max(base, 1e-9);
  }

  /** A fraction of a limit at or above this is near saturation. */
  static final double NEAR_LIMIT = 0.8;
  /** A relative shift at least this large is saturation-sized even far from a limit. */
  static final double LARGE_SHIFT = 0.5;
}
