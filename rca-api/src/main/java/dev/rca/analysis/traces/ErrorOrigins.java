package dev.rca.analysis.traces;

import dev.rca.api.evidence.TraceFinding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** Counts where errors begin, per service, operation and uninstrumented peer. */
final class ErrorOrigins {
  /** Distinct messages counted per operation; beyond this only known ones are counted. */
  private static final int MAX_MESSAGES = 64;
  /**
   * Log-likelihood gain a rate change must bring to count as a change point. The best of many
   * candidate splits is taken, so chance alone gains about 2 to 4 on steady background errors.
   */
  private static final double CHANGE_POINT_GAIN = 8.0;
  /** How many times the earlier rate the later one must be: a rise, not a wobble. */
  private static final double CHANGE_POINT_RATIO = 2.0;

  private final Map<String, Origin> byKey = new TreeMap<>();

  void add(SpanRecord span, String peer) {
    byKey.computeIfAbsent(span.service() + '\u0000' + span.name() + '\u0000' + peer,
        k -> new Origin(span.service(), span.name(), peer)).add(span);
  }

  /**
   * One finding per operation that had error origins from {@code incidentStart} on. The finding
   * starts at the point where the error rate rose, when the data shows one, so that background
   * errors of the baseline do not date it; {@code baselineCount} says how many came before.
   */
  List<TraceFinding> findings(long dataStart, long dataEnd, long incidentStart,
      UnaryOperator<String> link) {
    List<TraceFinding> out = new ArrayList<>();
    for (Origin o : byKey.values()) {
      o.spans.sort(Comparator.comparingLong(SpanRecord::startEpochNanos));
      int n = o.spans.size();
      if (o.spans.get(n - 1).startEpochNanos() < incidentStart) {
        continue;
      }
      int change = changePoint(o.spans, dataStart, dataEnd);
      int first;
      if (change >= 0) {
        first = change;
      } else {
        first = 0;
        while (o.spans.get(first).startEpochNanos() < incidentStart) {
          first++;
        }
      }
      SpanRecord representative = o.spans.get(change >= 0 ? change : 0);
      Map<String, String> attributes = new TreeMap<>(representative.attributes());
      if (!o.peer.isEmpty()) {
        attributes.put("peer", o.peer);
      }
      attributes.put("baselineCount", Long.toString(first));
      attributes.put("traceId", representative.traceId());
      out.add(new TraceFinding("trace-error-" + (out.size() + 1), o.service,
          representative.start(), o.operation, TraceFinding.Kind.ERROR_ORIGIN, n - first, 0, 0,
          o.message(), attributes, link.apply(representative.traceId())));
    }
    out.sort(Comparator.comparingLong(TraceFinding::count).reversed());
    return out;
  }

  /**
   * The index where a two-rate Poisson model of the origin times fits markedly better than one
   * rate, with the later rate higher; -1 when the rate did not rise.
   */
  static int changePoint(List<SpanRecord> sorted, long dataStart, long dataEnd) {
    int n = sorted.size();
    double a = Math.min(dataStart, sorted.get(0).startEpochNanos());
    double b = Math.max(dataEnd, sorted.get(n - 1).startEpochNanos() + 1);
    double single = n * Math.log(n / (b - a));
    int best = -1;
    double bestGain = CHANGE_POINT_GAIN;
    for (int i = 0; i < n; i++) {
      double t = sorted.get(i).startEpochNanos();
      if (i > 0 && t == sorted.get(i - 1).startEpochNanos()) {
        continue;
      }
      double before = Math.max(1, t - a);
      double after = Math.max(1, b - t);
      int k2 = n - i;
      if (i > 0 && k2 / after < CHANGE_POINT_RATIO * (i / before)) {
        continue;
      }
      double split = (i == 0 ? 0 : i * Math.log(i / before)) + k2 * Math.log(k2 / after);
      if (split - single > bestGain) {
        bestGain = split - single;
        best = i;
      }
    }
    return best;
  }

  private static final class Origin {
    final String service;
    final String operation;
    final String peer;
    final List<SpanRecord> spans = new ArrayList<>();
    final Map<String, Integer> messages = new LinkedHashMap<>();

    Origin(String service, String operation, String peer) {
      this.service = service;
      this.operation = operation;
      this.peer = peer;
    }

    void add(SpanRecord span) {
      spans.add(span);
      String m = span.errorMessage();
      if (!m.isEmpty() && (messages.size() < MAX_MESSAGES || messages.containsKey(m))) {
        messages.merge(m, 1, Integer::sum);
      }
    }

    /** The most frequent message; on a tie the first one seen. */
    String message() {
      String best = "";
      int bestCount = 0;
      for (Map.Entry<String, Integer> e : messages.entrySet()) {
        if (e.getValue() > bestCount) {
          best = e.getKey();
          bestCount = e.getValue();
        }
      }
      return best;
    }
  }
}
