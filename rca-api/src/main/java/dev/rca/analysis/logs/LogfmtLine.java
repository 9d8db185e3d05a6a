package dev.rca.analysis.logs;

import org.jspecify.annotations.Nullable;

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

  private static final int OTHER = 0;
  private static final int MESSAGE = 1;
  private static final int LEVEL = 2;
  private static final int LOGGER = 3;
  private static final int ERROR = 4;
  private static final int TIME = 5;

  static LogfmtLine read(String line) {
    LogfmtLine out = new LogfmtLine();
    @Nullable StringBuilder others = null;
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
        others = appendTo(others, line, keyStart, i);
        continue;
      }
      int kind = kind(line, keyStart, i);
      i++; // '='
      @Nullable String value = null;
      int valueStart = i;
      if (i < n && line.charAt(i) == '"') {
        i++;
        int close = i;
        while (close < n && line.charAt(close) != '"' && line.charAt(close) != '\\') {
          close++;
        }
        if (close < n && line.charAt(close) == '"') {
          // no escapes: the value is a plain slice, taken only when the key is one we keep
          if (kind != OTHER && kind != TIME) {
            value = line.substring(i, close);
          }
          i = close + 1;
        } else {
          StringBuilder sb = new StringBuilder();
          sb.append(line, i, close);
          i = close;
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
        }
      } else {
        while (i < n && line.charAt(i) != ' ') {
          i++;
        }
        if (kind != OTHER && kind != TIME) {
          value = line.substring(valueStart, i);
        }
      }
      switch (kind) {
        case MESSAGE -> {
          out.message = value == null ? "" : value;
          hasMessage = true;
        }
        case LEVEL -> out.level = LogLevel.of(value == null ? "" : value);
        case LOGGER -> out.logger = value == null ? "" : value;
        case ERROR -> out.error = value == null ? "" : value;
        case TIME -> { }
        default -> others = appendTo(others, line, keyStart, i);
      }
    }
    if (!hasMessage) {
      out.message = others == null ? "" : others.toString();
    }
    return out;
  }

  /** Which of the keys this reader keeps {@code line[from, to)} is, without making a string of it. */
  private static int kind(String line, int from, int to) {
    switch (to - from) {
      case 1:
        return is(line, from, "t") ? TIME : OTHER;
      case 2:
        return is(line, from, "ts") ? TIME : OTHER;
      case 3:
        return is(line, from, "msg") ? MESSAGE : is(line, from, "lvl") ? LEVEL : is(line, from, "err") ? ERROR : OTHER;
      case 4:
        return is(line, from, "time") ? TIME : OTHER;
      case 5:
        return is(line, from, "level") ? LEVEL : is(line, from, "error") ? ERROR : OTHER;
      case 6:
        return is(line, from, "logger") ? LOGGER : is(line, from, "caller") ? LOGGER : OTHER;
      case 7:
        return is(line, from, "message") ? MESSAGE : OTHER;
      case 8:
        return is(line, from, "severity") ? LEVEL : OTHER;
      case 9:
        return is(line, from, "exception") ? ERROR : is(line, from, "component") ? LOGGER
            : is(line, from, "timestamp") ? TIME : OTHER;
      case 11:
        return is(line, from, "logger_name") ? LOGGER : OTHER;
      default:
        return OTHER;
    }
  }

  private static boolean is(String line, int from, String key) {
    return line.startsWith(key, from);
  }

  private static @Nullable StringBuilder appendTo(@Nullable StringBuilder sb, String line, int from, int to) {
    if (to <= from) {
      return sb;
    }
    if (sb == null) {
      sb = new StringBuilder();
    } else if (sb.length() > 0) {
      sb.append(' ');
    }
    sb.append(line, from, to);
    return sb;
  }
}
