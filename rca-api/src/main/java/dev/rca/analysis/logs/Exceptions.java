package dev.rca.analysis.logs;

/** Finds the exception class a log entry names, preferring the deepest {@code Caused by}. */
final class Exceptions {
  private Exceptions() {}

  static String find(String firstLine, String rest) {
    String deepest = "";
    String firstInRest = "";
    int i = 0;
    int n = rest.length();
    while (i < n) {
      int end = rest.indexOf('\n', i);
      if (end < 0) {
        end = n;
      }
      int s = i;
      while (s < end && (rest.charAt(s) == ' ' || rest.charAt(s) == '\t')) {
        s++;
      }
      if (!rest.startsWith("at ", s)) {
        boolean causedBy = rest.startsWith("Caused by: ", s);
        String name = className(rest, causedBy ? s + 11 : s, end);
        if (!name.isEmpty()) {
          if (causedBy) {
            deepest = name;
          } else if (firstInRest.isEmpty()) {
            firstInRest = name;
          }
        }
      }
      i = end + 1;
    }
    if (!deepest.isEmpty()) {
      return deepest;
    }
    String inFirst = scanLine(firstLine);
    return !inFirst.isEmpty() ? inFirst : firstInRest;
  }

  /** The first token of the line that names an exception, e.g. {@code java.net.SocketTimeoutException:}. */
  private static String scanLine(String line) {
    // a named exception token ends in one of these words; most lines hold none of them
    if (line.indexOf("Exception") < 0 && line.indexOf("Error") < 0 && line.indexOf("Throwable") < 0) {
      return "";
    }
    int i = 0;
    int n = line.length();
    while (i < n) {
      while (i < n && line.charAt(i) == ' ') {
        i++;
      }
      int start = i;
      while (i < n && line.charAt(i) != ' ') {
        i++;
      }
      String name = className(line, start, i);
      if (!name.isEmpty()) {
        return name;
      }
    }
    return "";
  }

  /** The class name at {@code s[from..)}, when the token there ends in Exception or Error. */
  private static String className(String s, int from, int to) {
    int i = from;
    if (i >= to || !Character.isJavaIdentifierStart(s.charAt(i))) {
      return "";
    }
    while (i < to) {
      char c = s.charAt(i);
      if (!Character.isJavaIdentifierPart(c) && c != '.') {
        break;
      }
      i++;
    }
    int end = i;
    while (end > from && s.charAt(end - 1) == '.') {
      end--;
    }
    if (i < to && s.charAt(i) != ':' && s.charAt(i) != ' ' && s.charAt(i) != '\r') {
      return "";
    }
    boolean named = end - from > 5 && (endsWith(s, end, "Exception") || endsWith(s, end, "Error")
        || endsWith(s, end, "Throwable"));
    return named ? s.substring(from, end) : "";
  }

  private static boolean endsWith(String s, int end, String suffix) {
    return s.startsWith(suffix, end - suffix.length());
  }
}
