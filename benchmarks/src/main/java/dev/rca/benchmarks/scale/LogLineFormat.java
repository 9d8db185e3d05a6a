package dev.rca.benchmarks.scale;

import java.util.SplittableRandom;

/**
 * Renders one raw log line the way a service's logging stack writes it: Logstash JSON (with a
 * {@code stack_trace} field), Go logfmt, Spring Boot text and Python logging text (stack traces
 * on the following lines of the same entry), and nginx access lines whose status carries the
 * level.
 *
 * <pre>{@code
 * new LogLineFormat().append(sb, service, Level.ERROR, template, epochMillis, pod, random, 1.0);
 * }</pre>
 */
final class LogLineFormat {
  /** A line's severity. */
  enum Level { DEBUG, INFO, WARN, ERROR }

  private static final String[] AGENTS = {"okhttp/4.12.0", "ShopApp/4.2.1 (iOS 17.4)",
      "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
      "kube-probe/1.29", "Go-http-client/1.1"};
  private static final String[] METHODS = {"GET", "GET", "GET", "POST", "PUT", "DELETE"};
  private static final String[] JAVA_EXCEPTIONS = {"java.net.SocketTimeoutException: Read timed out",
      "java.lang.IllegalStateException: unexpected state", "org.springframework.dao.DeadlockLoserDataAccessException: deadlock detected",
      "java.io.IOException: Broken pipe", "java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"value\" is null"};
  private static final String[] PY_EXCEPTIONS = {"TimeoutError: upstream did not answer within 5s",
      "KeyError: 'item_id'", "ConnectionResetError: [Errno 104] Connection reset by peer",
      "ValueError: invalid literal for int() with base 10: 'abc'"};

  private final WallClock clock = new WallClock();
  private final StringBuilder message = new StringBuilder(256);

  void append(StringBuilder out, ScaleFleet.Service s, Level level, LogTemplate t, long millis, String pod,
      SplittableRandom r, double slowdown) {
    message.setLength(0);
    t.render(message, r, slowdown);
    switch (s.format()) {
      case LOGSTASH_JSON -> json(out, s, level, t, millis, r);
      case LOGFMT -> logfmt(out, s, level, millis, r);
      case SPRING_TEXT -> spring(out, s, level, t, millis, r);
      case PYTHON_TEXT -> python(out, s, level, t, millis, r);
      case NGINX_ACCESS -> access(out, s, level, t, millis, r, slowdown);
    }
  }

  private void json(StringBuilder out, ScaleFleet.Service s, Level level, LogTemplate t, long millis,
      SplittableRandom r) {
    out.append("{\"@timestamp\":\"");
    clock.iso(out, millis);
    out.append("\",\"@version\":\"1\",\"message\":\"");
    escape(out, message);
    out.append("\",\"logger_name\":\"com.shop.").append(pkg(s)).append('.').append(logger(t))
        .append("\",\"thread_name\":\"http-nio-8080-exec-").append(1 + r.nextInt(200))
        .append("\",\"level\":\"").append(level.name()).append("\",\"level_value\":")
        .append(switch (level) { case DEBUG -> 10000; case INFO -> 20000; case WARN -> 30000; case ERROR -> 40000; })
        .append(",\"traceId\":\"");
    LogTemplate.hex(out, r, 32);
    out.append('"');
    if (level == Level.ERROR && t.stack()) {
      StringBuilder trace = new StringBuilder(600);
      javaTrace(trace, s, t);
      out.append(",\"stack_trace\":\"");
      escape(out, trace);
      out.append('"');
    }
    out.append('}');
  }

  private void logfmt(StringBuilder out, ScaleFleet.Service s, Level level, long millis, SplittableRandom r) {
    out.append("ts=");
    clock.iso(out, millis);
    out.append(" level=").append(level.name().toLowerCase(java.util.Locale.ROOT))
        .append(" caller=").append(CALLERS[r.nextInt(CALLERS.length)]).append(':').append(40 + r.nextInt(200))
        .append(" msg=\"");
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      out.append(c == '"' ? '\'' : c);
    }
    out.append("\" service=").append(s.name());
    if (level == Level.ERROR) {
      out.append(" err=\"").append(GO_ERRORS[r.nextInt(GO_ERRORS.length)]).append('"');
    }
    out.append(" trace_id=");
    LogTemplate.hex(out, r, 32);
  }

  private static final String[] CALLERS = {"handler.go", "store.go", "server.go", "client.go", "worker.go"};
  private static final String[] GO_ERRORS = {"context deadline exceeded", "redis: connection pool timeout",
      "dial tcp 10.42.3.7:5432: connect: connection refused", "EOF"};

  private void spring(StringBuilder out, ScaleFleet.Service s, Level level, LogTemplate t, long millis,
      SplittableRandom r) {
    clock.local(out, millis, '.');
    out.append(' ');
    String name = level.name();
    for (int i = name.length(); i < 5; i++) {
      out.append(' ');
    }
    out.append(name).append(" 1 --- [").append(s.name()).append("] [nio-8080-exec-").append(1 + r.nextInt(200))
        .append("] c.s.").append(s.name().charAt(0)).append('.').append(logger(t)).append(" : ")
        .append(message);
    if (level == Level.ERROR && t.stack()) {
      out.append('\n');
      javaTrace(out, s, t);
    }
  }

  private void python(StringBuilder out, ScaleFleet.Service s, Level level, LogTemplate t, long millis,
      SplittableRandom r) {
    clock.local(out, millis, ',');
    out.append(' ').append(level == Level.WARN ? "WARNING" : level.name()).append(" [worker-")
        .append(r.nextInt(8)).append("] ").append(s.name().replace('-', '_')).append('.')
        .append(logger(t).toLowerCase(java.util.Locale.ROOT)).append(": ").append(message);
    if (level == Level.ERROR && t.stack()) {
      String mod = s.name().replace('-', '_');
      out.append("\nTraceback (most recent call last):\n  File \"/app/").append(mod)
          .append("/handlers.py\", line 88, in handle\n    result = self.backend.call(request)\n  File \"/app/")
          .append(mod).append("/backend.py\", line 41, in call\n    return self._session.post(url, json=body)\n")
          .append(PY_EXCEPTIONS[Math.floorMod(t.text().hashCode(), PY_EXCEPTIONS.length)]);
    }
  }

  private void access(StringBuilder out, ScaleFleet.Service s, Level level, LogTemplate t, long millis,
      SplittableRandom r, double slowdown) {
    if (level == Level.ERROR && r.nextInt(5) == 0) {
      // nginx's own error log shares the stream with the access log
      clock.slashed(out, millis);
      out.append(" [error] 31#31: *").append(r.nextInt(1_000_000))
          .append(" upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.42.")
          .append(r.nextInt(8)).append('.').append(r.nextInt(250)).append(", request: \"POST /api/checkout HTTP/1.1\"");
      return;
    }
    String route = s.routes().get(r.nextInt(s.routes().size()));
    if (slowdown > 1 && level == Level.ERROR) {
      route = s.routes().get(0).contains("checkout") ? s.routes().get(0) : "/api/checkout";
    }
    out.append("10.42.").append(r.nextInt(8)).append('.').append(2 + r.nextInt(250)).append(" - - [");
    clock.nginx(out, millis);
    out.append("] \"").append(route.contains("checkout") ? "POST" : METHODS[r.nextInt(METHODS.length)]).append(' ');
    for (int i = 0; i < route.length(); i++) {
      char c = route.charAt(i);
      if (c == '{') {
        i = route.indexOf('}', i);
        out.append(1000 + r.nextInt(90_000));
      } else {
        out.append(c);
      }
    }
    int status = switch (level) {
      case DEBUG, INFO -> r.nextInt(10) == 0 ? 304 : 200;
      case WARN -> new int[] {404, 400, 429, 401}[r.nextInt(4)];
      case ERROR -> new int[] {503, 502, 504, 500}[r.nextInt(4)];
    };
    double rt = (0.004 + r.nextInt(200) / 1000.0) * slowdown;
    out.append(" HTTP/1.1\" ").append(status).append(' ').append(200 + r.nextInt(4_000)).append(" \"-\" \"")
        .append(AGENTS[r.nextInt(AGENTS.length)]).append("\" rt=").append(Math.round(rt * 1000) / 1000.0)
        .append(" uct=\"0.001\" urt=\"").append(Math.round(rt * 1000 - 1) / 1000.0).append('"');
  }

  private static void javaTrace(StringBuilder out, ScaleFleet.Service s, LogTemplate t) {
    String pkg = "com.shop." + pkg(s);
    if (t.text().contains("JDBC")) {
      out.append("java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available,"
          + " request timed out after 5000ms.\n\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)"
          + "\n\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)");
    } else {
      out.append(JAVA_EXCEPTIONS[Math.floorMod(t.text().hashCode(), JAVA_EXCEPTIONS.length)]);
    }
    String cls = logger(t);
    out.append("\n\tat ").append(pkg).append(".repository.").append(cls).append("Repository.save(")
        .append(cls).append("Repository.java:88)\n\tat ").append(pkg).append(".service.").append(cls)
        .append("Service.handle(").append(cls).append("Service.java:142)\n\tat ").append(pkg).append(".web.")
        .append(cls).append("Controller.post(").append(cls).append("Controller.java:57)\n\tat ")
        .append("org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)\n\t... 48 more");
  }

  private static String pkg(ScaleFleet.Service s) {
    return s.name().replace("-", "");
  }

  /** A class name for the template, stable per template. */
  private static String logger(LogTemplate t) {
    String[] names = {"Request", "Order", "Cache", "Client", "Store", "Scheduler", "Publisher", "Pool"};
    return names[Math.floorMod(t.text().hashCode(), names.length)];
  }

  private static void escape(StringBuilder out, CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> out.append(c);
      }
    }
  }
}
