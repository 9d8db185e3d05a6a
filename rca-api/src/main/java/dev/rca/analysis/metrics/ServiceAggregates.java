package dev.rca.analysis.metrics;

import dev.rca.api.evidence.MetricAnomaly.Indicator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Per-service sums, ratios and quantiles over series aligned on a common grid. */
final class ServiceAggregates {

  DerivedSignal requestRate(String service, String name, List<MetricSeries> members) {
    SampleGrid grid = SampleGrid.covering(members);
    double[] total = sum(grid, members);
    return new DerivedSignal(service, Indicator.REQUEST_RATE,
        "sum(" + rateOf(members.get(0), name, service) + ")",
        signalSeries(name, Map.of(), rateLabel(members.get(0)), grid.times(), total), members.get(0));
  }

  /** The 5xx share of a status-labelled request counter; null when no series carries a status. */
  @Nullable DerivedSignal errorRatio(String service, String name, List<MetricSeries> members) {
    List<MetricSeries> errors = new ArrayList<>();
    boolean labelled = false;
    for (MetricSeries s : members) {
      labelled |= IndicatorRules.hasStatus(s);
      if (IndicatorRules.isServerError(s)) {
        errors.add(s);
      }
    }
    if (!labelled) {
      return null;
    }
    SampleGrid grid = SampleGrid.covering(members);
    double[] ratio = SampleGrid.ratio(sum(grid, errors), sum(grid, members), true);
    MetricSeries origin = errors.isEmpty() ? members.get(0) : errors.get(0);
    String selector = MetricSeries.selector(name, Map.of("service", service));
    return new DerivedSignal(service, Indicator.ERROR_RATIO,
        "sum(rate(" + selector.substring(0, selector.length() - 1) + ",status=~\"5..\"}))"
            + " / sum(rate(" + selector + "))",
        signalSeries(name, Map.of(), "5xx/total", grid.times(), ratio), origin);
  }

  /** An error counter's rate over the service's request rate, or its bare rate without one. */
  DerivedSignal errorCounter(String service, Indicator indicator, List<MetricSeries> members,
      @Nullable DerivedSignal requests) {
    List<MetricSeries> all = new ArrayList<>(members);
    if (requests != null) {
      all.add(requests.series());
    }
    SampleGrid grid = SampleGrid.covering(all);
    double[] errors = sum(grid, members);
    String name = members.get(0).name();
    String expression = "sum(" + rateOf(members.get(0), name, service) + ")";
    if (requests == null) {
      return new DerivedSignal(service, indicator, expression,
          signalSeries(name, Map.of(), rateLabel(members.get(0)), grid.times(), errors),
          members.get(0));
    }
    double[] ratio = SampleGrid.ratio(errors, grid.align(requests.series(), false), true);
    return new DerivedSignal(service, indicator, expression + " / " + requests.expression(),
        signalSeries(name, Map.of(), "/" + requests.origin().name(), grid.times(), ratio),
        members.get(0));
  }

  /** Sum of the durations' rate over the sum of the counts' rate: the mean per request. */
  @Nullable DerivedSignal meanDuration(String service, Indicator indicator, List<MetricSeries> sums,
      List<MetricSeries> counts) {
    if (counts.isEmpty()) {
      return null;
    }
    List<MetricSeries> all = new ArrayList<>(sums);
    all.addAll(counts);
    SampleGrid grid = SampleGrid.covering(all);
    double[] mean = SampleGrid.ratio(sum(grid, sums), sum(grid, counts), false);
    String family = family(sums.get(0).name());
    return new DerivedSignal(service, indicator,
        "sum(" + rateOf(sums.get(0), sums.get(0).name(), service) + ") / sum("
            + rateOf(counts.get(0), counts.get(0).name(), service) + ")",
        signalSeries(family, Map.of(), "mean", grid.times(), mean), sums.get(0));
  }

  /**
   * The quantile over a service's buckets, interpolating linearly inside the bucket as
   * Prometheus' {@code histogram_quantile} does; NaN where no request was counted.
   */
  @Nullable DerivedSignal quantile(String service, Indicator indicator, List<MetricSeries> buckets,
      double q) {
    TreeMap<Double, List<MetricSeries>> byBound = new TreeMap<>();
    for (MetricSeries b : buckets) {
      double le = parseBound(b.label("le"));
      if (!Double.isNaN(le)) {
        byBound.computeIfAbsent(le, k -> new ArrayList<>()).add(b);
      }
    }
    if (byBound.size() < 2 || byBound.lastKey() != Double.POSITIVE_INFINITY) {
      return null;
    }
    SampleGrid grid = SampleGrid.covering(buckets);
    double[] bounds = new double[byBound.size()];
    double[][] cumulative = new double[byBound.size()][];
    int k = 0;
    for (Map.Entry<Double, List<MetricSeries>> e : byBound.entrySet()) {
      bounds[k] = e.getKey();
      cumulative[k++] = sum(grid, e.getValue());
    }
    double[] out = new double[grid.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = quantileAt(q, bounds, cumulative, i);
    }
    String family = family(buckets.get(0).name());
    String label = "p" + Math.round(q * 100);
    return new DerivedSignal(service, indicator,
        "histogram_quantile(" + q + ", sum by (le) (" + rateOf(buckets.get(0),
            buckets.get(0).name(), service) + "))",
        signalSeries(family, Map.of(), label, grid.times(), out), buckets.get(0));
  }

  private static double quantileAt(double q, double[] bounds, double[][] cumulative, int i) {
    double total = cumulative[bounds.length - 1][i];
    if (!(total > 0)) {
      return Double.NaN;
    }
    double rank = q * total;
    double lowerBound = 0;
    double lowerCount = 0;
    for (int b = 0; b < bounds.length; b++) {
      double count = Double.isNaN(cumulative[b][i]) ? lowerCount : cumulative[b][i];
      if (count >= rank) {
        if (bounds[b] == Double.POSITIVE_INFINITY) {
          return lowerBound; // the quantile lies beyond the largest finite bound
        }
        double width = count - lowerCount;
        return width <= 0 ? bounds[b] : lowerBound + (bounds[b] - lowerBound) * (rank - lowerCount) / width;
      }
      lowerBound = bounds[b];
      lowerCount = count;
    }
    return Double.NaN;
  }

  /**
   * A cumulative count (restarts, OOM kills) as the service's total increase since each series'
   * first sample; a series that appears after the grid starts (a new pod) brings its first value
   * in too. Values are carried forward so a replaced pod's restarts do not vanish.
   */
  DerivedSignal cumulative(String service, Indicator indicator, List<MetricSeries> members) {
    SampleGrid grid = SampleGrid.covering(members);
    long[] times = grid.times();
    double[] total = new double[times.length];
    for (MetricSeries s : members) {
      boolean late = times.length > 0 && s.timestamp(0) > times[0] + 2 * s.medianInterval();
      double start = late ? 0 : s.value(0);
      int j = -1;
      for (int i = 0; i < times.length; i++) {
        while (j + 1 < s.size() && s.timestamp(j + 1) <= times[i]) {
          j++;
        }
        if (j >= 0) {
          total[i] += Math.max(0, s.value(j) - start);
        }
      }
    }
    MetricSeries first = members.get(0);
    return new DerivedSignal(service, indicator, "sum(increase(" + first.selector() + "))",
        signalSeries(first.name(), Map.of(), "increase", times, total), first);
  }

  /** Series added up per service (or per service and instance): rates for counters. */
  DerivedSignal levelSum(String service, Indicator indicator, List<MetricSeries> members,
      String instance) {
    SampleGrid grid = SampleGrid.covering(members);
    double[] total = sum(grid, members);
    MetricSeries first = members.get(0);
    Map<String, String> labels = instance.isEmpty() ? Map.of() : Map.of("instance", instance);
    String inner = IndicatorRules.isCounter(first) ? rateOf(first, first.name(), service)
        : MetricSeries.selector(first.name(), Map.of("service", service));
    return new DerivedSignal(service, indicator, "sum(" + inner + ")",
        signalSeries(first.name(), labels, "sum" + (IndicatorRules.isCounter(first) ? "(rate)" : ""),
            grid.times(), total), first);
  }

  private static double[] sum(SampleGrid grid, List<MetricSeries> members) {
    double[] total = SampleGrid.nans(grid.size());
    for (MetricSeries s : members) {
      SampleGrid.addInto(total, grid.align(s, IndicatorRules.isCounter(s)));
    }
    return total;
  }

  private static String rateOf(MetricSeries s, String name, String service) {
    String selector = MetricSeries.selector(name, Map.of("service", service));
    return IndicatorRules.isCounter(s) ? "rate(" + selector + ")" : selector;
  }

  private static String rateLabel(MetricSeries s) {
    return IndicatorRules.isCounter(s) ? "rate" : "";
  }

  private static String family(String name) {
    for (String suffix : List.of("_sum", "_bucket", "_count")) {
      if (name.endsWith(suffix)) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  private static double parseBound(String le) {
    if (le.equals("+Inf") || le.equals("Inf")) {
      return Double.POSITIVE_INFINITY;
    }
    try {
      return Double.parseDouble(le);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** A derived series: its labels minus the service ones, plus {@code derived} when transformed. */
  static MetricSeries signalSeries(String name, Map<String, String> labels, String derived,
      long[] times, double[] values) {
    Map<String, String> kept = new TreeMap<>(labels);
    IndicatorRules.SERVICE_LABELS.forEach(kept::remove);
    if (!derived.isEmpty()) {
      kept.put("derived", derived);
    }
    return MetricSeries.of(name, MetricType.GAUGE, kept, times, values);
  }
}
