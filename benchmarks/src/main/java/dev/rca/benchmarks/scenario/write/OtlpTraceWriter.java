package dev.rca.benchmarks.scenario.write;

import static dev.rca.benchmarks.scenario.write.WireJson.obj;

import dev.rca.benchmarks.scenario.simulation.Impact;
import dev.rca.benchmarks.scenario.simulation.IncidentPlan;
import dev.rca.benchmarks.scenario.simulation.SeededStreams;
import dev.rca.benchmarks.scenario.simulation.ServiceLoad;
import dev.rca.benchmarks.scenario.simulation.ServiceState;
import dev.rca.benchmarks.scenario.simulation.Symptom;
import dev.rca.benchmarks.scenario.system.ServiceProfile;
import dev.rca.benchmarks.scenario.system.SystemModel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code traces/<service>.json}: OTLP/JSON export requests holding a tail-sampled set of
 * traces (every errored trace, a tenth of the healthy ones), each service's spans in its own file
 * as its SDK would export them.
 *
 * <pre>{@code
 * long spans = OtlpTraceWriter.write(plan, new ServiceLoad(plan), bundleDir);
 * }</pre>
 */
public final class OtlpTraceWriter {
  private static final int KIND_SERVER = 2;
  private static final int KIND_CLIENT = 3;
  private static final int STATUS_ERROR = 2;
  /** Healthy traces kept by the tail sampler, one in this many. */
  private static final int HEALTHY_KEEP = 10;

  private final IncidentPlan plan;
  private final ServiceLoad load;
  private final SystemModel system;
  private final RandomGenerator rnd;
  private final Map<String, List<Object>> spansByService = new LinkedHashMap<>();

  private OtlpTraceWriter(IncidentPlan plan, ServiceLoad load) {
    this.plan = plan;
    this.load = load;
    this.system = plan.spec().system();
    this.rnd = plan.streams().stream("traces");
    system.traced().forEach(p -> spansByService.put(p.name(), new ArrayList<>()));
  }

  /** Writes every service's trace file and returns how many spans were written. */
  public static long write(IncidentPlan plan, ServiceLoad load, Path bundle) {
    OtlpTraceWriter w = new OtlpTraceWriter(plan, load);
    w.simulate();
    long spans = 0;
    for (Map.Entry<String, List<Object>> e : w.spansByService.entrySet()) {
      Object resource = obj("attributes", List.of(
          attr("service.name", e.getKey()),
          attr("service.namespace", AlertmanagerPayloadWriter.NAMESPACE),
          attr("deployment.environment.name", "production")));
      Object body = obj("resourceSpans", List.of(obj("resource", resource, "scopeSpans", List.of(obj(
          "scope", obj("name", "io.opentelemetry.http", "version", "2.9.0"),
          "spans", e.getValue())))));
      WireJson.write(bundle.resolve("traces").resolve(e.getKey() + ".json"), body, false);
      spans += e.getValue().size();
    }
    return spans;
  }

  private void simulate() {
    List<String> roots = system.traced().stream().map(ServiceProfile::name)
        .filter(s -> system.callers(s).isEmpty()).toList();
    double perMinute = plan.spec().volume().tracesPerMinute() * HEALTHY_KEEP;
    // Stop a minute early so that no trace outlives the window.
    for (Instant minute = plan.from(); minute.plusSeconds(60).isBefore(plan.to());
        minute = minute.plusSeconds(60)) {
      for (String root : roots) {
        int candidates = SeededStreams.poisson(rnd, perMinute);
        for (int i = 0; i < candidates; i++) {
          Instant start = minute.plusMillis(rnd.nextInt(60_000));
          ServiceState rootState = load.at(root, start);
          boolean failed = rnd.nextDouble() < rootState.errorRatio();
          if (!failed && rnd.nextInt(HEALTHY_KEEP) != 0) {
            continue;
          }
          List<String> failurePath = failed ? failurePath(root, start) : List.of();
          serve(SeededStreams.hex(rnd, 32), null, root, start, failurePath);
        }
      }
    }
  }

  /** The services an error travels through, from the root down to where it began. */
  private List<String> failurePath(String root, Instant t) {
    List<String> path = new ArrayList<>(List.of(root));
    String current = root;
    for (int hop = 0; hop < 8; hop++) {
      Impact d = load.at(current, t).dominant();
      if (d == null || d.symptom() != Symptom.UPSTREAM_FAILURE || d.upstream() == null
          || !system.profileTraced(d.upstream())) {
        break;
      }
      current = d.upstream();
      path.add(current);
    }
    return path;
  }

  /** Simulates the server span of {@code service} and its calls; returns the span's end. */
  private Instant serve(String traceId, @Nullable String parent, String service, Instant start,
      List<String> failurePath) {
    ServiceState s = load.at(service, start);
    String spanId = SeededStreams.hex(rnd, 16);
    boolean onPath = failurePath.contains(service);
    boolean origin = onPath && failurePath.get(failurePath.size() - 1).equals(service);
    Impact d = s.dominant();
    double ownMs = Math.max(0.3, s.latencyMs() * 0.35 * (0.6 + 0.8 * rnd.nextDouble()));
    Instant cursor = start.plusNanos((long) (ownMs * 300_000));
    String failedCallee = null;
    for (String callee : system.callees(service)) {
      boolean calleeFails = failurePath.contains(callee);
      boolean edgeReset = origin && d != null && d.symptom() == Symptom.EDGE_CONNECTION_RESETS
          && failedCallee == null;
      String refused = calleeFails ? CallFailures.refusal(load.at(callee, start), callee)
          : origin && d != null ? CallFailures.ownCall(d, callee, system, rnd) : null;
      Instant callEnd;
      String clientId = SeededStreams.hex(rnd, 16);
      if (system.profileTraced(callee) && !edgeReset && refused == null) {
        callEnd = serve(traceId, clientId, callee, cursor.plusNanos(400_000), failurePath)
            .plusNanos(300_000);
      } else {
        double ms = edgeReset ? s.latencyMs() * 2 : refused != null
            ? CallFailures.failedCallMs(refused, load.at(callee, start))
            : system.service(callee).baselineLatencyMs() * (0.5 + rnd.nextDouble());
        callEnd = cursor.plusNanos((long) (ms * 1_000_000));
      }
      boolean clientError = calleeFails || edgeReset || refused != null;
      spansByService.get(service).add(span(traceId, clientId, spanId, callee, KIND_CLIENT, cursor,
          callEnd, clientAttrs(callee), clientError ? (edgeReset
              ? "connection reset by peer" : refused != null ? refused : callee + " returned an error")
              : null, null));
      if (clientError) {
        failedCallee = callee;
      }
      cursor = callEnd;
    }
    for (String host : system.externals(service)) {
      boolean failing = d != null && d.symptom() == Symptom.EXTERNAL_ERRORS && origin;
      int status = failing ? (d.variant() == 0 ? 429 : 503) : 200;
      double ms = failing && status == 503 ? 30 + rnd.nextInt(400) : 80 + rnd.nextInt(220);
      Instant callEnd = cursor.plusNanos((long) (ms * 1_000_000));
      spansByService.get(service).add(span(traceId, SeededStreams.hex(rnd, 16), spanId,
          "POST", KIND_CLIENT, cursor, callEnd, List.of(attr("http.request.method", "POST"),
              attr("server.address", host), attr("peer.service", host), intAttr("server.port", 443),
              attr("url.full", "https://" + host + "/v1/requests"),
              intAttr("http.response.status_code", status)),
          failing ? status + (status == 429 ? " Too Many Requests" : " Service Unavailable") : null, null));
      if (failing) {
        failedCallee = host;
      }
      cursor = callEnd;
    }
    Instant end = cursor.plusNanos((long) (ownMs * 700_000));
    String message = null;
    Object exception = null;
    if (origin) {
      message = d == null ? "Internal Server Error" : describe(d, failedCallee);
      exception = exceptionEvent(end.minusNanos(200_000), d, message);
    } else if (onPath) {
      message = "upstream " + failedCallee + " failed";
    }
    ServiceProfile p = system.service(service);
    spansByService.get(service).add(span(traceId, spanId, parent, p.method() + " " + p.route(),
        KIND_SERVER, start, end, List.of(
            attr("http.request.method", p.method()), attr("http.route", p.route()),
            intAttr("http.response.status_code", message == null ? 200 : 500)), message, exception));
    return end;
  }

  private static String describe(Impact d, @Nullable String failedCallee) {
    return switch (d.symptom()) {
      case POOL_EXHAUSTED -> "HikariPool-1 - Connection is not available, request timed out after 30000ms";
      case CODE_REGRESSION -> "NullPointerException in request handling";
      case EDGE_CONNECTION_RESETS -> "upstream " + failedCallee + ": connection reset by peer";
      case CHRONIC_ERRORS -> "recommendation refresh failed";
      case UPSTREAM_FAILURE -> "upstream failed";
      default -> CallFailures.serverMessage(d, failedCallee);
    };
  }

  private static @Nullable Object exceptionEvent(Instant at, @Nullable Impact d, String message) {
    if (d == null || d.symptom() == Symptom.EDGE_CONNECTION_RESETS) {
      return null;
    }
    String type = switch (d.symptom()) {
      case POOL_EXHAUSTED -> "java.sql.SQLTransientConnectionException";
      case CODE_REGRESSION -> d.variant() == 0 ? "java.lang.NullPointerException"
          : CallFailures.regressionType(d.variant());
      default -> CallFailures.exceptionType(d);
    };
    return obj("timeUnixNano", WireTime.epochNanos(at), "name", "exception", "attributes",
        List.of(attr("exception.type", type), attr("exception.message", message)));
  }

  private List<Object> clientAttrs(String callee) {
    ServiceProfile target = system.service(callee);
    if (target.database()) {
      return List.of(attr("db.system", "postgresql"), attr("db.namespace", "app"),
          attr("db.operation.name", "UPDATE"), attr("server.address", callee),
          attr("peer.service", callee));
    }
    if (callee.endsWith("-db")) {
      return List.of(attr("db.system", "postgresql"), attr("db.operation.name", "SELECT"),
          attr("server.address", callee));
    }
    if (callee.endsWith("-redis")) {
      return List.of(attr("db.system", "redis"), attr("db.operation.name", "GET"),
          attr("server.address", callee));
    }
    ServiceProfile p = system.service(callee);
    return List.of(attr("http.request.method", p.method()), attr("server.address", callee),
        attr("url.full", "http://" + callee + ":8080" + p.route()));
  }

  private static Object span(String traceId, String spanId, @Nullable String parent, String name,
      int kind, Instant start, Instant end, List<Object> attributes, @Nullable String error,
      @Nullable Object exception) {
    Map<String, Object> span = new LinkedHashMap<>();
    span.put("traceId", traceId);
    span.put("spanId", spanId);
    if (parent != null) {
      span.put("parentSpanId", parent);
    }
    span.put("name", name);
    span.put("kind", kind);
    span.put("startTimeUnixNano", WireTime.epochNanos(start));
    span.put("endTimeUnixNano", WireTime.epochNanos(end));
    span.put("attributes", attributes);
    span.put("events", exception == null ? List.of() : List.of(exception));
    span.put("status", error == null ? obj() : obj("code", STATUS_ERROR, "message", error));
    return span;
  }

  private static Object attr(String key, String value) {
    return obj("key", key, "value", obj("stringValue", value));
  }

  private static Object intAttr(String key, long value) {
    return obj("key", key, "value", obj("intValue", Long.toString(value)));
  }
}
