package dev.rca.benchmarks.scale;

import dev.rca.benchmarks.scale.ScaleSeries.Counter;
import dev.rca.benchmarks.scale.ScaleSeries.Family;
import dev.rca.benchmarks.scale.ScaleSeries.Gauge;
import dev.rca.benchmarks.scale.ScaleSeries.Latency;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Which metrics a service exposes, in its exporter's naming (Micrometer, the Go client, OTel
 * semantic conventions), most important first, cut to a budget of series: whole metrics only,
 * the rest of the budget filled with per-pod gauges of caches and pools as real services have
 * dozens of. The victim's errors, latency and connection pool, and its caller's latency, change
 * once the fault starts.
 *
 * <pre>{@code
 * List<ScaleSeries> payments = MetricPlan.service(fleet.service("payments"), pods, 250, random);
 * }</pre>
 */
final class MetricPlan {
  private static final double[] GO_BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
  private static final double[] OTEL_BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75,
      1, 2.5, 5, 7.5, 10};
  private static final String[] STATUSES = {"200", "400", "404", "500", "503"};

  private MetricPlan() {}

  /** The series of {@code service} within {@code budget}, exactly {@code budget} when it allows. */
  static List<ScaleSeries> service(ScaleFleet.Service s, List<String> pods, int budget, SplittableRandom r) {
    List<ScaleSeries> wanted = switch (s.exporter()) {
      case MICROMETER -> micrometer(s, pods, r);
      case GO_CLIENT -> goClient(s, pods, r);
      case OTEL_SEMCONV -> otel(s, pods, r);
    };
    List<ScaleSeries> out = new ArrayList<>();
    int used = 0;
    for (ScaleSeries m : wanted) {
      if (used + m.series() <= budget) {
        out.add(m);
        used += m.series();
      }
    }
    Family cache = new Family(s.exporter() == ScaleFleet.Exporter.MICROMETER ? "cache_size" : "app_cache_entries",
        "gauge", "Number of entries in the cache.");
    for (int i = 0; used < budget; i++) {
      String pod = pods.get(i % pods.size());
      out.add(new Gauge(cache, base(s, pod) + ",cache=\"" + s.name() + "-cache-" + i / pods.size() + "\"",
          100 + r.nextInt(50_000), 1, true));
      used++;
    }
    return out;
  }

  /** cAdvisor and kube-state-metrics series for every service: about 2 per pod plus 2 per service. */
  static List<ScaleSeries> kubernetes(ScaleFleet.Service s, List<String> pods, SplittableRandom r) {
    Family cpu = new Family("container_cpu_usage_seconds", "counter", "Cumulative cpu time consumed in seconds.");
    Family mem = new Family("container_memory_working_set_bytes", "gauge", "Current working set in bytes.");
    Family replicas = new Family("kube_deployment_status_replicas_available", "gauge",
        "The number of available replicas per deployment.");
    Family restarts = new Family("kube_pod_container_status_restarts", "counter",
        "The number of container restarts per container.");
    boolean victim = s.name().equals(ScaleFleet.VICTIM);
    List<ScaleSeries> out = new ArrayList<>();
    for (String pod : pods) {
      String labels = "service=\"" + s.name() + "\",namespace=\"shop\",pod=\"" + pod + "\",container=\"" + s.name() + "\"";
      out.add(new Counter(cpu, labels, 0.2 + r.nextDouble(), victim ? 1.6 : 1));
      out.add(new Gauge(mem, labels, 3e8 + r.nextInt(400_000_000), 1, true));
    }
    String deployment = "service=\"" + s.name() + "\",namespace=\"shop\",deployment=\"" + s.name() + "\"";
    out.add(new Gauge(replicas, deployment, pods.size(), 1, true));
    out.add(new Counter(restarts, deployment, 0, 1));
    return out;
  }

  private static List<ScaleSeries> micrometer(ScaleFleet.Service s, List<String> pods, SplittableRandom r) {
    Family requests = new Family("http_server_requests_seconds", "summary", "Duration of HTTP server request handling");
    Family max = new Family("http_server_requests_seconds_max", "gauge", "Duration of HTTP server request handling");
    Family active = new Family("hikaricp_connections_active", "gauge", "Active connections");
    Family pending = new Family("hikaricp_connections_pending", "gauge", "Pending threads");
    Family heap = new Family("jvm_memory_used_bytes", "gauge", "The amount of used memory");
    Family threads = new Family("jvm_threads_live_threads", "gauge", "The current number of live threads");
    Family cpu = new Family("process_cpu_usage", "gauge", "The recent cpu usage for the Java Virtual Machine process");
    Family logs = new Family("logback_events", "counter", "Number of log events that were enabled by the effective log level");
    List<ScaleSeries> out = new ArrayList<>();
    for (String pod : pods) {
      for (String route : s.routes()) {
        for (String status : STATUSES) {
          boolean error = status.startsWith("5");
          String labels = base(s, pod) + ",method=\"POST\",uri=\"" + route + "\",status=\"" + status
              + "\",outcome=\"" + (error ? "SERVER_ERROR" : status.equals("200") ? "SUCCESS" : "CLIENT_ERROR") + "\"";
          double rate = status.equals("200") ? 5 + r.nextInt(30) : error ? 0.05 : 0.3;
          out.add(new Latency(requests, labels, rate, errorFactor(s, error), 0.04 + r.nextDouble() / 20,
              slowdown(s), new double[0]));
          out.add(new Gauge(max, labels, 0.3, slowdown(s), false));
        }
      }
      boolean victim = s.name().equals(ScaleFleet.VICTIM);
      out.add(new Gauge(active, base(s, pod) + ",pool=\"HikariPool-1\"", 3, victim ? 3.3 : 1, true));
      out.add(new Gauge(pending, base(s, pod) + ",pool=\"HikariPool-1\"", victim ? 0.4 : 0, victim ? 60 : 1, true));
      for (String area : new String[] {"G1 Eden Space", "G1 Old Gen", "G1 Survivor Space", "Metaspace", "CodeCache"}) {
        out.add(new Gauge(heap, base(s, pod) + ",area=\"" + (area.startsWith("G1") ? "heap" : "nonheap")
            + "\",id=\"" + area + "\"", 5e7 + r.nextInt(300_000_000), 1, true));
      }
      out.add(new Gauge(threads, base(s, pod), 40 + r.nextInt(80), 1, true));
      out.add(new Gauge(cpu, base(s, pod), 0.1 + r.nextDouble() / 4, victim ? 1.5 : 1, false));
      for (String level : new String[] {"error", "warn", "info", "debug"}) {
        out.add(new Counter(logs, base(s, pod) + ",level=\"" + level + "\"", level.equals("info") ? 20 : 0.5,
            level.equals("error") ? errorFactor(s, true) : 1));
      }
    }
    return out;
  }

  private static List<ScaleSeries> goClient(ScaleFleet.Service s, List<String> pods, SplittableRandom r) {
    Family total = new Family("http_requests", "counter", "Total number of HTTP requests by status code and method.");
    Family duration = new Family("http_request_duration_seconds", "histogram", "Duration of HTTP requests in seconds.");
    Family goroutines = new Family("go_goroutines", "gauge", "Number of goroutines that currently exist.");
    Family heap = new Family("go_memstats_heap_inuse_bytes", "gauge", "Number of heap bytes that are in use.");
    Family cpu = new Family("process_cpu_seconds", "counter", "Total user and system CPU time spent in seconds.");
    Family rss = new Family("process_resident_memory_bytes", "gauge", "Resident memory size in bytes.");
    List<ScaleSeries> out = new ArrayList<>();
    for (String pod : pods) {
      for (String route : s.routes()) {
        String handler = base(s, pod) + ",handler=\"" + route + "\",method=\"GET\"";
        out.add(new Latency(duration, handler, 10 + r.nextInt(40), 1, 0.02 + r.nextDouble() / 20, slowdown(s), GO_BUCKETS));
        for (String status : STATUSES) {
          boolean error = status.startsWith("5");
          out.add(new Counter(total, handler + ",code=\"" + status + "\"",
              status.equals("200") ? 10 + r.nextInt(40) : error ? 0.05 : 0.4, errorFactor(s, error)));
        }
      }
      out.add(new Gauge(goroutines, base(s, pod), 50 + r.nextInt(400), 1, true));
      out.add(new Gauge(heap, base(s, pod), 2e7 + r.nextInt(80_000_000), 1, true));
      out.add(new Counter(cpu, base(s, pod), 0.1 + r.nextDouble() / 3, 1));
      out.add(new Gauge(rss, base(s, pod), 6e7 + r.nextInt(200_000_000), 1, true));
    }
    return out;
  }

  private static List<ScaleSeries> otel(ScaleFleet.Service s, List<String> pods, SplittableRandom r) {
    Family server = new Family("http_server_request_duration_seconds", "histogram", "Duration of HTTP server requests.");
    Family client = new Family("http_client_request_duration_seconds", "histogram", "Duration of HTTP client requests.");
    Family cpu = new Family("process_cpu_seconds", "counter", "Total user and system CPU time spent in seconds.");
    Family rss = new Family("process_resident_memory_bytes", "gauge", "Resident memory size in bytes.");
    List<ScaleSeries> out = new ArrayList<>();
    for (String pod : pods) {
      for (String route : s.routes()) {
        for (String status : new String[] {"200", "500"}) {
          boolean error = status.equals("500");
          out.add(new Latency(server, base(s, pod) + ",http_request_method=\"GET\",http_route=\"" + route
              + "\",http_response_status_code=\"" + status + "\"", error ? 0.05 : 8 + r.nextInt(30), errorFactor(s, error),
              0.03 + r.nextDouble() / 20, slowdown(s), OTEL_BUCKETS));
        }
      }
      for (String dep : s.dependsOn()) {
        out.add(new Latency(client, base(s, pod) + ",server_address=\"" + dep
            + "\",http_request_method=\"POST\",http_response_status_code=\"200\"", 3 + r.nextInt(20), 1,
            0.01 + r.nextDouble() / 50, 1, OTEL_BUCKETS));
      }
      out.add(new Counter(cpu, base(s, pod), 0.1 + r.nextDouble() / 3, 1));
      out.add(new Gauge(rss, base(s, pod), 8e7 + r.nextInt(200_000_000), 1, true));
    }
    return out;
  }

  private static String base(ScaleFleet.Service s, String pod) {
    return "service=\"" + s.name() + "\",namespace=\"shop\",pod=\"" + pod + "\"";
  }

  private static double errorFactor(ScaleFleet.Service s, boolean error) {
    if (!error) {
      return 1;
    }
    return switch (s.name()) {
      case ScaleFleet.VICTIM -> 60;
      case ScaleFleet.CALLER -> 25;
      case "api-gateway", "frontend" -> 6;
      default -> 1;
    };
  }

  private static double slowdown(ScaleFleet.Service s) {
    return ScaleLogWriter.slowdown(s.name());
  }
}
