package dev.rca.analysis.metrics;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where the limit of a usage series is: a usage matching {@link #usage()} is divided by the
 * limit series of the same container, pod or device (labels they share agree), so CPU and memory
 * read as a fraction of what the service may use.
 *
 * <pre>{@code
 * new LimitRule(Pattern.compile("container_cpu_usage_seconds_total"),
 *     "container_spec_cpu_quota", Map.of(), "container_spec_cpu_period");  // cores = quota / period
 * }</pre>
 *
 * @param limit the limit's metric name
 * @param limitLabels labels the limit series must carry exactly (e.g. {@code resource=cpu})
 * @param divisor a second series the limit is divided by, or null
 */
public record LimitRule(Pattern usage, String limit, Map<String, String> limitLabels,
    @Nullable String divisor) {

  public LimitRule {
    requireNonNull(usage, "usage");
    requireNonNull(limit, "limit");
    limitLabels = Map.copyOf(limitLabels);
  }

  public static LimitRule of(String usageRegex, String limit) {
    return new LimitRule(Pattern.compile(usageRegex), limit, Map.of(), null);
  }
}
