package dev.rca.benchmarks.scenario.write;

import static dev.rca.benchmarks.scenario.write.LogMessages.fields;

import dev.rca.benchmarks.scenario.simulation.Impact;
import dev.rca.benchmarks.scenario.simulation.SeededStreams;
import dev.rca.benchmarks.scenario.simulation.ServiceState;
import dev.rca.benchmarks.scenario.simulation.Symptom;
import dev.rca.benchmarks.scenario.system.LogStyle;
import dev.rca.benchmarks.scenario.system.ServiceProfile;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * What services log when their own resources, hosts, databases, certificates or third parties
 * fail, in the words their runtimes really use (JVM exceptions, Go error strings, nginx and
 * PostgreSQL messages). Nothing here names the fault kind; the wording is the evidence.
 */
final class FaultMessages {
  private final LogMessages base;
  private final ServiceProfile p;
  private final List<String> callees;
  private final List<String> externals;
  private final RandomGenerator rnd;
  private final String pkg;

  FaultMessages(LogMessages base, ServiceProfile p, List<String> callees, List<String> externals,
      RandomGenerator rnd) {
    this.base = base;
    this.p = p;
    this.callees = callees.isEmpty() ? List.of(p.name() + "-backend") : List.copyOf(callees);
    this.externals = List.copyOf(externals);
    this.rnd = rnd;
    this.pkg = "com.shop." + StackTraces.javaName(p.name());
  }

  /** Whether a caller words its failure after this cause rather than as a plain 5xx or timeout. */
  static boolean flavoured(Impact cause) {
    return cause.symptom() == Symptom.TLS_EXPIRED || cause.symptom() == Symptom.DB_CONTENTION
        || cause.symptom() == Symptom.MEMORY_LEAK;
  }

  /** Whether this class words the symptom in the service's own logs. */
  static boolean owns(Symptom s) {
    return switch (s) {
      case POOL_EXHAUSTED, CODE_REGRESSION, UPSTREAM_FAILURE, EDGE_CONNECTION_RESETS, CHRONIC_ERRORS -> false;
      default -> true;
    };
  }

  private boolean jvm() {
    return p.logStyle() == LogStyle.JSON_LINES || p.logStyle() == LogStyle.PLAIN_TEXT;
  }

  private boolean go() {
    return p.logStyle() == LogStyle.LOGFMT;
  }

  List<LogEntry> own(Instant t, String pod, Impact impact, ServiceState s, boolean withTrace) {
    long ms = Math.max(1, Math.round(s.latencyMs() * (0.8 + rnd.nextDouble())));
    String host = callees.get(rnd.nextInt(callees.size()));
    return switch (impact.symptom()) {
      case CODE_REGRESSION -> regression(t, pod, impact.variant(), withTrace);
      case CPU_SATURATION, UNEXPLAINED_SLOWNESS -> slow(t, pod, ms, impact.symptom() == Symptom.CPU_SATURATION);
      case MEMORY_LEAK -> jvm()
          ? List.of(base.java(t, pod, "ERROR", "o.a.c.c.C.[.[.[/].[dispatcherServlet]",
              "Servlet.service() for servlet [dispatcherServlet] threw exception [Handler dispatch failed: "
                  + "java.lang.OutOfMemoryError: Java heap space] with root cause",
              withTrace ? StackTraces.outOfMemory(p.name()) : "java.lang.OutOfMemoryError: Java heap space"))
          : go() ? List.of(new LogEntry(t, pod, "error", "handler.go:121", "request failed", null,
              fields("err", "context deadline exceeded", "status", "503", "duration_ms", Long.toString(ms))))
          : List.of(base.access(t, pod, 503, ms, ""));
      case DISK_FULL -> {
        String file = "/var/lib/" + p.name() + "/spool/" + SeededStreams.hex(rnd, 12) + ".tmp";
        if (jvm()) {
          yield List.of(base.java(t, pod, "ERROR", pkg + ".storage.SpoolWriter",
              "Failed to write " + file, withTrace ? StackTraces.noSpace(p.name(), file)
                  : "java.io.IOException: No space left on device"));
        }
        yield go() ? List.of(new LogEntry(t, pod, "error", "spool.go:58", "write failed", null,
            fields("err", "write " + file + ": no space left on device", "status", "500")))
            : List.of(base.access(t, pod, 500, ms, ""), base.nginxError(t, pod, "crit",
                "pwrite() \"/var/cache/nginx/client_temp/00000" + (10000 + rnd.nextInt(89999))
                    + "\" failed (28: No space left on device)", ""));
      }
      case NETWORK_IMPAIRED -> network(t, pod, host);
      case DB_CONTENTION -> List.of(databaseContention(t, pod, impact.variant()));
      case EXTERNAL_ERRORS -> external(t, pod, impact.variant(), withTrace);
      case SATURATED -> jvm()
          ? List.of(base.java(t, pod, "ERROR", pkg + ".web.RejectionHandler",
              "Request rejected: executor queue full (active=" + (190 + rnd.nextInt(10))
                  + ", queued=500)", withTrace ? StackTraces.rejected(p.name()) : null))
          : go() ? List.of(new LogEntry(t, pod, "warn", "limiter.go:44", "request rejected", null,
              fields("err", "server overloaded: " + (480 + rnd.nextInt(60)) + " requests in flight",
                  "status", "503")))
          : List.of(base.access(t, pod, 503, 1, ""), base.nginxError(t, pod, "error",
              String.format(Locale.ROOT, "limiting requests, excess: %.3f by zone \"per_service\"",
                  5 + 30 * rnd.nextDouble()), p.name()));
      case TLS_EXPIRED -> List.of(handshake(t, pod));
      default -> List.of(base.java(t, pod, "WARN", pkg + ".web.RequestLog",
          p.method() + " " + p.route() + " completed 503 in " + ms + " ms", null));
    };
  }

  private List<LogEntry> regression(Instant t, String pod, int variant, boolean withTrace) {
    if (jvm()) {
      String[] head = {
          "java.lang.IllegalArgumentException: No enum constant " + pkg + ".model.Status.PENDING_REVIEW",
          "java.lang.ClassCastException: class java.lang.String cannot be cast to class java.lang.Long",
          "com.fasterxml.jackson.databind.exc.MismatchedInputException: Cannot deserialize value of type "
              + "`java.util.ArrayList<" + pkg + ".model.Line>` from Object value"};
      String h = head[(variant - 1 + 3) % 3];
      return List.of(base.java(t, pod, "ERROR", pkg + ".web.ErrorAdvice",
          "Unhandled exception on " + p.method() + " " + p.route() + ": " + h.substring(h.indexOf(':') + 2),
          withTrace ? StackTraces.regression(p.name(), h) : null));
    }
    if (go()) {
      String[] err = {"json: cannot unmarshal number into Go struct field Item.sku of type string",
          "runtime error: index out of range [3] with length 3",
          "runtime error: invalid memory address or nil pointer dereference"};
      return List.of(new LogEntry(t, pod, "error", "handler.go:" + (100 + 17 * variant),
          variant == 1 ? "failed to decode request" : "panic recovered", null,
          fields("err", err[(variant - 1 + 3) % 3], "path", p.route(), "status", "500")));
    }
    return List.of(base.access(t, pod, 500, 3, ""));
  }

  private List<LogEntry> slow(Instant t, String pod, long ms, boolean starving) {
    if (jvm()) {
      if (starving && p.connectionPool() && rnd.nextInt(4) == 0) {
        return List.of(base.java(t, pod, "WARN", "com.zaxxer.hikari.pool.HikariPool",
            "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta="
                + (20 + rnd.nextInt(50)) + "s" + rnd.nextInt(1000) + "ms).", null));
      }
      return List.of(rnd.nextBoolean()
          ? base.java(t, pod, "WARN", pkg + ".web.SlowRequestFilter",
              "Slow request: " + p.method() + " " + p.route() + " took " + ms + " ms", null)
          : base.java(t, pod, "ERROR", "o.a.c.c.C.[.[.[/].[dispatcherServlet]",
              "Servlet.service() for servlet [dispatcherServlet] threw exception",
              StackTraces.clientAbort()));
    }
    if (go()) {
      return List.of(new LogEntry(t, pod, "warn", "handler.go:88", "request aborted", null,
          fields("err", "context canceled", "path", p.route(), "duration_ms", Long.toString(ms))));
    }
    return List.of(base.access(t, pod, 504, ms, ""));
  }

  private List<LogEntry> network(Instant t, String pod, String host) {
    String fqdn = host + ".shop.svc.cluster.local";
    int pick = rnd.nextInt(3);
    if (jvm()) {
      String[] err = {"java.net.UnknownHostException: " + fqdn + ": Temporary failure in name resolution",
          "io.netty.resolver.dns.DnsErrorCauseException: Query failed with NXDOMAIN",
          "java.net.SocketTimeoutException: Connect timed out"};
      return List.of(base.java(t, pod, "ERROR", pkg + ".clients.UpstreamCall",
          "Call to " + host + " failed: " + err[pick], null));
    }
    if (go()) {
      String[] err = {"dial tcp: lookup " + fqdn + " on 10.96.0.10:53: no such host",
          "dial tcp: lookup " + fqdn + " on 10.96.0.10:53: read udp 10.42." + rnd.nextInt(8) + "."
              + (2 + rnd.nextInt(250)) + ":" + (30000 + rnd.nextInt(30000)) + "->10.96.0.10:53: i/o timeout",
          "dial tcp 10.42." + rnd.nextInt(8) + "." + (2 + rnd.nextInt(250)) + ":8080: i/o timeout"};
      return List.of(new LogEntry(t, pod, "error", "client.go:93", "upstream request failed", null,
          fields("upstream", host, "err", err[pick], "status", "502")));
    }
    return List.of(base.access(t, pod, 502, 30 + rnd.nextInt(5000), host), base.nginxError(t, pod,
        "error", pick == 2 ? "upstream timed out (110: Connection timed out) while connecting to upstream"
            : fqdn + " could not be resolved (3: Host not found)", host));
  }

  private List<LogEntry> external(Instant t, String pod, int variant, boolean withTrace) {
    String host = externals.isEmpty() ? "api.partner.example" : externals.get(rnd.nextInt(externals.size()));
    String status = variant == 0 ? "429 Too Many Requests" : "503 Service Unavailable";
    String url = "https://" + host + "/v1/" + (variant == 0 ? "requests" : "status");
    if (jvm()) {
      return List.of(base.java(t, pod, "ERROR", pkg + ".clients.PartnerClient",
          "Call to " + host + " failed: " + status,
          withTrace ? StackTraces.partner(p.name(), host, url, variant == 0) : null));
    }
    if (go()) {
      return List.of(new LogEntry(t, pod, "error", "partner.go:71", "partner request failed", null,
          fields("host", host, "status", status.substring(0, 3), "err", variant == 0
              ? "rate limited, retry after " + (10 + rnd.nextInt(50)) + "s" : "unexpected status " + status)));
    }
    return List.of(base.access(t, pod, 502, 200 + rnd.nextInt(800), host));
  }

  /** How a caller words a failure of its callee, by what went wrong there. */
  List<LogEntry> upstream(Instant t, String pod, Impact cause) {
    String host = cause.service();
    String fqdn = host + ".shop.svc.cluster.local";
    return switch (cause.symptom()) {
      case TLS_EXPIRED -> jvm()
          ? List.of(base.java(t, pod, "ERROR", pkg + ".clients.UpstreamCall",
              "Call to " + host + " failed: javax.net.ssl.SSLHandshakeException: PKIX path validation failed: "
                  + "java.security.cert.CertPathValidatorException: validity check failed",
              rnd.nextInt(4) == 0 ? StackTraces.expired(p.name(), fqdn) : null))
          : go() ? List.of(new LogEntry(t, pod, "error", "client.go:93", "upstream request failed", null,
              fields("upstream", host, "err", "Post \"https://" + fqdn + ":8443" + "\": tls: failed to verify "
                  + "certificate: x509: certificate has expired or is not yet valid: current time "
                  + WireTime.rfc3339(t).substring(0, 19) + "Z is after " + WireTime.rfc3339(cause.start())
                      .substring(0, 19) + "Z", "status", "502")))
          : List.of(base.access(t, pod, 502, 2 + rnd.nextInt(10), host), base.nginxError(t, pod, "error",
              "upstream SSL certificate verify error: (10:certificate has expired) while SSL handshaking to upstream", host));
      case DB_CONTENTION -> {
        String[] pg = {"ERROR: canceling statement due to lock timeout", "ERROR: deadlock detected",
            "ERROR: canceling statement due to statement timeout"};
        int v = rnd.nextInt(4) == 0 ? rnd.nextInt(3) : cause.variant() % 3;
        if (go()) {
          yield List.of(new LogEntry(t, pod, "error", "store.go:" + (60 + v * 11), "query failed", null,
              fields("db", host, "err", pg[v].replace("ERROR: ", "pq: "), "status", "500")));
        }
        yield List.of(base.java(t, pod, "ERROR", "o.h.engine.jdbc.spi.SqlExceptionHelper", pg[v]
            + (v == 1 ? "\n  Detail: Process " + (4000 + rnd.nextInt(900)) + " waits for ShareLock on transaction "
                + (880_000 + rnd.nextInt(9000)) + "; blocked by process " + (4000 + rnd.nextInt(900)) + "." : "")
            + "\n  Where: while updating tuple (" + rnd.nextInt(900) + "," + rnd.nextInt(40) + ") in relation \""
            + TABLES[rnd.nextInt(TABLES.length)] + "\"", null));
      }
      case MEMORY_LEAK -> jvm()
          ? List.of(base.java(t, pod, "ERROR", pkg + ".clients.UpstreamCall", "Call to " + host
              + " failed: I/O error on " + "POST request for \"http://" + host + ":8080/\": Connection refused", null))
          : go() ? List.of(new LogEntry(t, pod, "error", "client.go:93", "upstream request failed", null,
              fields("upstream", host, "err", "dial tcp 10.42." + rnd.nextInt(8) + "." + (2 + rnd.nextInt(250))
                  + ":8080: connect: connection refused", "status", "502")))
          : List.of(base.access(t, pod, 502, 1, host), base.nginxError(t, pod, "error",
              "connect() failed (111: Connection refused) while connecting to upstream", host));
      default -> List.of();
    };
  }

  /** The server's side of a failed handshake: its clients reject the certificate it presents. */
  LogEntry handshake(Instant t, String pod) {
    String client = "10.42." + rnd.nextInt(8) + "." + (2 + rnd.nextInt(250)) + ":" + (30000 + rnd.nextInt(30000));
    if (go()) {
      return new LogEntry(t, pod, "", "stderr", WireTime.goStd(t) + " http: TLS handshake error from "
          + client + ": remote error: tls: bad certificate", null, fields());
    }
    if (jvm()) {
      return base.java(t, pod, "DEBUG", "o.apache.tomcat.util.net.NioEndpoint",
          "Handshake failed for client connection from [" + client + "]: Received fatal alert: certificate_unknown", null);
    }
    return base.nginxError(t, pod, "info", "SSL_do_handshake() failed (SSL: error:0A000416:SSL routines::"
        + "sslv3 alert certificate unknown:SSL alert number 46) while SSL handshaking, client: "
        + client.substring(0, client.indexOf(':')) + ", server: 0.0.0.0:8443", "");
  }

  private static final String[] TABLES = {"orders", "accounts", "line_items", "balances", "reservations",
      "invoices"};

  LogEntry databaseRoutine(Instant t, String pod) {
    int pick = rnd.nextInt(4);
    String msg = switch (pick) {
      case 0 -> "checkpoint starting: time";
      case 1 -> String.format(Locale.ROOT, "checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added,"
          + " 0 removed, 1 recycled; write=%.3f s, sync=0.004 s, total=%.3f s", 200 + rnd.nextInt(2000),
          rnd.nextDouble() * 5, 20 + rnd.nextDouble() * 10, 30 + rnd.nextDouble() * 10);
      case 2 -> "automatic vacuum of table \"app.public." + TABLES[rnd.nextInt(TABLES.length)]
          + "\": index scans: 1";
      default -> "connection authorized: user=app database=app application_name=PostgreSQL JDBC Driver";
    };
    return new LogEntry(t, pod, "LOG", "postgres", msg, null, fields("pid", Integer.toString(1000 + rnd.nextInt(9000))));
  }

  LogEntry databaseError(Instant t, String pod, boolean severe) {
    String table = TABLES[rnd.nextInt(TABLES.length)];
    String msg = severe ? "duplicate key value violates unique constraint \"" + table + "_pkey\"\nDETAIL:  Key (id)=("
        + (100_000 + rnd.nextInt(900_000)) + ") already exists."
        : "could not receive data from client: Connection reset by peer";
    return new LogEntry(t, pod, severe ? "ERROR" : "LOG", "postgres", msg, null,
        fields("pid", Integer.toString(1000 + rnd.nextInt(9000))));
  }

  private LogEntry databaseContention(Instant t, String pod, int variant) {
    String table = TABLES[rnd.nextInt(TABLES.length)];
    int pid = 1000 + rnd.nextInt(9000);
    int v = rnd.nextInt(3) == 0 ? rnd.nextInt(4) : variant % 4;
    String msg = switch (v) {
      case 0 -> "canceling statement due to lock timeout\nSTATEMENT:  UPDATE " + table
          + " SET status = $1, updated_at = now() WHERE id = $2";
      case 1 -> "deadlock detected\nDETAIL:  Process " + pid + " waits for ShareLock on transaction "
          + (880_000 + rnd.nextInt(9000)) + "; blocked by process " + (1000 + rnd.nextInt(9000)) + ".";
      case 2 -> String.format(Locale.ROOT, "process %d still waiting for ShareLock on transaction %d after %.3f ms",
          pid, 880_000 + rnd.nextInt(9000), 1000 + rnd.nextDouble() * 4000);
      default -> String.format(Locale.ROOT, "duration: %.3f ms  statement: SELECT * FROM %s WHERE account_id = $1 FOR UPDATE",
          2000 + rnd.nextDouble() * 8000, table);
    };
    return new LogEntry(t, pod, v < 2 ? "ERROR" : "LOG", "postgres", msg, null, fields("pid", Integer.toString(pid)));
  }
}
