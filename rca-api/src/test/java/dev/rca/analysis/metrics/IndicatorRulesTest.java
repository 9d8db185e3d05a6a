package dev.rca.analysis.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rca.api.evidence.MetricAnomaly.Indicator;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IndicatorRulesTest {
  private final IndicatorRules rules = IndicatorRules.defaults();

  private IndicatorRule recognise(String name, MetricType type, Map<String, String> labels) {
    return rules.recognise(MetricSeries.of(name, type, labels, new long[0], new double[0]));
  }

  @ParameterizedTest
  @CsvSource({
      "http_server_requests_seconds_count, HISTOGRAM, REQUEST_RATE, REQUESTS",
      "http_server_requests_seconds_sum, HISTOGRAM, LATENCY, DURATION_SUM",
      "http_server_requests_seconds_bucket, HISTOGRAM, LATENCY, DURATION_BUCKET",
      "http_server_requests_seconds_max, GAUGE, LATENCY, LEVEL",
      "http_requests_total, COUNTER, REQUEST_RATE, REQUESTS",
      "http_request_duration_seconds_bucket, HISTOGRAM, LATENCY, DURATION_BUCKET",
      "http_server_request_duration_seconds_count, HISTOGRAM, REQUEST_RATE, REQUESTS",
      "http_server_request_duration_seconds_sum, HISTOGRAM, LATENCY, DURATION_SUM",
      "process_cpu_seconds_total, COUNTER, CPU, LEVEL",
      "container_cpu_usage_seconds_total, COUNTER, CPU, LEVEL",
      "container_cpu_cfs_throttled_periods_total, COUNTER, CPU, LEVEL",
      "container_memory_working_set_bytes, GAUGE, MEMORY, LEVEL",
      "container_spec_memory_limit_bytes, GAUGE, OTHER, IGNORE",
      "kube_deployment_status_replicas_available, GAUGE, REPLICAS, LEVEL",
      "kube_pod_container_status_restarts_total, COUNTER, RESTARTS, CUMULATIVE",
      "node_filesystem_avail_bytes, GAUGE, DISK, LEVEL",
      "jvm_memory_used_bytes, GAUGE, MEMORY, LEVEL",
      "jvm_gc_pause_seconds_sum, SUMMARY, MEMORY, LEVEL",
      "hikaricp_connections_pending, GAUGE, POOL_PENDING, LEVEL",
      "hikaricp_connections_active, GAUGE, POOL_PENDING, LEVEL",
      "hikaricp_connections_timeout_total, COUNTER, POOL_PENDING, LEVEL",
      "hikaricp_connections_max, GAUGE, OTHER, IGNORE",
      "pg_stat_activity_count, GAUGE, POOL_PENDING, LEVEL",
      "pg_locks_count, GAUGE, POOL_PENDING, LEVEL",
      "aws_rds_cpuutilization_average, GAUGE, CPU, LEVEL",
      "aws_rds_database_connections_average, GAUGE, POOL_PENDING, LEVEL",
      "aws_applicationelb_httpcode_target_5_xx_count_sum, GAUGE, ERROR_RATIO, ERRORS",
      "aws_applicationelb_target_response_time_average, GAUGE, LATENCY, LEVEL",
      "payment_gateway_errors_total, COUNTER, ERROR_RATIO, ERRORS",
      "checkout_latency_ms, GAUGE, LATENCY, LEVEL",
      "queue_job_duration_seconds_sum, SUMMARY, LATENCY, DURATION_SUM",
      "orders_in_flight, GAUGE, OTHER, LEVEL"})
  void recognisesExportersNaming(String name, MetricType type, Indicator indicator, SeriesRole role) {
    IndicatorRule rule = recognise(name, type, Map.of());

    assertThat(rule.indicator()).as(name).isEqualTo(indicator);
    assertThat(rule.role()).as(name).isEqualTo(role);
  }

  @Test
  void recognisesOomKillsByReasonLabel() {
    assertThat(recognise("kube_pod_container_status_last_terminated_reason", MetricType.GAUGE,
        Map.of("reason", "OOMKilled")).indicator()).isEqualTo(Indicator.MEMORY);
    assertThat(recognise("kube_pod_container_status_last_terminated_reason", MetricType.GAUGE,
        Map.of("reason", "Completed")).role()).isEqualTo(SeriesRole.IGNORE);
  }

  @Test
  void countsBusyNodeCpuButNotIdle() {
    assertThat(recognise("node_cpu_seconds_total", MetricType.COUNTER, Map.of("mode", "user"))
        .indicator()).isEqualTo(Indicator.CPU);
    assertThat(recognise("node_cpu_seconds_total", MetricType.COUNTER, Map.of("mode", "idle"))
        .role()).isEqualTo(SeriesRole.IGNORE);
  }

  @Test
  void tellsServerErrorsFromStatusLabels() {
    assertThat(IndicatorRules.isServerError(series(Map.of("status", "503")))).isTrue();
    assertThat(IndicatorRules.isServerError(series(Map.of("code", "5xx")))).isTrue();
    assertThat(IndicatorRules.isServerError(series(Map.of("http_response_status_code", "500")))).isTrue();
    assertThat(IndicatorRules.isServerError(series(Map.of("outcome", "SERVER_ERROR")))).isTrue();
    assertThat(IndicatorRules.isServerError(series(Map.of("status", "404")))).isFalse();
    assertThat(IndicatorRules.isServerError(series(Map.of("outcome", "SUCCESS")))).isFalse();
  }

  @Test
  void treatsCloudWatchSumsAsGaugesAndTotalsAsCounters() {
    assertThat(IndicatorRules.isCounter(MetricSeries.of("aws_applicationelb_request_count_sum",
        MetricType.UNKNOWN, Map.of(), new long[0], new double[0]))).isFalse();
    assertThat(IndicatorRules.isCounter(MetricSeries.of("foo_total", MetricType.UNKNOWN, Map.of(),
        new long[0], new double[0]))).isTrue();
    assertThat(IndicatorRules.isCounter(MetricSeries.of("foo_sum", MetricType.GAUGE, Map.of(),
        new long[0], new double[0]))).isFalse();
  }

  @Test
  void consultsCustomRuleFirst() {
    IndicatorRules custom = rules.withFirst(
        IndicatorRule.of("orders_in_flight", Indicator.POOL_PENDING, SeriesRole.LEVEL));

    assertThat(custom.recognise(series(Map.of())).indicator()).isEqualTo(Indicator.POOL_PENDING);
  }

  @Test
  void findsServiceInFallbackLabels() {
    assertThat(IndicatorRules.serviceOf(series(Map.of("job", "payments")))).isEqualTo("payments");
    assertThat(IndicatorRules.serviceOf(series(Map.of("job", "x", "service", "cart")))).isEqualTo("cart");
  }

  private static MetricSeries series(Map<String, String> labels) {
    return MetricSeries.of("orders_in_flight", MetricType.GAUGE, labels, new long[0], new double[0]);
  }
}
