package dev.rca.benchmarks.scale;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes {@code traces/<service>.json}, one OTLP/JSON {@code ExportTraceServiceRequest} per
 * service, for sampled requests that enter at the frontend and fan out along the topology: a
 * server span per service reached and a client span per call, 5 to 20 spans a trace. After the
 * fault starts, traces through the victim are slow there and many end in an error that its
 * callers pass on.
 *
 * <pre>{@code
 * long spans = new ScaleTraceWriter(fleet, 2_000).write(bundleDir);
 * }</pre>
 */
public final class ScaleTraceWriter {
  private final ScaleFleet fleet;
  private final int traces;
  private final SplittableRandom r;
  private final Map<String, BundleText> files = new LinkedHashMap<>();
  private final Map<String, Boolean> firstSpan = new LinkedHashMap<>();
  private final StringBuilder span = new StringBuilder(1024);
  private final Map<String, List<String>> topology;

  public ScaleTraceWriter(ScaleFleet fleet, int traces) {
    this.fleet = fleet;
    this.topology = fleet.topology();
    this.traces = traces;
    this.r = fleet.random("traces");
  }

  /** One span being built: its service, parent and timing. */
  private static final class Node {
    final String service;
    final String name;
    final int kind;
    final int parent;
    final String peer;
    final String id;
    long start;
    long end;
    boolean error;

    Node(String service, String name, int kind, int parent, String peer, String id) {
      this.service = service;
      this.name = name;
      this.kind = kind;
      this.parent = parent;
      this.peer = peer;
      this.id = id;
    }
  }

  /** Writes the files; returns the number of spans written. */
  public long write(Path bundle) throws IOException {
    if (traces == 0) {
      return 0;
    }
    long from = fleet.from().toEpochMilli() * 1_000_000;
    long length = fleet.to().toEpochMilli() * 1_000_000 - from;
    long fault = fleet.faultStart().toEpochMilli() * 1_000_000;
    long written = 0;
    try {
      for (int t = 0; t < traces; t++) {
        long start = from + (long) ((t + r.nextDouble()) / traces * length);
        written += trace(bundle, start, start >= fault);
      }
    } finally {
      for (BundleText out : files.values()) {
        out.raw("]}]}]}\n");
        out.close();
      }
    }
    return written;
  }

  private int trace(Path bundle, long start, boolean broken) throws IOException {
    int size = 5 + r.nextInt(16);
    List<Node> nodes = new ArrayList<>();
    nodes.add(new Node("frontend", "GET /checkout", 2, -1, "", hex(16)));
    List<Integer> open = new ArrayList<>(List.of(0));
    boolean viaCheckout = r.nextInt(10) < 4;
    while (nodes.size() < size && !open.isEmpty()) {
      int at = open.remove(0);
      Node server = nodes.get(at);
      List<String> deps = topology.getOrDefault(server.service, List.of());
      if (deps.isEmpty()) {
        continue;
      }
      int calls = server.service.equals("frontend") ? 1 : 1 + r.nextInt(Math.min(3, deps.size()));
      for (int c = 0; c < calls && nodes.size() < size; c++) {
        String dep = server.service.equals("api-gateway") && viaCheckout ? ScaleFleet.CALLER
            : server.service.equals(ScaleFleet.CALLER) && c == 0 ? ScaleFleet.VICTIM
            : deps.get(r.nextInt(deps.size()));
        boolean app = fleet.services().stream().anyMatch(s -> s.name().equals(dep));
        nodes.add(new Node(server.service, app ? "POST" : "SELECT " + dep, 3, at, dep, hex(16)));
        if (app && nodes.size() < size) {
          String route = fleet.service(dep).routes().get(0);
          nodes.add(new Node(dep, "POST " + route, 2, nodes.size() - 1, "", hex(16)));
          open.add(nodes.size() - 1);
        }
      }
    }
    time(nodes, 0, start, broken);
    String traceId = hex(32);
    for (Node n : nodes) {
      span(bundle, traceId, n, n.parent < 0 ? "" : nodes.get(n.parent).id);
    }
    return nodes.size();
  }

  /** Sets start and end of {@code i} and its subtree; returns its end. */
  private long time(List<Node> nodes, int i, long start, boolean broken) {
    Node n = nodes.get(i);
    n.start = start;
    long cursor = start + 200_000 + r.nextInt(800_000);
    for (int c = i + 1; c < nodes.size(); c++) {
      if (nodes.get(c).parent == i) {
        long end = time(nodes, c, cursor, broken);
        cursor = end + 50_000 + r.nextInt(300_000);
        n.error |= nodes.get(c).error;
      }
    }
    double slow = broken && (n.service.equals(ScaleFleet.VICTIM) || ScaleFleet.VICTIM.equals(n.peer))
        ? ScaleLogWriter.slowdown(ScaleFleet.VICTIM) : 1;
    long self = (long) ((1_000_000 + r.nextInt(15_000_000)) * (n.kind == 3 && n.peer.endsWith("-db") ? slow : 1));
    if (broken && n.service.equals(ScaleFleet.VICTIM) && n.kind == 2 && r.nextInt(10) < 4) {
      n.error = true;
      self += 5_000_000_000L;
    }
    n.end = cursor + self;
    return n.end;
  }

  private void span(Path bundle, String traceId, Node n, String parentId) throws IOException {
    BundleText out = files.get(n.service);
    if (out == null) {
      out = BundleText.create(bundle.resolve("traces").resolve(n.service + ".json"));
      files.put(n.service, out);
      out.raw("{\"resourceSpans\":[{\"resource\":{\"attributes\":[{\"key\":\"service.name\",\"value\":{\"stringValue\":\"")
          .raw(n.service).raw("\"}},{\"key\":\"service.namespace\",\"value\":{\"stringValue\":\"shop\"}},"
              + "{\"key\":\"deployment.environment.name\",\"value\":{\"stringValue\":\"production\"}}]},"
              + "\"scopeSpans\":[{\"scope\":{\"name\":\"io.opentelemetry.http\",\"version\":\"2.9.0\"},\"spans\":[");
    } else {
      out.raw(',');
    }
    StringBuilder s = span;
    s.setLength(0);
    s.append("{\"traceId\":\"").append(traceId).append("\",\"spanId\":\"").append(n.id).append('"');
    if (!parentId.isEmpty()) {
      s.append(",\"parentSpanId\":\"").append(parentId).append('"');
    }
    s.append(",\"name\":\"").append(n.name).append("\",\"kind\":").append(n.kind)
        .append(",\"startTimeUnixNano\":\"").append(n.start).append("\",\"endTimeUnixNano\":\"").append(n.end)
        .append("\",\"attributes\":[");
    if (n.kind == 2) {
      int space = n.name.indexOf(' ');
      attr(s, "http.request.method", n.name.substring(0, space)).append(',');
      attr(s, "http.route", n.name.substring(space + 1)).append(',');
      s.append("{\"key\":\"http.response.status_code\",\"value\":{\"intValue\":\"").append(n.error ? 503 : 200)
          .append("\"}}");
    } else if (n.name.startsWith("SELECT")) {
      attr(s, "db.system", "postgresql").append(',');
      attr(s, "server.address", n.peer);
    } else {
      attr(s, "http.request.method", "POST").append(',');
      attr(s, "server.address", n.peer);
    }
    s.append("],\"events\":[");
    if (n.error && n.service.equals(ScaleFleet.VICTIM) && n.kind == 2) {
      s.append("{\"timeUnixNano\":\"").append(n.end - 1000).append("\",\"name\":\"exception\",\"attributes\":[");
      attr(s, "exception.type", "java.sql.SQLTransientConnectionException").append(',');
      attr(s, "exception.message", "HikariPool-1 - Connection is not available, request timed out after 5000ms.");
      s.append("]}");
    }
    s.append("],\"status\":");
    if (n.error) {
      s.append("{\"code\":2,\"message\":\"").append(n.service.equals(ScaleFleet.VICTIM)
          ? "HikariPool-1 - Connection is not available" : "upstream returned 503").append("\"}}");
    } else {
      s.append("{}}");
    }
    out.raw(s);
  }

  private static StringBuilder attr(StringBuilder s, String key, String value) {
    return s.append("{\"key\":\"").append(key).append("\",\"value\":{\"stringValue\":\"").append(value).append("\"}}");
  }

  private String hex(int digits) {
    StringBuilder s = new StringBuilder(digits);
    LogTemplate.hex(s, r, digits);
    return s.toString();
  }
}
