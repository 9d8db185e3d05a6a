package dev.rca.analysis.metrics;

import static dev.rca.analysis.metrics.SeriesRole.CUMULATIVE;
import static dev.rca.analysis.metrics.SeriesRole.DURATION_BUCKET;
import static dev.rca.analysis.metrics.SeriesRole.DURATION_SUM;
import static dev.rca.analysis.metrics.SeriesRole.ERRORS;
import static dev.rca.analysis.metrics.SeriesRole.IGNORE;
import static dev.rca.analysis.metrics.SeriesRole.LEVEL;
import static dev.rca.analysis.metrics.SeriesRole.REQUESTS;
import static dev.rca.api.evidence.MetricAnomaly.Indicator.CPU;
import static dev.rca.api.evidence.MetricAnomaly.Indicator.DISK;
import static dev.rca.api.evidence.MetricAnomaly.Indicator.ERROR_RATIO;
import static dev.rca.api.evidence.MetricAnomaly.Indicator.LATENCY;
import static dev.rca.api.evidence.MetricAnomaly.Indicator.MEMORY;
import static dev.rca.api.evidence.MetricAnomaly.Indicator.OTHER;
import static dev.rca.api.evidence.MetricAnomaly.Indicator.POOL_PENDING;
import static dev.rca.api.evidence.MetricAnomaly.Indicator.REPLICAS;
import static dev.rca.api.evidence.MetricAnomaly.Indicator.REQUEST_RATE;
import static dev.rca.api.evidence.MetricAnomaly.Indicator.RESTARTS;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The recognition table: what a series measures, across Micrometer, the Prometheus clients,
 * OpenTelemetry semantic conventions, cAdvisor, kube-state-metrics, node exporter, JVM, HikariCP,
 * the Postgres exporter and the CloudWatch exporter. The first matching rule wins; a series no
 * rule names is {@code OTHER}, as a rate when it is a counter.
 *
 * <pre>{@code
 * IndicatorRules rules = IndicatorRules.defaults()
 *     .withFirst(IndicatorRule.of("shop_checkout_queue_depth", Indicator.POOL_PENDING, SeriesRole.LEVEL));
 * IndicatorRule rule = rules.recognise(series);
 * }</pre>
 */
public final class IndicatorRules {

  /** Labels that name the service, in order of preference (as for alerts). */
  public static final List<String> SERVICE_LABELS = List.of("service", "job", "app", "service_name");

  private static final String LATENCY_NAME = ".*(latency|duration|response_time|request_time|_seconds).*";

  private static final List<IndicatorRule> DEFAULT_RULES = List.of(
      IndicatorRule.of(".*_created", OTHER, IGNORE),
      // Request counters, status-labelled: Micrometer, Prometheus clients, OpenTelemetry, ALB.
      IndicatorRule.of("http_server_requests_seconds_count", REQUEST_RATE, REQUESTS),
      IndicatorRule.of("http_server_request_duration_seconds_count", REQUEST_RATE, REQUESTS),
      IndicatorRule.of("http_server_duration_(milli)?seconds_count", REQUEST_RATE, REQUESTS),
      IndicatorRule.of("http_request_duration_seconds_count", REQUEST_RATE, REQUESTS),
      IndicatorRule.of("http_(server_)?requests_total", REQUEST_RATE, REQUESTS),
      IndicatorRule.of("aws_applicationelb_request_count_sum", REQUEST_RATE, REQUESTS),
      IndicatorRule.of("aws_applicationelb_httpcode_(target|elb)_5_?xx_count_sum", ERROR_RATIO, ERRORS),
      // Durations: mean from _sum/_count, a quantile from buckets, gauges as they are.
      IndicatorRule.of("jvm_gc_pause_seconds_sum", MEMORY, LEVEL).grouped(Grouping.SERVICE),
      IndicatorRule.of("jvm_gc_pause_seconds_(count|max|bucket)", OTHER, IGNORE),
      IndicatorRule.of("hikaricp_connections_acquire_seconds_sum", POOL_PENDING, DURATION_SUM),
      IndicatorRule.of("hikaricp_connections_(acquire|usage|creation)_seconds_.*", OTHER, IGNORE),
      IndicatorRule.of(".*(seconds|milliseconds|duration|latency).*_sum", LATENCY, DURATION_SUM),
      IndicatorRule.of(".*(seconds|milliseconds|duration|latency).*_bucket", LATENCY, DURATION_BUCKET),
      IndicatorRule.of(".*(seconds|milliseconds|duration|latency).*_count", OTHER, IGNORE),
      IndicatorRule.of("http_server_requests_seconds_max", LATENCY, LEVEL),
      IndicatorRule.of("aws_.*(response_time|latency)_.*", LATENCY, LEVEL),
      // CPU.
      IndicatorRule.of("container_cpu_cfs_periods_total", OTHER, IGNORE),
      IndicatorRule.of("container_cpu_(usage_seconds_total|cfs_throttled_.*)", CPU, LEVEL),
      IndicatorRule.of("process_cpu_seconds_total", CPU, LEVEL),
      IndicatorRule.of("node_cpu_seconds_total", CPU, LEVEL)
          .where("mode", "(?!idle$|iowait$).*").grouped(Grouping.INSTANCE),
      IndicatorRule.of("node_cpu_seconds_total", OTHER, IGNORE),
      IndicatorRule.of("(process|system)_cpu_usage", CPU, LEVEL),
      IndicatorRule.of("aws_.*cpu_?utilization_.*", CPU, LEVEL),
      // Memory: working set against the limit, JVM pools against their max, OOM kills.
      IndicatorRule.of("container_spec_.*|kube_pod_container_resource_(limits|requests).*", OTHER, IGNORE),
      IndicatorRule.of("container_memory_(working_set|rss|usage)_bytes", MEMORY, LEVEL),
      IndicatorRule.of("jvm_memory_used_bytes", MEMORY, LEVEL),
      IndicatorRule.of("jvm_memory_(max|committed|init)_bytes", OTHER, IGNORE),
      IndicatorRule.of("process_resident_memory_bytes", MEMORY, LEVEL),
      IndicatorRule.of("kube_pod_container_status_last_terminated_reason", MEMORY, CUMULATIVE)
          .where("reason", "OOMKilled"),
      IndicatorRule.of("kube_pod_container_status_last_terminated_reason", OTHER, IGNORE),
      IndicatorRule.of("container_oom_events_total", MEMORY, CUMULATIVE),
      IndicatorRule.of("aws_.*freeable_memory_.*", MEMORY, LEVEL),
      // Disk.
      IndicatorRule.of("node_filesystem_(size|files|files_free|readonly|device_error)(_bytes)?", OTHER, IGNORE),
      IndicatorRule.of("node_filesystem_(avail|free)_bytes", DISK, LEVEL),
      IndicatorRule.of("kubelet_volume_stats_capacity_bytes|container_fs_limit_bytes", OTHER, IGNORE),
      IndicatorRule.of("kubelet_volume_stats_(available|used)_bytes|container_fs_usage_bytes", DISK, LEVEL),
      IndicatorRule.of("aws_.*free_storage_space_.*", DISK, LEVEL),
      // Pools and database connections.
      IndicatorRule.of("hikaricp_connections_(max|min|idle)", OTHER, IGNORE),
      IndicatorRule.of("hikaricp_connections", OTHER, IGNORE),
      IndicatorRule.of("hikaricp_connections_(pending|active|timeout_total)", POOL_PENDING, LEVEL),
      IndicatorRule.of("pg_stat_activity_max_tx_duration", LATENCY, LEVEL),
      IndicatorRule.of("pg_stat_activity_count|pg_locks_count", POOL_PENDING, LEVEL),
      IndicatorRule.of("aws_.*database_connections_.*", POOL_PENDING, LEVEL),
      IndicatorRule.of(".*(pool|connections).*(pending|waiting|wait|queued|timeout).*", POOL_PENDING, LEVEL),
      // Replicas and restarts.
      IndicatorRule.of("kube_(deployment|statefulset|replicaset)_(status|spec)_replicas(_.*)?", REPLICAS, LEVEL),
      IndicatorRule.of("kube_(hpa|horizontalpodautoscaler)_status_(current|desired)_replicas", REPLICAS, LEVEL),
      IndicatorRule.of("up", REPLICAS, LEVEL).grouped(Grouping.SERVICE),
      IndicatorRule.of("kube_pod_container_status_restarts_total", RESTARTS, CUMULATIVE),
      // Generic names last.
      IndicatorRule.of(".*_(errors?|failures?|failed|exceptions?)(_total|_count)?", ERROR_RATIO, ERRORS),
      IndicatorRule.of(".*_requests?(_total|_count)", REQUEST_RATE, REQUESTS),
      IndicatorRule.of(LATENCY_NAME, LATENCY, LEVEL),
      IndicatorRule.of(".*cpu.*", CPU, LEVEL),
      IndicatorRule.of(".*(memory|heap).*", MEMORY, LEVEL),
      IndicatorRule.of(".*(disk|filesystem|volume).*", DISK, LEVEL));

  private static final List<LimitRule> DEFAULT_LIMITS = List.of(
      new LimitRule(Pattern.compile("container_cpu_usage_seconds_total"), "kube_pod_container_resource_limits",
          Map.of("resource", "cpu"), null),
      new LimitRule(Pattern.compile("container_cpu_usage_seconds_total"), "container_spec_cpu_quota",
          Map.of(), "container_spec_cpu_period"),
      new LimitRule(Pattern.compile("container_cpu_cfs_throttled_periods_total"), "container_cpu_cfs_periods_total",
          Map.of(), null),
      LimitRule.of("container_memory_(working_set|rss|usage)_bytes", "container_spec_memory_limit_bytes"),
      new LimitRule(Pattern.compile("container_memory_(working_set|rss|usage)_bytes"),
          "kube_pod_container_resource_limits", Map.of("resource", "memory"), null),
      LimitRule.of("jvm_memory_used_bytes", "jvm_memory_max_bytes"),
      LimitRule.of("node_filesystem_(avail|free)_bytes", "node_filesystem_size_bytes"),
      LimitRule.of("kubelet_volume_stats_(available|used)_bytes", "kubelet_volume_stats_capacity_bytes"),
      LimitRule.of("container_fs_usage_bytes", "container_fs_limit_bytes"),
      LimitRule.of("hikaricp_connections_(active|pending)", "hikaricp_connections_max"));

  /** Labels that carry an HTTP status, and which of their values are server errors. */
  private static final Map<String, Predicate<String>> SERVER_ERROR = Map.of(
      "status", IndicatorRules::is5xx,
      "code", IndicatorRules::is5xx,
      "status_code", IndicatorRules::is5xx,
      "http_status_code", IndicatorRules::is5xx,
      "http_response_status_code", IndicatorRules::is5xx,
      "response_code", IndicatorRules::is5xx,
      "outcome", v -> v.equals("SERVER_ERROR"));

  /** Exporters whose {@code _sum}/{@code _count} names are per-period statistics, not counters. */
  private static final List<String> GAUGE_NAMESPACES = List.of("aws_", "stackdriver_", "azure_");

  private static final IndicatorRule OTHER_RULE = IndicatorRule.of(".*", OTHER, LEVEL);

  private final List<IndicatorRule> rules;
  private final List<LimitRule> limits;

  private IndicatorRules(List<IndicatorRule> rules, List<LimitRule> limits) {
    this.rules = List.copyOf(rules);
    this.limits = List.copyOf(limits);
  }

  public static IndicatorRules defaults() {
    return new IndicatorRules(DEFAULT_RULES, DEFAULT_LIMITS);
  }

  /** These rules with {@code rule} consulted before all others. */
  public IndicatorRules withFirst(IndicatorRule rule) {
    List<IndicatorRule> more = new ArrayList<>();
    more.add(requireNonNull(rule, "rule"));
    more.addAll(rules);
    return new IndicatorRules(more, limits);
  }

  /** These rules with another limit rule, consulted before the others. */
  public IndicatorRules withLimit(LimitRule limit) {
    List<LimitRule> more = new ArrayList<>();
    more.add(requireNonNull(limit, "limit"));
    more.addAll(limits);
    return new IndicatorRules(rules, more);
  }

  /** The first rule matching {@code series}; an {@code OTHER} level rule when none does. */
  public IndicatorRule recognise(MetricSeries series) {
    for (IndicatorRule rule : rules) {
      if (rule.matches(series)) {
        return rule;
      }
    }
    return OTHER_RULE;
  }

  /** The limit rules whose usage pattern matches {@code metric}, in order. */
  public List<LimitRule> limitsFor(String metric) {
    return limits.stream().filter(l -> l.usage().matcher(metric).matches()).toList();
  }

  /** The service a series belongs to: the first of {@link #SERVICE_LABELS} it carries, else "". */
  public static String serviceOf(MetricSeries series) {
    for (String label : SERVICE_LABELS) {
      String value = series.label(label);
      if (!value.isEmpty()) {
        return value;
      }
    }
    return "";
  }

  /** Whether a status-labelled request series counts server errors (5xx, outcome SERVER_ERROR). */
  public static boolean isServerError(MetricSeries series) {
    for (Map.Entry<String, Predicate<String>> e : SERVER_ERROR.entrySet()) {
      String value = series.label(e.getKey());
      if (!value.isEmpty() && e.getValue().test(value)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a request series carries a status label at all (so its 5xx share is meaningful). */
  public static boolean hasStatus(MetricSeries series) {
    for (String label : SERVER_ERROR.keySet()) {
      if (!series.label(label).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static boolean is5xx(String value) {
    return value.length() == 3 && value.charAt(0) == '5'
        && (value.substring(1).equals("xx") || value.substring(1).chars().allMatch(Character::isDigit));
  }

  /** Whether samples accumulate (and so need a rate): counters and histogram/summary totals. */
  public static boolean isCounter(MetricSeries series) {
    String name = series.name();
    return switch (series.type()) {
      case COUNTER -> true;
      case HISTOGRAM, SUMMARY -> name.endsWith("_count") || name.endsWith("_sum")
          || name.endsWith("_bucket");
      case UNKNOWN -> GAUGE_NAMESPACES.stream().noneMatch(name::startsWith)
          && (name.endsWith("_total") || name.endsWith("_count") || name.endsWith("_sum")
              || name.endsWith("_bucket"));
      default -> false;
    };
  }
}
