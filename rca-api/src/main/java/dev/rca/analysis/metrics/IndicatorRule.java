package dev.rca.analysis.metrics;

import static java.util.Objects.requireNonNull;

import dev.rca.api.evidence.MetricAnomaly.Indicator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One row of the recognition table: series whose name (and optionally labels) match measure
 * {@link #indicator()} and are derived as {@link #role()} says.
 *
 * <pre>{@code
 * IndicatorRule oomKills = IndicatorRule.of("kube_pod_container_status_last_terminated_reason",
 *         Indicator.MEMORY, SeriesRole.CUMULATIVE)
 *     .where("reason", "OOMKilled").grouped(Grouping.SERVICE);
 * }</pre>
 *
 * @param name a regular expression the whole sample name must match
 * @param labels regular expressions whole label values must match (an absent label is "")
 */
public record IndicatorRule(Pattern name, Map<String, Pattern> labels, Indicator indicator,
    SeriesRole role, Grouping grouping) {

  public IndicatorRule {
    requireNonNull(name, "name");
    labels = Map.copyOf(labels);
    requireNonNull(indicator, "indicator");
    requireNonNull(role, "role");
    requireNonNull(grouping, "grouping");
  }

  /** A rule on the name alone, per series, or per service for requests, errors and durations. */
  public static IndicatorRule of(String nameRegex, Indicator indicator, SeriesRole role) {
    Grouping grouping = switch (role) {
      case REQUESTS, ERRORS, DURATION_SUM, DURATION_BUCKET, CUMULATIVE -> Grouping.SERVICE;
      default -> Grouping.SERIES;
    };
    return new IndicatorRule(Pattern.compile(nameRegex), Map.of(), indicator, role, grouping);
  }

  /** The same rule, also requiring {@code label} to match {@code valueRegex}. */
  public IndicatorRule where(String label, String valueRegex) {
    Map<String, Pattern> more = new LinkedHashMap<>(labels);
    more.put(requireNonNull(label, "label"), Pattern.compile(valueRegex));
    return new IndicatorRule(name, more, indicator, role, grouping);
  }

  public IndicatorRule grouped(Grouping by) {
    return new IndicatorRule(name, labels, indicator, role, by);
  }

  public boolean matches(MetricSeries series) {
    if (!name.matcher(series.name()).matches()) {
      return false;
    }
    for (Map.Entry<String, Pattern> e : labels.entrySet()) {
      if (!e.getValue().matcher(series.label(e.getKey())).matches()) {
        return false;
      }
    }
    return true;
  }
}
