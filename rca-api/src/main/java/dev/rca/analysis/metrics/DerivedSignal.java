package dev.rca.analysis.metrics;

import static java.util.Objects.requireNonNull;

import dev.rca.api.evidence.MetricAnomaly.Indicator;

/**
 * A signal derived from exported series: a rate, an error ratio, a mean or quantile latency, a
 * usage as a fraction of its limit, or a gauge as it is. Its {@link #series()} carries the
 * exported metric name and the labels other than {@code service}, plus a {@code derived} label
 * naming the transformation when there was one.
 *
 * <pre>{@code
 * for (DerivedSignal s : new SignalDerivation(IndicatorRules.defaults()).derive(series)) {
 *   System.out.println(s.indicator() + " " + s.expression());
 * }
 * }</pre>
 *
 * @param expression a PromQL-like description of the derivation, for people and for links
 * @param series the derived samples
 * @param origin the exported series the signal mostly stands for (the 5xx counter of an error
 *     ratio, the usage of a fraction of a limit), to point a link at
 */
public record DerivedSignal(String service, Indicator indicator, String expression,
    MetricSeries series, MetricSeries origin) {

  public DerivedSignal {
    requireNonNull(service, "service");
    requireNonNull(indicator, "indicator");
    requireNonNull(expression, "expression");
    requireNonNull(series, "series");
    requireNonNull(origin, "origin");
  }
}
