package dev.rca.benchmarks.scenario.system;

/** Which exporter naming a service's metrics follow; readers must recognise all of them. */
public enum MetricStyle {
  /** Micrometer's Prometheus registry: {@code http_server_requests_seconds} summary, {@code process_cpu_usage}, HikariCP pool gauges. */
  MICROMETER,
  /** The Prometheus client libraries: {@code http_requests_total}, {@code http_request_duration_seconds} histogram, {@code process_cpu_seconds_total}. */
  PROMETHEUS_CLIENT,
  /** OpenTelemetry semantic conventions through a collector: {@code http_server_request_duration_seconds} histogram. */
  OTEL_SEMCONV,
  /** No application metrics at all (a managed database, a third-party endpoint). */
  NONE,
  /** A PostgreSQL database seen through postgres_exporter: {@code pg_locks_count}, {@code pg_stat_database_*}. */
  POSTGRES_EXPORTER
}
