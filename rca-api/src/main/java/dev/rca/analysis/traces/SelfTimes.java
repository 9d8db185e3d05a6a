package dev.rca.analysis.traces;

import dev.rca.api.evidence.TraceFinding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** Self time per service, operation and uninstrumented peer, compared before and after the onset. */
final class SelfTimes {
  private final Map<String, Series> byKey = new TreeMap<>();

  void add(SpanRecord span, long selfNanos, String peer) {
    byKey.computeIfAbsent(span.service() + '\u0000' + span.name() + '\u0000' + peer,
        k -> new Series(span.service(), span.name(), peer)).add(span, selfNanos);
  }

  /**
   * Operations whose median self time after the onset is at least {@code ratio} times and
   * {@code floorNanos} more than before {@code incidentStart}. Spans between the two instants are
   * in neither median: the change may precede the alert by a few minutes.
   */
  List<TraceFinding> findings(long incidentStart, long onset, double ratio, long floorNanos,
      int minSamples, UnaryOperator<String> link) {
    List<TraceFinding> out = new ArrayList<>();
    List<double[]> ratios = new ArrayList<>();
    for (Series s : byKey.values()) {
      long[] before = s.selfTimes(t -> t < incidentStart);
      long[] after = s.selfTimes(t -> t >= onset);
      if (before.length < minSamples || after.length < minSamples) {
        continue;
      }
      double baseline = median(before);
      double observed = median(after);
      if (observed < ratio * baseline || observed - baseline < floorNanos) {
        continue;
      }
      double threshold = Math.sqrt(Math.max(baseline, 1_000) * observed);
      int first = s.firstSlowAfterChange(threshold);
      SpanRecord at = s.spans.get(first);
      Map<String, String> attributes = new TreeMap<>(at.attributes());
      if (!s.peer.isEmpty()) {
        attributes.put("peer", s.peer);
      }
      attributes.put("traceId", at.traceId());
      ratios.add(new double[] {observed / Math.max(baseline, 1), out.size()});
      out.add(new TraceFinding("trace-slow-" + (out.size() + 1), s.service, at.start(),
          s.operation, TraceFinding.Kind.SELF_TIME_GROWTH, s.countFrom(at.startEpochNanos()),
          baseline / 1e6, observed / 1e6, at.errorMessage(), attributes,
          link.apply(at.traceId())));
    }
    ratios.sort(Comparator.comparingDouble((double[] r) -> -r[0]));
    List<TraceFinding> sorted = new ArrayList<>();
    ratios.forEach(r -> sorted.add(out.get((int) r[1])));
    return sorted;
  }

  private static double median(long[] values) {
    Arrays.sort(values);
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + (double) values[n / 2]) / 2;
  }

  private static final class Series {
    final String service;
    final String operation;
    final String peer;
    final List<SpanRecord> spans = new ArrayList<>();
    long[] selfNanos = new long[8];

    Series(String service, String operation, String peer) {
      this.service = service;
      this.operation = operation;
      this.peer = peer;
    }

    void add(SpanRecord span, long self) {
      if (spans.size() == selfNanos.length) {
        selfNanos = Arrays.copyOf(selfNanos, selfNanos.length * 2);
      }
      selfNanos[spans.size()] = self;
      spans.add(span);
    }

    long[] selfTimes(java.util.function.LongPredicate startMatches) {
      long[] out = new long[spans.size()];
      int n = 0;
      for (int i = 0; i < spans.size(); i++) {
        if (startMatches.test(spans.get(i).startEpochNanos())) {
          out[n++] = selfNanos[i];
        }
      }
      return Arrays.copyOf(out, n);
    }

    long countFrom(long start) {
      return spans.stream().filter(s -> s.startEpochNanos() >= start).count();
    }

    /**
     * The first slow span from the point where slow spans start to dominate: the suffix with the
     * largest excess of slow over fast spans (a CUSUM change point), so isolated slow spans in the
     * baseline do not date the change.
     */
    int firstSlowAfterChange(double threshold) {
      Integer[] order = new Integer[spans.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, Comparator.comparingLong(i -> spans.get(i).startEpochNanos()));
      int bestFrom = order.length - 1;
      long best = Long.MIN_VALUE;
      long score = 0;
      for (int j = order.length - 1; j >= 0; j--) {
        score += selfNanos[order[j]] >= threshold ? 1 : -1;
        if (score >= best) {
          best = score;
          bestFrom = j;
        }
      }
      for (int j = bestFrom; j < order.length; j++) {
        if (selfNanos[order[j]] >= threshold) {
          return order[j];
        }
      }
      return order[order.length - 1];
    }
  }
}
