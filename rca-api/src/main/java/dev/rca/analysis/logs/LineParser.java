package dev.rca.analysis.logs;

import org.jspecify.annotations.Nullable;

/**
 * Reads a raw log line, whatever format the program wrote it in, into the message to mine and
 * its level and logger: JSON, logfmt, syslog and free text, Apache/nginx access lines, and
 * multi-line entries such as stack traces (the first line is mined, the exception class kept).
 *
 * <p>Bounds: at most {@value #MAX_MESSAGE} characters of the message are kept and at most
 * {@value #MAX_TRACE_SCAN} characters of a multi-line entry are searched for the exception.
 *
 * <pre>{@code
 * LineParser.parse("level=error msg=\"pool exhausted\" waited=5000ms", LogLevel.UNKNOWN).level(); // ERROR
 * LineParser.parse("10.0.0.1 - - [15/Apr/2024:12:00:00 +0000] \"GET /pay HTTP/1.1\" 503 12",
 *     LogLevel.UNKNOWN).level();                                                               // ERROR
 * }</pre>
 */
public final class LineParser {
  /** The most characters of a message that are mined. */
  public static final int MAX_MESSAGE = 2_000;
  static final int MAX_TRACE_SCAN = 16_384;
  private static final int HEADER_SCAN = 200;

  private LineParser() {}

  /**
   * Parses {@code raw}; {@code streamLevel} (e.g. a Loki stream's {@code level} label) is used
   * when the line itself names no level.
   */
  public static ParsedLine parse(String raw, LogLevel streamLevel) {
    int start = 0;
    while (start < raw.length() && raw.charAt(start) <= ' ') {
      start++;
    }
    if (start < raw.length() && raw.charAt(start) == '{') {
      JsonLineScanner json = new JsonLineScanner(raw, false);
      if (json.scan()) {
        return fromJson(raw, json, streamLevel);
      }
    }
    int nl = raw.indexOf('\n', start);
    int end = nl < 0 ? raw.length() : nl;
    if (end > start && raw.charAt(end - 1) == '\r') {
      end--;
    }
    String first = raw.substring(start, Math.min(end, start + MAX_MESSAGE));
    String rest = nl < 0 ? "" : raw.substring(nl + 1, Math.min(raw.length(), nl + 1 + MAX_TRACE_SCAN));
    if (LogfmtLine.looksLike(first)) {
      LogfmtLine l = LogfmtLine.read(first);
      String exception = Exceptions.find(first, rest + "\n" + l.error);
      String message = l.error.isEmpty() ? l.message : l.message + " err=" + clip(l.error, 200);
      return new ParsedLine(withException(message, exception),
          l.level == LogLevel.UNKNOWN ? streamLevel : l.level, l.logger, exception);
    }
    ParsedLine access = AccessLine.read(first);
    if (access != null) {
      return access;
    }
    LogLevel level = FreeText.level(first, HEADER_SCAN);
    String exception = Exceptions.find(first, rest);
    return new ParsedLine(withException(first, exception),
        level == LogLevel.UNKNOWN ? streamLevel : level, "", exception);
  }

  private static ParsedLine fromJson(String raw, JsonLineScanner json, LogLevel streamLevel) {
    String message = json.message;
    if (message == null) {
      JsonLineScanner pairs = new JsonLineScanner(raw, true);
      pairs.scan();
      message = pairs.pairs == null ? "" : pairs.pairs.toString();
    }
    int nl = message.indexOf('\n');
    String first = nl < 0 ? message : message.substring(0, nl);
    String rest = nl < 0 ? "" : message.substring(nl + 1);
    String trace = json.trace == null ? "" : json.trace;
    String exception = Exceptions.find(first, clip(rest, MAX_TRACE_SCAN) + "\n" + clip(trace, MAX_TRACE_SCAN));
    if (!trace.isEmpty() && exception.isEmpty() && trace.indexOf('\n') < 0) {
      // a one-line error field ("connection refused") tells templates apart as well as a class would
      first = first + " err=" + clip(trace, 200);
    }
    LogLevel level = json.level == LogLevel.UNKNOWN ? streamLevel : json.level;
    return new ParsedLine(withException(clip(first, MAX_MESSAGE), exception), level,
        json.logger == null ? "" : json.logger, exception);
  }

  private static String withException(String message, String exception) {
    return exception.isEmpty() || message.contains(exception) ? message : message + " " + exception;
  }

  static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  /** Access-log lines: the request and the status class are the message, the status the level. */
  static final class AccessLine {
    private AccessLine() {}

    static @Nullable ParsedLine read(String line) {
      int http = line.indexOf(" HTTP/");
      if (http < 0) {
        return null;
      }
      int close = line.indexOf('"', http);
      int open = line.lastIndexOf('"', http);
      if (close < 0 || open < 0) {
        return null;
      }
      int p = close + 1;
      while (p < line.length() && line.charAt(p) == ' ') {
        p++;
      }
      if (p + 3 > line.length() || (p + 3 < line.length() && line.charAt(p + 3) != ' ')) {
        return null;
      }
      int status = 0;
      for (int i = p; i < p + 3; i++) {
        char c = line.charAt(i);
        if (c < '0' || c > '9') {
          return null;
        }
        status = status * 10 + (c - '0');
      }
      String request = line.substring(open + 1, http);
      LogLevel level = status >= 500 ? LogLevel.ERROR : status >= 400 ? LogLevel.WARN : LogLevel.INFO;
      return new ParsedLine(request + " -> " + reason(status), level, "", "");
    }

    /** Words, not the code: masking turns digits into variables, yet 503 and 200 must not share a template. */
    private static String reason(int status) {
      return switch (status) {
        case 400 -> "bad request";
        case 401 -> "unauthorized";
        case 403 -> "forbidden";
        case 404 -> "not found";
        case 408 -> "request timeout";
        case 409 -> "conflict";
        case 429 -> "too many requests";
        case 499 -> "client closed request";
        case 500 -> "internal server error";
        case 502 -> "bad gateway";
        case 503 -> "service unavailable";
        case 504 -> "gateway timeout";
        default -> status >= 500 ? "server error" : status >= 400 ? "client error"
            : status >= 300 ? "redirect" : "success";
      };
    }
  }
}
