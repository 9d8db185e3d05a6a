package dev.rca.analysis.logs;

/** Finds the level in the header of a free-text or syslog line without regular expressions. */
final class FreeText {
  private FreeText() {}

  /**
   * The level named in the first {@code scan} characters: an upper-case word (ERROR, WARN, ...),
   * any-case word in brackets ({@code [error]}, {@code <warn>}), glog's {@code E0415} prefix,
   * logcat's {@code E/Tag} prefix or threadtime letter, else a syslog {@code <PRI>} severity.
   */
  static LogLevel level(String line, int scan) {
    int n = Math.min(line.length(), scan);
    if (n == 0) {
      return LogLevel.UNKNOWN;
    }
    LogLevel prefixed = glogOrLogcat(line);
    if (prefixed != LogLevel.UNKNOWN) {
      return prefixed;
    }
    int i = 0;
    boolean previousNumeric = false;
    int tokens = 0;
    while (i < n && tokens < 12) {
      while (i < n && line.charAt(i) == ' ') {
        i++;
      }
      int start = i;
      while (i < n && line.charAt(i) != ' ') {
        i++;
      }
      if (i == start) {
        break;
      }
      tokens++;
      int s = start;
      int e = i;
      boolean bracketed = false;
      while (s < e && isOpen(line.charAt(s))) {
        s++;
        bracketed = true;
      }
      while (e > s && isClose(line.charAt(e - 1))) {
        e--;
      }
      int len = e - s;
      if (len == 1 && previousNumeric && "VDIWEF".indexOf(line.charAt(s)) >= 0 && i - start == 1) {
        return LogLevel.of(line, s, e, false);
      }
      if (len >= 3) {
        LogLevel l = LogLevel.of(line, s, e, bracketed);
        if (l != LogLevel.UNKNOWN) {
          return l;
        }
      }
      previousNumeric = isNumeric(line, start, i);
    }
    return syslogPriority(line);
  }

  private static LogLevel glogOrLogcat(String line) {
    if (line.length() < 3) {
      return LogLevel.UNKNOWN;
    }
    char c = line.charAt(0);
    if ("IWEF".indexOf(c) >= 0 && line.length() > 5 && digits(line, 1, 5)) {
      return LogLevel.of(line, 0, 1, false);
    }
    if ("VDIWEF".indexOf(c) >= 0 && line.charAt(1) == '/' && Character.isLetter(line.charAt(2))) {
      return LogLevel.of(line, 0, 1, false);
    }
    return LogLevel.UNKNOWN;
  }

  private static LogLevel syslogPriority(String line) {
    if (line.length() < 3 || line.charAt(0) != '<') {
      return LogLevel.UNKNOWN;
    }
    int close = line.indexOf('>');
    if (close < 2 || close > 4 || !digits(line, 1, close)) {
      return LogLevel.UNKNOWN;
    }
    return LogLevel.ofNumber(Integer.parseInt(line, 1, close, 10) % 8);
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return to > from;
  }

  private static boolean isNumeric(String s, int from, int to) {
    return digits(s, from, to);
  }

  private static boolean isOpen(char c) {
    return c == '[' || c == '<' || c == '(' || c == '{';
  }

  private static boolean isClose(char c) {
    return c == ']' || c == '>' || c == ')' || c == '}' || c == ':' || c == ',' || c == '|';
  }
}
