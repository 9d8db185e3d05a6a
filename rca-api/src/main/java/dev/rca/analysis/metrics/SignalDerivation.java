package dev.rca.analysis.metrics;

import static java.util.Objects.requireNonNull;

import dev.rca.api.evidence.MetricAnomaly.Indicator;
import dev.rca.api.spi.Deadline;
import dev.rca.api.spi.DeadlineExceededException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns exported series into the signals an incident is judged by: counters into per-second
 * rates (counter resets handled), status-labelled request counters into a request rate and an
 * error ratio per service, duration histograms into a mean and a quantile per service, usage
 * into a fraction of its limit where a limit series exists, and gauges as they are.
 *
 * <pre>{@code
 * SignalDerivation derivation = new SignalDerivation(IndicatorRules.defaults());
 * List<DerivedSignal> signals = derivation.derive(series, scope.deadline());
 * }</pre>
 */
public final class SignalDerivation {
  /** The quantile read from duration histograms' buckets. */
  public static final double QUANTILE = 0.95;

  private final IndicatorRules rules;

  public SignalDerivation(IndicatorRules rules) {
    this.rules = requireNonNull(rules, "rules");
  }

  /** Derives signals without a deadline. */
  public List<DerivedSignal> derive(Collection<MetricSeries> series) {
    try {
      return derive(series, Deadline.after(Duration.ofDays(365)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    } catch (DeadlineExceededException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Derives every signal the series support, in a deterministic order (service, then metric).
   *
   * @throws InterruptedException when the investigator cancelled the work
   * @throws DeadlineExceededException when the deadline passed
   */
  public List<DerivedSignal> derive(Collection<MetricSeries> series, Deadline deadline)
      throws InterruptedException, DeadlineExceededException {
    Map<String, List<MetricSeries>> byName = new HashMap<>();
    TreeMap<GroupKey, List<MetricSeries>> groups = new TreeMap<>();
    int seen = 0;
    for (MetricSeries s : series) {
      if (++seen % 1024 == 0) {
        deadline.check();
      }
      byName.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s);
      IndicatorRule rule = rules.recognise(s);
      if (rule.role() == SeriesRole.IGNORE || s.isEmpty()) {
        continue;
      }
      String part = switch (rule.grouping()) {
        case SERIES -> s.selector();
        case INSTANCE -> s.label("instance");
        case SERVICE -> "";
      };
      groups.computeIfAbsent(new GroupKey(IndicatorRules.serviceOf(s), rule.role().ordinal(),
          rule.indicator(), s.name(), part), k -> new ArrayList<>()).add(s);
    }
    groups.values().forEach(list -> list.sort(Comparator.comparing(MetricSeries::selector)));

    ServiceAggregates aggregates = new ServiceAggregates();
    List<DerivedSignal> out = new ArrayList<>();
    Map<String, List<DerivedSignal>> requestTotals = new HashMap<>();
    int done = 0;
    for (Map.Entry<GroupKey, List<MetricSeries>> e : groups.entrySet()) {
      if (++done % 256 == 0) {
        deadline.check();
      }
      GroupKey key = e.getKey();
      List<MetricSeries> members = e.getValue();
      switch (SeriesRole.values()[key.role()]) {
        case REQUESTS -> {
          DerivedSignal total = aggregates.requestRate(key.service(), key.name(), members);
          out.add(total);
          requestTotals.computeIfAbsent(key.service(), k -> new ArrayList<>()).add(total);
          DerivedSignal errors = aggregates.errorRatio(key.service(), key.name(), members);
          if (errors != null) {
            out.add(errors);
          }
        }
        case DURATION_SUM -> {
          String count = key.name().substring(0, key.name().length() - "_sum".length()) + "_count";
          List<MetricSeries> counts = byName.getOrDefault(count, List.of()).stream()
              .filter(c -> IndicatorRules.serviceOf(c).equals(key.service()))
              .sorted(Comparator.comparing(MetricSeries::selector)).toList();
          DerivedSignal mean = aggregates.meanDuration(key.service(), key.indicator(), members, counts);
          if (mean != null) {
            out.add(mean);
          }
        }
        case DURATION_BUCKET -> {
          DerivedSignal q = aggregates.quantile(key.service(), key.indicator(), members, QUANTILE);
          if (q != null) {
            out.add(q);
          }
        }
        case CUMULATIVE -> out.add(aggregates.cumulative(key.service(), key.indicator(), members));
        case LEVEL -> out.add(members.size() == 1 && !key.part().isEmpty()
            ? level(key.service(), key.indicator(), members.get(0), byName)
            : aggregates.levelSum(key.service(), key.indicator(), members, key.part()));
        case ERRORS -> { } // below, once every service's request rate is known
        case IGNORE -> { }
      }
    }
    for (Map.Entry<GroupKey, List<MetricSeries>> e : groups.entrySet()) {
      GroupKey key = e.getKey();
      if (SeriesRole.values()[key.role()] == SeriesRole.ERRORS) {
        DerivedSignal denominator = closestRequests(key.name(),
            requestTotals.getOrDefault(key.service(), List.of()));
        out.add(aggregates.errorCounter(key.service(), key.indicator(), e.getValue(), denominator));
      }
    }
    out.sort(Comparator.comparing(DerivedSignal::service)
        .thenComparing(s -> s.indicator().ordinal())
        .thenComparing(s -> s.series().selector()));
    return out;
  }

  /**
   * The request rate to divide an error counter by: the one whose name shares the longest prefix
   * with it ({@code myapp_errors_total} with {@code myapp_requests_total}), as different exporters'
   * counters are in different units (per second, per CloudWatch period). None without a shared
   * first word.
   */
  private static DerivedSignal closestRequests(String errors, List<DerivedSignal> totals) {
    DerivedSignal best = null;
    int bestLength = 0;
    for (DerivedSignal t : totals) {
      String name = t.origin().name();
      int common = 0;
      while (common < Math.min(name.length(), errors.length())
          && name.charAt(common) == errors.charAt(common)) {
        common++;
      }
      int word = errors.indexOf('_');
      if (word > 0 && common > word && common > bestLength) {
        best = t;
        bestLength = common;
      }
    }
    return best;
  }

  /** A series on its own: its rate when it counts, as a fraction of its limit when one exists. */
  private DerivedSignal level(String service, Indicator indicator, MetricSeries s,
      Map<String, List<MetricSeries>> byName) {
    boolean counter = IndicatorRules.isCounter(s);
    double[] values = counter ? SampleGrid.rates(s) : s.values();
    String expression = counter ? "rate(" + s.selector() + ")" : s.selector();
    String derived = counter ? "rate" : "";
    for (LimitRule rule : rules.limitsFor(s.name())) {
      double[] limit = limitValues(rule, s, byName);
      if (limit == null) {
        continue;
      }
      double[] fraction = new double[values.length];
      boolean any = false;
      for (int i = 0; i < values.length; i++) {
        fraction[i] = limit[i] > 0 ? values[i] / limit[i] : Double.NaN;
        any |= limit[i] > 0;
      }
      if (any) {
        values = fraction;
        expression = expression + " / " + rule.limit() + (rule.divisor() == null ? ""
            : " * " + rule.divisor());
        derived = (counter ? "rate/" : "/") + rule.limit();
        break;
      }
    }
    return new DerivedSignal(service, indicator, expression,
        ServiceAggregates.signalSeries(s.name(), s.labels(), derived, s.timestamps(), values), s);
  }

  /** The limit of {@code usage} at each of its samples, or null when no limit series matches. */
  private static double[] limitValues(LimitRule rule, MetricSeries usage,
      Map<String, List<MetricSeries>> byName) {
    MetricSeries limit = matching(byName.get(rule.limit()), rule.limitLabels(), usage);
    if (limit == null) {
      return null;
    }
    MetricSeries divisor = rule.divisor() == null ? null
        : matching(byName.get(rule.divisor()), Map.of(), usage);
    if (rule.divisor() != null && divisor == null) {
      return null;
    }
    SampleGridOnTimes at = new SampleGridOnTimes(usage);
    double[] values = at.values(limit);
    if (divisor != null) {
      double[] d = at.values(divisor);
      for (int i = 0; i < values.length; i++) {
        values[i] = d[i] > 0 ? values[i] / d[i] : Double.NaN;
      }
    }
    return values;
  }

  /** The first candidate carrying {@code required} whose labels shared with {@code usage} agree. */
  private static MetricSeries matching(List<MetricSeries> candidates, Map<String, String> required,
      MetricSeries usage) {
    if (candidates == null) {
      return null;
    }
    return candidates.stream()
        .filter(c -> required.entrySet().stream().allMatch(r -> r.getValue().equals(c.label(r.getKey()))))
        .filter(c -> c.labels().entrySet().stream().allMatch(l -> required.containsKey(l.getKey())
            || !usage.labels().containsKey(l.getKey()) || usage.label(l.getKey()).equals(l.getValue())))
        .min(Comparator.comparing(MetricSeries::selector))
        .orElse(null);
  }

  /** Reads another series (held, or as a rate for counters) at the sample times of one series. */
  private static final class SampleGridOnTimes {
    private final long[] times;

    SampleGridOnTimes(MetricSeries usage) {
      this.times = usage.timestamps();
    }

    double[] values(MetricSeries other) {
      boolean counter = IndicatorRules.isCounter(other);
      double[] v = counter ? SampleGrid.rates(other) : other.values();
      // before its first usable sample, a limit is taken to have held its first value
      int first = counter ? Math.min(1, other.size() - 1) : 0;
      double[] out = new double[times.length];
      int j = -1;
      for (int i = 0; i < times.length; i++) {
        while (j + 1 < other.size() && other.timestamp(j + 1) <= times[i]) {
          j++;
        }
        out[i] = other.isEmpty() ? Double.NaN : v[Math.max(j, first)];
      }
      return out;
    }
  }

  /** Series that are added up into one signal. */
  private record GroupKey(String service, int role, Indicator indicator, String name, String part)
      implements Comparable<GroupKey> {
    private static final Comparator<GroupKey> ORDER = Comparator.comparing(GroupKey::service)
        .thenComparingInt(GroupKey::role).thenComparing(GroupKey::indicator)
        .thenComparing(GroupKey::name).thenComparing(GroupKey::part);

    @Override
    public int compareTo(GroupKey o) {
      return ORDER.compare(this, o);
    }
  }
}
