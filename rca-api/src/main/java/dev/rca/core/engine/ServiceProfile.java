package dev.rca.core.engine;

import dev.rca.api.evidence.ChangeEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything the evidence says about one service: its symptoms, their onset, its changes. */
final class ServiceProfile {
  /** Below this an item is noise for onset purposes: it may add up, but it does not date. */
  static final double DATING_STRENGTH = 0.35;

  final String service;
  final List<Symptom> symptoms = new ArrayList<>();
  final List<ChangeEvent> changes = new ArrayList<>();

  ServiceProfile(String service) {
    this.service = service;
  }

  /** Total strength, saturating so that many weak items do not outweigh one clear one. */
  double anomaly() {
    double miss = 1.0;
    for (Symptom s : symptoms) {
      miss *= 1.0 - Math.min(0.95, s.strength());
    }
    return 1.0 - miss;
  }

  boolean anomalous() {
    return anomaly() >= 0.5;
  }

  /**
   * When the service's own trouble began: its earliest item strong enough to date it. Items much
   * weaker than the service's strongest (background noise that happened to shift) do not date it.
   */
  @Nullable Instant onset() {
    return datingInstants().stream().min(Comparator.naturalOrder()).orElse(null);
  }

  /**
   * The instants a change is judged against: the onset, and when each of the service's three
   * strongest symptoms began.
   */
  List<Instant> changeMarks() {
    List<Instant> marks = new java.util.ArrayList<>();
    Instant onset = onset();
    if (onset != null) {
      marks.add(onset);
    }
    strongest(3).forEach(s -> marks.add(s.evidence().at()));
    return marks;
  }

  /** When each clear symptom began: items near the service's strongest, in time order. */
  List<Instant> datingInstants() {
    double strongest = symptoms.stream().filter(s -> !isTraffic(s))
        .mapToDouble(Symptom::strength).max().orElse(0);
    double floor = Math.max(DATING_STRENGTH, 0.5 * strongest);
    return symptoms.stream().filter(s -> s.strength() >= floor && !isTraffic(s))
        .map(s -> s.evidence().at()).sorted().toList();
  }

  /** A change in how much traffic arrives: context for a failure, never its start. */
  private static boolean isTraffic(Symptom s) {
    return s.evidence() instanceof dev.rca.api.evidence.MetricAnomaly m
        && m.indicator() == dev.rca.api.evidence.MetricAnomaly.Indicator.REQUEST_RATE;
  }

  /**
   * Whether the service is failing: some clear symptom other than a change in traffic (less
   * traffic is what a service sees when something in front of it fails; more is load, which
   * only fails through latency, errors or saturation).
   */
  boolean failing() {
    return symptoms.stream().anyMatch(s -> s.strength() >= DATING_STRENGTH && !isTraffic(s));
  }

  /** Strength of the items that point at a cause inside this service. */
  double causeEvidence() {
    double miss = 1.0;
    for (Symptom s : symptoms) {
      if (s.causeLike()) {
        miss *= 1.0 - Math.min(0.95, s.strength());
      }
    }
    return 1.0 - miss;
  }

  List<Symptom> strongest(int n) {
    return symptoms.stream().sorted(Comparator.comparingDouble(Symptom::strength).reversed()
        .thenComparing(s -> s.evidence().at())).limit(n).toList();
  }
}
