package dev.rca.analysis.logs;

import org.jspecify.annotations.Nullable;

/**
 * A single-pass scan of a JSON log line that decodes only the fields preprocessing needs and
 * skips the rest without building a tree. It is deliberately lenient: it reads what it can and
 * reports {@code false} from {@link #scan()} only when the text is not a JSON object at all.
 */
final class JsonLineScanner {
  private static final int MAX_DEPTH = 64;

  private final String s;
  /** The characters of {@code s}, exactly as long: reads past the end still throw, as charAt did. */
  private final char[] a;
  private int pos;
  @Nullable String message;
  private int messageRank = Integer.MAX_VALUE;
  LogLevel level = LogLevel.UNKNOWN;
  @Nullable String logger;
  @Nullable String trace;
  private final boolean collectPairs;
  @Nullable StringBuilder pairs;

  JsonLineScanner(String s, boolean collectPairs) {
    this.s = s;
    this.a = s.toCharArray();
    this.collectPairs = collectPairs;
    if (collectPairs) {
      pairs = new StringBuilder();
    }
  }

  boolean scan() {
    pos = 0;
    skipSpace();
    if (pos >= a.length || a[pos] != '{') {
      return false;
    }
    try {
      object("", 0);
      return true;
    } catch (IllegalStateException | IndexOutOfBoundsException | NumberFormatException malformed) {
      // A clipped or broken JSON line still yields whatever fields were read before the break.
      return message != null || level != LogLevel.UNKNOWN;
    }
  }

  private void object(String prefix, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalStateException("too deep");
    }
    pos++; // '{'
    skipSpace();
    if (peek() == '}') {
      pos++;
      return;
    }
    while (true) {
      skipSpace();
      expect('"');
      int keyStart = pos;
      String key = prefix.isEmpty() && !hasEscape(keyStart) ? rawString() : prefix + readString();
      skipSpace();
      expect(':');
      skipSpace();
      value(key, keyStart, depth);
      skipSpace();
      char c = a[pos++];
      if (c == '}') {
        return;
      }
      if (c != ',') {
        throw new IllegalStateException("expected , or }");
      }
    }
  }

  private void value(String key, int keyStart, int depth) {
    char c = peek();
    if (c == '"') {
      pos++;
      int rank = messageRank(key);
      int role = role(key);
      if (rank < messageRank || role != 0 || collectPairs) {
        String v = readString();
        if (rank < messageRank) {
          message = v;
          messageRank = rank;
        }
        if (role == 1 && level == LogLevel.UNKNOWN) {
          level = LogLevel.of(v);
        } else if (role == 2 && logger == null) {
          logger = v;
        } else if (role == 3 && trace == null) {
          trace = v;
        }
        pair(key, v);
      } else {
        skipString();
      }
    } else if (c == '{') {
      // ECS and friends nest the level and error as {"log":{"level":..}}, {"error":{"stack_trace":..}}.
      object(depth == 0 && (key.equals("log") || key.equals("error")) ? key + "." : "\u0000", depth + 1);
    } else if (c == '[') {
      skipArray(depth + 1);
    } else {
      int start = pos;
      while (pos < a.length && ",}] \t\r\n".indexOf(a[pos]) < 0) {
        pos++;
      }
      if (role(key) == 1 && level == LogLevel.UNKNOWN) {
        try {
          level = LogLevel.ofNumber(Long.parseLong(s, start, pos, 10));
        } catch (NumberFormatException notInteger) {
          // a level such as true or 3.5 names nothing
        }
      }
      if (collectPairs) {
        pair(key, s.substring(start, pos));
      }
    }
  }

  private void pair(String key, String v) {
    if (pairs == null || key.startsWith("\u0000") || isTimeKey(key) || role(key) == 1) {
      return;
    }
    if (pairs.length() > 0) {
      pairs.append(' ');
    }
    pairs.append(key).append('=').append(v);
  }

  private static boolean isTimeKey(String key) {
    return switch (key) {
      case "time", "ts", "timestamp", "@timestamp", "t", "datetime", "date", "@t" -> true;
      default -> false;
    };
  }

  /** Lower is preferred; MAX_VALUE means the key never holds the message. */
  private static int messageRank(String key) {
    return switch (key) {
      case "msg" -> 0;
      case "message" -> 1;
      case "@message", "@m", "@mt" -> 2;
      case "log" -> 3;
      case "event" -> 4;
      default -> Integer.MAX_VALUE;
    };
  }

  /** 1 level, 2 logger, 3 stack trace or error text, 0 anything else. */
  private static int role(String key) {
    return switch (key) {
      case "level", "severity", "lvl", "log.level", "levelname", "loglevel", "@l" -> 1;
      case "logger", "logger_name", "caller", "loggerName", "log.logger" -> 2;
      case "stack_trace", "stacktrace", "exception", "exc_info", "stack", "error.stack_trace",
          "error.type", "err", "error", "@x" -> 3;
      default -> 0;
    };
  }

  private void skipArray(int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalStateException("too deep");
    }
    pos++;
    while (true) {
      skipSpace();
      char c = a[pos];
      if (c == ']') {
        pos++;
        return;
      }
      if (c == ',') {
        pos++;
      } else if (c == '"') {
        pos++;
        skipString();
      } else if (c == '{') {
        object("\u0000", depth + 1);
      } else if (c == '[') {
        skipArray(depth + 1);
      } else {
        pos++;
      }
    }
  }

  private boolean hasEscape(int from) {
    for (int i = from; i < a.length; i++) {
      char c = a[i];
      if (c == '"') {
        return false;
      }
      if (c == '\\') {
        return true;
      }
    }
    return false;
  }

  /** Reads a string known to hold no escapes; {@code pos} is past the opening quote. */
  private String rawString() {
    int end = s.indexOf('"', pos);
    if (end < 0) {
      throw new IllegalStateException("unterminated string");
    }
    String v = s.substring(pos, end);
    pos = end + 1;
    return v;
  }

  private void skipString() {
    while (true) {
      char c = a[pos++];
      if (c == '"') {
        return;
      }
      if (c == '\\') {
        pos++;
      }
    }
  }

  private String readString() {
    int start = pos;
    while (true) {
      char c = a[pos];
      if (c == '"') {
        String v = s.substring(start, pos);
        pos++;
        return v;
      }
      if (c == '\\') {
        break;
      }
      pos++;
    }
    StringBuilder sb = new StringBuilder(pos - start + 16).append(s, start, pos);
    while (true) {
      char c = a[pos++];
      if (c == '"') {
        return sb.toString();
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = a[pos++];
      switch (e) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'u' -> {
          sb.append((char) Integer.parseInt(s, pos, pos + 4, 16));
          pos += 4;
        }
        default -> sb.append(e);
      }
    }
  }

  private void skipSpace() {
    while (pos < a.length && a[pos] <= ' ') {
      pos++;
    }
  }

  private char peek() {
    return a[pos];
  }

  private void expect(char c) {
    if (a[pos] != c) {
      throw new IllegalStateException("expected " + c);
    }
    pos++;
  }
}
