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

  static LogfmtLine read(String text) {
    LogfmtLine out = new LogfmtLine();
    // an array, not String.charAt: the scan touches every character, and the compiled scan is a
    // fraction of the size
    char[] line = text.toCharArray();
    @Nullable StringBuilder others = null;
    boolean hasMessage = false;
    int n = line.length;
    int i = 0;
    while (i < n) {
      while (i < n && line[i] == ' ') {
        i++;
      }
      int keyStart = i;
      while (i < n && line[i] != '=' && line[i] != ' ') {
        i++;
      }
      if (i >= n || line[i] == ' ') {
        // a bare word: part of the message text when there is no msg key
        others = appendTo(others, line, keyStart, i);
        continue;
      }
      int kind = kind(line, keyStart, i);
      i++; // '='
      @Nullable String value = null;
      int valueStart = i;
      if (i < n && line[i] == '"') {
        i++;
        int close = i;
        while (close < n && line[close] != '"' && line[close] != '\\') {
          close++;
        }
        if (close < n && line[close] == '"') {
          // no escapes: the value is a plain slice, taken only when the key is one we keep
          if (kind != OTHER && kind != TIME) {
            value = new String(line, i, close - i);
          }
          i = close + 1;
        } else {
          StringBuilder sb = new StringBuilder();
          sb.append(line, i, close - i);
          i = close;
          while (i < n && line[i] != '"') {
            char c = line[i++];
            if (c == '\\' && i < n) {
              char e = line[i++];
              sb.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
            } else {
              sb.append(c);
            }
          }
          i = Math.min(n, i + 1);
          value = sb.toString();
        }
      } else {
        while (i < n && line[i] != ' ') {
          i++;
        }
        if (kind != OTHER && kind != TIME) {
          value = new String(line, valueStart, i - valueStart);
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
  private static int kind(char[] line, int from, int to) {
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

  private static boolean is(char[] line, int from, String key) {
    for (int k = 0; k < key.length(); k++) {
      if (line[from + k] != key.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable StringBuilder appendTo(@Nullable StringBuilder sb, char[] line, int from, int to) {
    if (to <= from) {
      return sb;
    }
    if (sb == null) {
      sb = new StringBuilder();
    } else if (sb.length() > 0) {
      sb.append(' ');
    }
    sb.append(line, from, to - from);
    return sb;
  }
}
