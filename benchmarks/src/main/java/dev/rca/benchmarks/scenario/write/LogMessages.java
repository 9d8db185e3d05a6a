package dev.rca.benchmarks.scenario.write;

import dev.rca.benchmarks.scenario.simulation.Impact;
import dev.rca.benchmarks.scenario.simulation.SeededStreams;
import dev.rca.benchmarks.scenario.simulation.ServiceState;
import dev.rca.benchmarks.scenario.simulation.Symptom;
import dev.rca.benchmarks.scenario.system.LogStyle;
import dev.rca.benchmarks.scenario.system.ServiceProfile;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/** The words a service uses for each situation, in the idiom of its runtime. */
final class LogMessages {
  private final ServiceProfile p;
  private final List<String> callees;
  private final RandomGenerator rnd;
  private final String pkg;
  private final FaultMessages faults;

  LogMessages(ServiceProfile p, List<String> callees, List<String> externals, RandomGenerator rnd) {
    this.p = p;
    this.callees = callees.isEmpty() ? List.of(p.name() + "-backend") : List.copyOf(callees);
    this.rnd = rnd;
    this.pkg = "com.shop." + StackTraces.javaName(p.name());
    this.faults = new FaultMessages(this, p, callees, externals, rnd);
  }

  FaultMessages faults() {
    return faults;
  }

  LogEntry ordinary(Instant t, String pod, ServiceState s) {
    long ms = Math.max(1, Math.round(s.latencyMs() * (0.5 + rnd.nextDouble())));
    return switch (p.logStyle()) {
      case NGINX -> access(t, pod, rnd.nextInt(20) == 0 ? 304 : 200, ms, "");
      case LOGFMT -> new LogEntry(t, pod, "info", "handler.go:" + (80 + rnd.nextInt(20)),
          "request served", null, fields("method", p.method(), "path", p.route(),
              "status", "200", "duration_ms", Long.toString(ms), "id", SeededStreams.hex(rnd, 8)));
      case JSON_LINES, PLAIN_TEXT -> java(t, pod, "INFO", pkg + ".web.RequestLog",
          p.method() + " " + p.route() + " completed 200 in " + ms + " ms (order="
              + SeededStreams.hex(rnd, 10) + ")", null);
      case POSTGRES -> faults.databaseRoutine(t, pod);
    };
  }

  List<LogEntry> backgroundError(Instant t, String pod) {
    boolean severe = rnd.nextInt(3) == 0;
    return switch (p.logStyle()) {
      case POSTGRES -> List.of(faults.databaseError(t, pod, severe));
      case NGINX -> severe
          ? List.of(access(t, pod, 502, 3, ""), nginxError(t, pod, "error",
              "upstream prematurely closed connection while reading response header from upstream",
              p.route()))
          : List.of(access(t, pod, rnd.nextBoolean() ? 499 : 404, 2 + rnd.nextInt(40), ""));
      case LOGFMT -> List.of(severe
          ? new LogEntry(t, pod, "error", "store.go:141", "cache read failed", null,
              fields("err", "redis: connection pool timeout", "attempt", "1"))
          : new LogEntry(t, pod, "warn", "handler.go:62", "invalid request", null,
              fields("err", "cart id must be a UUID", "status", "400")));
      case JSON_LINES, PLAIN_TEXT -> List.of(severe
          ? java(t, pod, "ERROR", "o.a.c.c.C.[.[.[/].[dispatcherServlet]",
              "Servlet.service() for servlet [dispatcherServlet] threw exception",
              StackTraces.clientAbort())
          : java(t, pod, "WARN", pkg + ".web.ErrorAdvice",
              "Rejected request: " + (rnd.nextBoolean() ? "card declined by issuer (insufficient_funds)"
                  : "validation failed for field 'quantity': must be positive"), null));
    };
  }

  List<LogEntry> symptom(Instant t, String pod, Impact impact, ServiceState s, boolean timeout,
      @org.jspecify.annotations.Nullable Impact cause) {
    boolean withTrace = rnd.nextInt(4) == 0;
    if (impact.symptom() == Symptom.UPSTREAM_FAILURE && cause != null && FaultMessages.flavoured(cause)) {
      return faults.upstream(t, pod, cause);
    }
    if (impact.variant() > 0 || FaultMessages.owns(impact.symptom()) || p.logStyle() == LogStyle.POSTGRES) {
      return faults.own(t, pod, impact, s, withTrace);
    }
    String upstream = impact.upstream() == null ? "" : impact.upstream();
    return switch (impact.symptom()) {
      case POOL_EXHAUSTED -> {
        int waiting = Math.max(1, (int) Math.round(s.poolPending()));
        String text = "HikariPool-1 - Connection is not available, request timed out after 30000ms (total="
            + s.poolMax() + ", active=" + s.poolMax() + ", idle=0, waiting=" + waiting + ")";
        yield p.logStyle() == LogStyle.LOGFMT || p.logStyle() == LogStyle.NGINX
            ? List.of(new LogEntry(t, pod, "error", "db.go:77", "acquire connection failed", null,
                fields("err", "timeout waiting for connection", "waiting", Integer.toString(waiting))))
            : withTrace
                ? List.of(java(t, pod, "ERROR", "o.a.c.c.C.[.[.[/].[dispatcherServlet]",
                    "Servlet.service() for servlet [dispatcherServlet] threw exception "
                        + "[Request processing failed: org.springframework.dao.DataAccessResourceFailureException: "
                        + "Unable to acquire JDBC Connection] with root cause",
                    StackTraces.poolTimeout(p.name(), s.poolMax(), waiting)))
                : List.of(java(t, pod, "WARN", "o.h.engine.jdbc.spi.SqlExceptionHelper",
                    "SQL Error: 0, SQLState: null", null),
                    java(t, pod, "ERROR", "o.h.engine.jdbc.spi.SqlExceptionHelper", text, null));
      }
      case CODE_REGRESSION -> switch (p.logStyle()) {
        case LOGFMT -> List.of(new LogEntry(t, pod, "error", "handler.go:117", "failed to load cart",
            null, fields("err", "json: cannot unmarshal string into Go struct field CartItem.items.quantity of type int",
                "cart_id", SeededStreams.hex(rnd, 12), "status", "500")));
        case NGINX, POSTGRES -> List.of(access(t, pod, 500, 4, ""));
        case JSON_LINES, PLAIN_TEXT -> List.of(java(t, pod, "ERROR", pkg + ".web.ErrorAdvice",
            "Unhandled exception on " + p.method() + " " + p.route(),
            withTrace ? StackTraces.nullPointer(p.name()) : null));
      };
      case UPSTREAM_FAILURE -> upstreamFailure(t, pod, upstream, timeout, withTrace);
      case EDGE_CONNECTION_RESETS -> {
        String target = callees.get(rnd.nextInt(callees.size()));
        yield List.of(access(t, pod, timeout ? 504 : 502, timeout ? 60_000 : 40 + rnd.nextInt(400), target),
            nginxError(t, pod, "error", timeout
                ? "upstream timed out (110: Connection timed out) while connecting to upstream"
                : "recv() failed (104: Connection reset by peer) while reading response header from upstream",
                target));
      }
      case CHRONIC_ERRORS -> List.of(p.logStyle() == LogStyle.LOGFMT || p.logStyle() == LogStyle.NGINX
          ? new LogEntry(t, pod, "error", "refresh.go:52", "recommendation refresh failed", null,
              fields("err", "context deadline exceeded", "source", "ml-ranker"))
          : java(t, pod, "ERROR", pkg + ".reco.RecommendationRefresher",
              "Recommendation refresh failed: ml-ranker did not answer within 800 ms", null));
      default -> faults.own(t, pod, impact, s, withTrace);
    };
  }

  private List<LogEntry> upstreamFailure(Instant t, String pod, String upstream, boolean timeout,
      boolean withTrace) {
    return switch (p.logStyle()) {
      case POSTGRES -> List.of();
      case NGINX -> List.of(access(t, pod, timeout ? 504 : 502, timeout ? 60_000 : 30 + rnd.nextInt(200), upstream),
          nginxError(t, pod, "error", timeout
              ? "upstream timed out (110: Connection timed out) while reading response header from upstream"
              : "upstream prematurely closed connection while reading response header from upstream",
              upstream));
      case LOGFMT -> List.of(new LogEntry(t, pod, "error", "client.go:93", "upstream request failed",
          null, fields("upstream", upstream, "err", timeout ? "context deadline exceeded"
              : "unexpected status 503", "status", "502")));
      case JSON_LINES, PLAIN_TEXT -> List.of(java(t, pod, "ERROR", pkg + ".clients.UpstreamCall",
          "Call to " + upstream + " failed: " + (timeout ? "Read timed out" : "503 Service Unavailable"),
          withTrace ? StackTraces.upstream(p.name(), upstream, timeout) : null));
    };
  }

  List<LogEntry> startup(Instant t, String pod, String version) {
    return switch (p.logStyle()) {
      case POSTGRES -> List.of(faults.databaseRoutine(t, pod));
      case NGINX -> List.of(nginxError(t, pod, "notice", "start worker processes", ""));
      case LOGFMT -> List.of(new LogEntry(t, pod, "info", "main.go:48", "starting server", null,
          fields("version", version, "addr", ":8080")));
      case JSON_LINES, PLAIN_TEXT -> {
        String app = Character.toUpperCase(p.name().charAt(0)) + StackTraces.javaName(p.name()).substring(1);
        LogEntry started = java(t, pod, "INFO", pkg + "." + app + "Application",
            String.format(Locale.ROOT, "Started %sApplication v%s in %.3f seconds (process running for %.1f)",
                app, version, 6 + 4 * rnd.nextDouble(), 7 + 4 * rnd.nextDouble()), null);
        yield p.connectionPool()
            ? List.of(java(t.minusMillis(900), pod, "INFO", "com.zaxxer.hikari.HikariDataSource",
                "HikariPool-1 - Start completed.", null), started)
            : List.of(started);
      }
    };
  }

  LogEntry java(Instant t, String pod, String level, String logger, String message,
      @org.jspecify.annotations.Nullable String stack) {
    return new LogEntry(t, pod, level, logger, message, stack,
        fields("thread", "http-nio-8080-exec-" + (1 + rnd.nextInt(200)),
            "trace_id", SeededStreams.hex(rnd, 32)));
  }

  LogEntry access(Instant t, String pod, int status, long ms, String upstream) {
    return new LogEntry(t, pod, "", "access", "", null, fields(
        "client", "10.42." + rnd.nextInt(8) + "." + (2 + rnd.nextInt(250)),
        "request", p.method() + " " + p.route(),
        "status", Integer.toString(status), "ms", Long.toString(ms),
        "bytes", Integer.toString(status >= 400 ? 150 + rnd.nextInt(20) : 300 + rnd.nextInt(2000)),
        "upstream", upstream));
  }

  LogEntry nginxError(Instant t, String pod, String level, String message, String upstream) {
    String detail = upstream.isEmpty() ? "" : ", client: 10.42." + rnd.nextInt(8) + "." + (2 + rnd.nextInt(250))
        + ", server: shop.example, request: \"" + p.method() + " " + p.route()
        + " HTTP/1.1\", upstream: \"http://" + upstream + ".shop.svc.cluster.local:8080" + p.route()
        + "\", host: \"shop.example\"";
    return new LogEntry(t, pod, level, "error", message + detail, null,
        fields("connection", Integer.toString(10_000 + rnd.nextInt(90_000))));
  }

  static Map<String, String> fields(String... kv) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      out.put(kv[i], kv[i + 1]);
    }
    return out;
  }
}
