package dev.rca.benchmarks.scenario.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rca.benchmarks.scenario.system.LogStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Renders a {@link LogEntry} as the raw line its service's runtime would have written. */
final class LogLineFormats {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] USER_AGENTS = {
      "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
      "ShopApp/4.2.1 (iOS 17.4)", "okhttp/4.12.0"};

  private LogLineFormats() {}

  static String render(LogStyle style, String service, LogEntry e) {
    return switch (style) {
      case JSON_LINES -> jsonLine(e);
      case PLAIN_TEXT -> springLine(e);
      case LOGFMT -> logfmtLine(service, e);
      case NGINX -> e.logger().equals("access") ? accessLine(e) : nginxErrorLine(e);
      case POSTGRES -> postgresLine(e);
    };
  }

  /** PostgreSQL writes DETAIL and STATEMENT as lines of their own, each with the prefix. */
  private static String postgresLine(LogEntry e) {
    String prefix = WireTime.postgres(e.at()) + " [" + e.fields().getOrDefault("pid", "1") + "] ";
    String[] lines = e.message().split("\n");
    StringBuilder sb = new StringBuilder(prefix).append(e.level()).append(":  ").append(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      sb.append('\n').append(prefix).append(lines[i]);
    }
    return sb.toString();
  }

  /** logstash-logback-encoder's field names; the stack trace stays inside the JSON string. */
  private static String jsonLine(LogEntry e) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("@timestamp", WireTime.rfc3339(e.at()));
    line.put("@version", "1");
    line.put("message", e.message());
    line.put("logger_name", e.logger());
    line.put("thread_name", e.fields().getOrDefault("thread", "main"));
    line.put("level", e.level());
    line.put("level_value", levelValue(e.level()));
    if (e.fields().containsKey("trace_id")) {
      line.put("traceId", e.fields().get("trace_id"));
    }
    if (e.stackTrace() != null) {
      line.put("stack_trace", e.stackTrace());
    }
    try {
      return JSON.writeValueAsString(line);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("cannot render a log line as JSON", ex);
    }
  }

  /** Spring Boot's console pattern; a stack trace follows on the next lines of the same entry. */
  private static String springLine(LogEntry e) {
    String thread = e.fields().getOrDefault("thread", "main");
    String shortThread = thread.length() > 15 ? thread.substring(thread.length() - 15) : thread;
    String head = String.format(Locale.ROOT, "%s %5s 1 --- [%15s] %-40s : %s",
        WireTime.spring(e.at()), e.level(), shortThread, abbreviate(e.logger(), 40), e.message());
    return e.stackTrace() == null ? head : head + "\n" + e.stackTrace();
  }

  private static String logfmtLine(String service, LogEntry e) {
    if (e.logger().equals("stderr")) {
      return e.message();
    }
    StringBuilder sb = new StringBuilder();
    sb.append("ts=").append(WireTime.rfc3339(e.at()))
        .append(" level=").append(e.level())
        .append(" caller=").append(e.logger())
        .append(" msg=").append(quote(e.message()))
        .append(" service=").append(service);
    e.fields().forEach((k, v) -> sb.append(' ').append(k).append('=').append(quote(v)));
    return sb.toString();
  }

  private static String accessLine(LogEntry e) {
    Map<String, String> f = e.fields();
    double seconds = Long.parseLong(f.get("ms")) / 1000.0;
    String upstreamTime = String.format(Locale.ROOT, "%.3f", Math.max(0, seconds - 0.001));
    return f.get("client") + " - - [" + WireTime.nginxAccess(e.at()) + "] \"" + f.get("request")
        + " HTTP/1.1\" " + f.get("status") + " " + f.get("bytes") + " \"-\" \""
        + USER_AGENTS[Math.floorMod(f.get("client").hashCode(), USER_AGENTS.length)]
        + "\" rt=" + String.format(Locale.ROOT, "%.3f", seconds) + " uct=\"0.001\" uht=\""
        + upstreamTime + "\" urt=\"" + upstreamTime + "\"";
  }

  private static String nginxErrorLine(LogEntry e) {
    return WireTime.nginxError(e.at()) + " [" + e.level() + "] 29#29: *"
        + e.fields().getOrDefault("connection", "1") + " " + e.message();
  }

  private static int levelValue(String level) {
    return switch (level) {
      case "ERROR" -> 40000;
      case "WARN" -> 30000;
      case "DEBUG" -> 10000;
      default -> 20000;
    };
  }

  /** Logback's {@code %logger{40}}: shorten package segments to initials until the name fits. */
  static String abbreviate(String logger, int width) {
    if (logger.length() <= width) {
      return logger;
    }
    String[] parts = logger.split("\\.");
    StringBuilder sb = new StringBuilder();
    int remaining = logger.length();
    for (int i = 0; i < parts.length - 1; i++) {
      String part = parts[i];
      if (remaining > width && part.length() > 1) {
        remaining -= part.length() - 1;
        sb.append(part.charAt(0));
      } else {
        sb.append(part);
      }
      sb.append('.');
    }
    return sb.append(parts[parts.length - 1]).toString();
  }

  private static String quote(String v) {
    boolean plain = !v.isEmpty() && v.chars().noneMatch(c -> c == ' ' || c == '"' || c == '=' || c < 0x20);
    return plain ? v : "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
