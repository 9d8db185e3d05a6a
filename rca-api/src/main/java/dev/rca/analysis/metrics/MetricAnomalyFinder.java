package dev.rca.analysis.metrics;

import static java.util.Objects.requireNonNull;

import dev.rca.analysis.metrics.onset.ChangePointDetector;
import dev.rca.analysis.metrics.onset.Onset;
import dev.rca.api.evidence.MetricAnomaly;
import dev.rca.api.evidence.MetricAnomaly.Indicator;
import dev.rca.api.model.TimeWindow;
import dev.rca.api.spi.Deadline;
import dev.rca.api.spi.DeadlineExceededException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the metric level changes around an incident: derives signals from the exported series,
 * runs onset detection on each, and keeps the strongest few per indicator and service as
 * {@link MetricAnomaly} evidence in a deterministic order (service, indicator, score).
 *
 * <pre>{@code
 * MetricAnomalyFinder finder = MetricAnomalyFinder.builder().maxPerIndicator(3).build();
 * List<MetricAnomaly> anomalies = finder.find(series, scope.onset(), scope.window(),
 *     signal -> "http://prometheus:9090/graph?g0.expr=" + encode(signal.expression()),
 *     scope.deadline());
 * }</pre>
 */
public final class MetricAnomalyFinder {
  private final SignalDerivation derivation;
  private final ChangePointDetector detector;
  private final int maxPerIndicator;
  private final Map<Indicator, Double> minimumShift;

  private MetricAnomalyFinder(Builder b) {
    this.derivation = new SignalDerivation(b.rules);
    this.detector = b.detector;
    this.maxPerIndicator = b.maxPerIndicator;
    this.minimumShift = new EnumMap<>(b.minimumShift);
  }

  public static MetricAnomalyFinder ofDefaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The anomalies among {@code series}, with ids {@code metric-1}, {@code metric-2}, ...
   *
   * @param alertOnset when the incident was noticed; changes must hold from there on
   * @param window the samples to consider
   * @param link where a person sees a signal, e.g. a file or a Prometheus graph
   * @throws InterruptedException when the investigator cancelled the work
   * @throws DeadlineExceededException when the deadline passed
   */
  public List<MetricAnomaly> find(Collection<MetricSeries> series, Instant alertOnset,
      TimeWindow window, Function<DerivedSignal, String> link, Deadline deadline)
      throws InterruptedException, DeadlineExceededException {
    requireNonNull(alertOnset, "alertOnset");
    requireNonNull(window, "window");
    requireNonNull(link, "link");
    List<DerivedSignal> signals = derivation.derive(series, deadline);
    Map<String, List<Found>> byServiceAndIndicator = new LinkedHashMap<>();
    int n = 0;
    for (DerivedSignal s : signals) {
      if (++n % 256 == 0) {
        deadline.check();
      }
      MetricSeries values = s.series();
      Optional<Onset> onset = detector.detect(values.timestamps(), values.values(), alertOnset,
          window);
      if (onset.isEmpty()) {
        continue;
      }
      Onset o = onset.get();
      if (Math.abs(o.observed() - o.baseline()) < minimumShift.getOrDefault(s.indicator(), 0.0)) {
        continue;
      }
      byServiceAndIndicator.computeIfAbsent(s.service() + '\u0000' + s.indicator().ordinal(),
          k -> new ArrayList<>()).add(new Found(s, o));
    }
    List<Found> kept = new ArrayList<>();
    for (List<Found> group : byServiceAndIndicator.values()) {
      group.sort(Comparator.comparingDouble((Found f) -> -f.onset().score())
          .thenComparing(f -> f.signal().series().selector()));
      kept.addAll(group.subList(0, Math.min(maxPerIndicator, group.size())));
    }
    kept.sort(Comparator.comparing((Found f) -> f.signal().service())
        .thenComparingInt(f -> f.signal().indicator().ordinal())
        .thenComparingDouble(f -> -f.onset().score())
        .thenComparing(f -> f.signal().series().selector()));
    List<MetricAnomaly> out = new ArrayList<>(kept.size());
    for (Found f : kept) {
      DerivedSignal s = f.signal();
      out.add(new MetricAnomaly("metric-" + (out.size() + 1), s.service(), f.onset().at(),
          s.series().name(), s.series().labels(), s.indicator(), f.onset().baseline(),
          f.onset().observed(), f.onset().score(), requireNonNull(link.apply(s), "link")));
    }
    return out;
  }

  private record Found(DerivedSignal signal, Onset onset) {}

  /** Configures a finder; every setter validates its argument. */
  public static final class Builder {
    private IndicatorRules rules = IndicatorRules.defaults();
    private ChangePointDetector detector = ChangePointDetector.ofDefaults();
    private int maxPerIndicator = 3;
    private final Map<Indicator, Double> minimumShift = new EnumMap<>(Map.of(
        Indicator.ERROR_RATIO, 0.005,
        Indicator.REPLICAS, 0.5,
        Indicator.RESTARTS, 0.5));

    private Builder() {}

    public Builder rules(IndicatorRules value) {
      rules = requireNonNull(value, "rules");
      return this;
    }

    public Builder detector(ChangePointDetector value) {
      detector = requireNonNull(value, "detector");
      return this;
    }

    /** How many anomalies of one indicator one service may contribute (default 3). */
    public Builder maxPerIndicator(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxPerIndicator must be at least 1: " + value);
      }
      maxPerIndicator = value;
      return this;
    }

    /**
     * The smallest absolute shift that counts for {@code indicator}, whatever its score: an error
     * ratio moving from 0 to 0.001 is no incident (defaults: error ratio 0.005, replicas and
     * restarts 0.5).
     */
    public Builder minimumShift(Indicator indicator, double shift) {
      requireNonNull(indicator, "indicator");
      if (!(shift >= 0)) {
        throw new IllegalArgumentException("minimumShift must not be negative: " + shift);
      }
      minimumShift.put(indicator, shift);
      return this;
    }

    public MetricAnomalyFinder build() {
      return new MetricAnomalyFinder(this);
    }
  }
}
