package dev.rca.benchmarks.scenario.write;

import dev.rca.benchmarks.scenario.simulation.Impact;
import dev.rca.benchmarks.scenario.simulation.IncidentPlan;
import dev.rca.benchmarks.scenario.simulation.ServiceLoad;
import dev.rca.benchmarks.scenario.simulation.ServiceState;
import dev.rca.benchmarks.scenario.simulation.Symptom;
import dev.rca.benchmarks.scenario.system.ServiceProfile;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * One service's application metrics, named as its exporter names them. Counters start from a
 * non-zero total, as a process that has been up for a while reports them.
 */
final class ServiceMetrics {
  private static final double[] GO_BUCKETS = {0.005, 0.025, 0.1, 0.5, 2.5};
  private static final double[] OTEL_BUCKETS = {0.25, 2.5};

  private final IncidentPlan plan;
  private final ServiceLoad load;
  private final ServiceProfile p;
  private final RandomGenerator rnd;
  private final OpenMetricsText om = new OpenMetricsText();
  private final Map<String, Double> totals = new LinkedHashMap<>();

  ServiceMetrics(IncidentPlan plan, ServiceLoad load, ServiceProfile p) {
    this.plan = plan;
    this.load = load;
    this.p = p;
    this.rnd = plan.streams().stream("metrics/" + p.name());
  }

  String render() {
    declare();
    double step = plan.spec().window().step().toSeconds();
    for (Instant t : plan.sampleTimes()) {
      ServiceState s = load.at(p.name(), t);
      double requests = s.rps() * step * jitter(0.04);
      double failed = Math.min(requests, requests * s.errorRatio() * jitter(0.15));
      double ok = requests - failed;
      double latencyS = s.latencyMs() / 1000 * jitter(0.05);
      switch (p.metricStyle()) {
        case MICROMETER -> micrometer(t, s, ok, failed, latencyS);
        case PROMETHEUS_CLIENT -> prometheusClient(t, s, ok, failed, latencyS, step);
        case OTEL_SEMCONV -> otel(t, ok, failed, latencyS);
        case POSTGRES_EXPORTER -> postgres(t, s, requests);
        case NONE -> { }
      }
    }
    return om.render();
  }

  private void declare() {
    switch (p.metricStyle()) {
      case MICROMETER -> {
        om.family("http_server_requests_seconds", "summary", null, "Duration of HTTP server request handling");
        om.family("http_server_requests_seconds_max", "gauge", null, "Duration of HTTP server request handling");
        om.family("process_cpu_usage", "gauge", null, "The \"recent cpu usage\" for the Java Virtual Machine process");
        om.family("jvm_memory_used_bytes", "gauge", null, "The amount of used memory");
        if (p.connectionPool()) {
          om.family("hikaricp_connections_active", "gauge", null, "Active connections");
          om.family("hikaricp_connections_pending", "gauge", null, "Pending threads");
          om.family("hikaricp_connections_max", "gauge", null, "Max connections");
          om.family("hikaricp_connections_timeout", "counter", null, "Connection timeout total count");
        }
      }
      case PROMETHEUS_CLIENT -> {
        om.family("http_requests", "counter", null, "Total number of HTTP requests by status code.");
        om.family("http_request_duration_seconds", "histogram", null, "Duration of HTTP requests.");
        om.family("process_cpu_seconds", "counter", null, "Total user and system CPU time spent in seconds.");
        om.family("process_resident_memory_bytes", "gauge", null, "Resident memory size in bytes.");
      }
      case OTEL_SEMCONV -> om.family("http_server_request_duration_seconds", "histogram", "seconds",
          "Duration of HTTP server requests.");
      case POSTGRES_EXPORTER -> {
        om.family("pg_up", "gauge", null, "Whether the last scrape of metrics from PostgreSQL was able to connect to the server (1 for yes, 0 for no).");
        om.family("pg_stat_activity_count", "gauge", null, "number of connections in this state");
        om.family("pg_stat_activity_max_tx_duration", "gauge", null, "max duration in seconds any active transaction has been running");
        om.family("pg_locks_count", "gauge", null, "Number of locks");
        om.family("pg_stat_database_deadlocks", "counter", null, "Number of deadlocks detected in this database");
        om.family("pg_stat_database_xact_commit", "counter", null, "Number of transactions in this database that have been committed");
      }
      case NONE -> { }
    }
  }

  private void micrometer(Instant t, ServiceState s, double ok, double failed, double latencyS) {
    String family = "http_server_requests_seconds";
    for (boolean success : new boolean[] {true, false}) {
      Map<String, String> labels = labels("method", p.method(), "uri", p.route(),
          "status", success ? "200" : "500", "outcome", success ? "SUCCESS" : "SERVER_ERROR");
      double n = success ? ok : failed;
      double slow = success ? 1.0 : 1.6;
      om.sample(family, family + "_count", labels, count(family + success + "n", n), t);
      om.sample(family, family + "_sum", labels, amount(family + success + "s", n * latencyS * slow), t);
      if (success) {
        om.sample(family + "_max", family + "_max", labels, latencyS * (2 + rnd.nextDouble() * 2), t);
      }
    }
    om.sample("process_cpu_usage", "process_cpu_usage", labels(), Math.min(1, s.cpuCores() / 2 * jitter(0.08)), t);
    om.sample("jvm_memory_used_bytes", "jvm_memory_used_bytes", labels("area", "heap", "id", "G1 Old Gen"),
        Math.round(s.memoryBytes() * 0.55 * jitter(0.02)), t);
    if (p.connectionPool()) {
      Map<String, String> pool = labels("pool", "HikariPool-1");
      om.sample("hikaricp_connections_active", "hikaricp_connections_active", pool, Math.round(s.poolActive()), t);
      om.sample("hikaricp_connections_pending", "hikaricp_connections_pending", pool,
          Math.max(0, Math.round(s.poolPending() * jitter(0.2))), t);
      om.sample("hikaricp_connections_max", "hikaricp_connections_max", pool, s.poolMax(), t);
      Impact d = s.dominant();
      double timeouts = d != null && d.symptom() == Symptom.POOL_EXHAUSTED ? failed * 0.9 : 0;
      om.sample("hikaricp_connections_timeout", "hikaricp_connections_timeout_total", pool,
          count("pool-timeouts", timeouts), t);
    }
  }

  private void prometheusClient(Instant t, ServiceState s, double ok, double failed, double latencyS,
      double step) {
    for (boolean success : new boolean[] {true, false}) {
      om.sample("http_requests", "http_requests_total", labels("code", success ? "200" : "500",
          "handler", p.route(), "method", p.method().toLowerCase(Locale.ROOT)),
          count("req" + success, success ? ok : failed), t);
    }
    histogram("http_request_duration_seconds", labels("handler", p.route()), GO_BUCKETS,
        ok + failed, latencyS, t);
    om.sample("process_cpu_seconds", "process_cpu_seconds_total", labels(),
        amount("cpu", s.cpuCores() * s.replicas() * step * jitter(0.05)), t);
    om.sample("process_resident_memory_bytes", "process_resident_memory_bytes", labels(),
        Math.round(s.memoryBytes() * jitter(0.01)), t);
  }

  private void otel(Instant t, double ok, double failed, double latencyS) {
    for (boolean success : new boolean[] {true, false}) {
      histogram("http_server_request_duration_seconds", labels("http_request_method", p.method(),
          "http_route", p.route(), "http_response_status_code", success ? "200" : "502"),
          OTEL_BUCKETS, success ? ok : failed, latencyS * (success ? 1 : 1.5), t);
    }
  }

  private void postgres(Instant t, ServiceState s, double statements) {
    ServiceState.DatabaseState db = s.db();
    if (db == null) {
      return;
    }
    om.sample("pg_up", "pg_up", labels(), 1, t);
    om.sample("pg_stat_activity_count", "pg_stat_activity_count",
        labels("datname", "app", "state", "active"), Math.round(db.activeConnections() * jitter(0.15)), t);
    om.sample("pg_stat_activity_count", "pg_stat_activity_count",
        labels("datname", "app", "state", "idle"), Math.max(0, Math.round(60 - db.activeConnections()
            + 3 * rnd.nextGaussian())), t);
    om.sample("pg_stat_activity_max_tx_duration", "pg_stat_activity_max_tx_duration",
        labels("datname", "app", "state", "active"), db.maxTxSeconds() * jitter(0.1), t);
    om.sample("pg_locks_count", "pg_locks_count", labels("datname", "app", "mode", "rowexclusivelock"),
        Math.round(db.locks() * 0.7 * jitter(0.1)), t);
    om.sample("pg_locks_count", "pg_locks_count", labels("datname", "app", "mode", "sharelock"),
        Math.round(db.locks() * 0.3 * jitter(0.1)), t);
    double step = plan.spec().window().step().toSeconds();
    om.sample("pg_stat_database_deadlocks", "pg_stat_database_deadlocks_total", labels("datname", "app"),
        count("deadlocks", db.deadlocksPerSecond() * step * jitter(0.3)), t);
    om.sample("pg_stat_database_xact_commit", "pg_stat_database_xact_commit_total", labels("datname", "app"),
        count("commits", statements * (1 - s.errorRatio())), t);
  }

  /** Cumulative buckets for {@code n} requests whose latencies spread exponentially around the mean. */
  private void histogram(String family, Map<String, String> labels, double[] bounds, double n,
      double meanS, Instant t) {
    String key = family + labels;
    // Every bucket starts from the same earlier count spread by the healthy latency, so that
    // buckets stay cumulative (le ascending never decreases) from the first sample on.
    double base = totals.computeIfAbsent(key + "base", k -> Math.rint(1000 + rnd.nextDouble() * 50_000));
    double healthyMean = p.baselineLatencyMs() / 1000;
    for (double le : bounds) {
      Map<String, String> withLe = new LinkedHashMap<>(labels);
      withLe.put("le", OpenMetricsText.number(le));
      double within = n * cdf(le, meanS);
      om.sample(family, family + "_bucket", withLe,
          total(key + le, within, true, Math.floor(base * cdf(le, healthyMean))), t);
    }
    Map<String, String> inf = new LinkedHashMap<>(labels);
    inf.put("le", "+Inf");
    double count = total(key + "count", n, true, base);
    om.sample(family, family + "_bucket", inf, count, t);
    om.sample(family, family + "_count", labels, count, t);
    om.sample(family, family + "_sum", labels, total(key + "sum", n * meanS, false, base * healthyMean), t);
  }

  private static double cdf(double le, double meanS) {
    return 1 - Math.exp(-le / Math.max(1e-6, meanS));
  }

  /** A running count of events, kept whole, starting from a random earlier total. */
  private double count(String key, double delta) {
    return total(key, delta, true, Math.rint(1000 + rnd.nextDouble() * 50_000));
  }

  /** A running sum of amounts (seconds), starting from a random earlier total. */
  private double amount(String key, double delta) {
    return total(key, delta, false, 50 + rnd.nextDouble() * 5_000);
  }

  private double total(String key, double delta, boolean whole, double start) {
    double value = totals.containsKey(key) ? totals.get(key) + Math.max(0, delta) : start;
    totals.put(key, value);
    return whole ? Math.floor(value) : value;
  }

  private Map<String, String> labels(String... kv) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("service", p.name());
    for (int i = 0; i < kv.length; i += 2) {
      out.put(kv[i], kv[i + 1]);
    }
    return out;
  }

  private double jitter(double relative) {
    return Math.max(0.0, 1 + relative * rnd.nextGaussian());
  }
}
