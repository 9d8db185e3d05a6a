package dev.rca.analysis.logs;

/** A logfmt line ({@code level=error msg="..." key=value}) read with a hand-written scan. */
final class LogfmtLine {
  String message = "";
  LogLevel level = LogLevel.UNKNOWN;
  String logger = "";
  String error = "";

  private LogfmtLine() {}

  static boolean looksLike(String line) {
    return hasKey(line, "level=") || hasKey(line, "msg=") || hasKey(line, "lvl=");
  }

  private static boolean hasKey(String line, String key) {
    int i = line.indexOf(key);
    while (i >= 0) {
      if (i == 0 || line.charAt(i - 1) == ' ') {
        return true;
      }
      i = line.indexOf(key, i + 1);
    }
    return false;
  }

  static LogfmtLine read(String line) {
    LogfmtLine out = new LogfmtLine();
    StringBuilder others = new StringBuilder();
    boolean hasMessage = false;
    int n = line.length();
    int i = 0;
    while (i < n) {
      while (i < n && line.charAt(i) == ' ') {
        i++;
      }
      int keyStart = i;
      while (i < n && line.charAt(i) != '=' && line.charAt(i) != ' ') {
        i++;
      }
      if (i >= n || line.charAt(i) == ' ') {
        // a bare word: part of the message text when there is no msg key
        appendTo(others, line, keyStart, i);
        continue;
      }
      String key = line.substring(keyStart, i);
      i++; // '='
      String value;
      int valueStart = i;
      if (i < n && line.charAt(i) == '"') {
        StringBuilder sb = new StringBuilder();
        i++;
        while (i < n && line.charAt(i) != '"') {
          char c = line.charAt(i++);
          if (c == '\\' && i < n) {
            char e = line.charAt(i++);
            sb.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
          } else {
            sb.append(c);
          }
        }
        i = Math.min(n, i + 1);
        value = sb.toString();
      } else {
        while (i < n && line.charAt(i) != ' ') {
          i++;
        }
        value = line.substring(valueStart, i);
      }
      switch (key) {
        case "msg", "message" -> {
          out.message = value;
          hasMessage = true;
        }
        case "level", "lvl", "severity" -> out.level = LogLevel.of(value);
        case "logger", "caller", "logger_name", "component" -> out.logger = value;
        case "err", "error", "exception" -> out.error = value;
        case "time", "ts", "t", "timestamp" -> { }
        default -> appendTo(others, line, keyStart, i);
      }
    }
    if (!hasMessage) {
      out.message = others.toString();
    }
    return out;
  }

  private static void appendTo(StringBuilder sb, String line, int from, int to) {
    if (to <= from) {
      return;
    }
    if (sb.length() > 0) {
      sb.append(' ');
    }
    sb.append(line, from, to);
  }
}
