package dev.rca.connectors.prometheus.openmetrics;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parses the parts of one sample line: {@code name{labels} value [timestamp] [# exemplar]}.
 * Problems are thrown as {@link SyntaxError} with the 1-based column they were found at.
 */
final class SampleLine {

  /** A syntax problem at a column of the line. */
  static final class SyntaxError extends Exception {
    final int column;

    SyntaxError(int column, String message) {
      super(message, null, false, false);
      this.column = column;
    }
  }

  private SampleLine() {}

  /** Where the series part ({@code name{labels}}) of {@code line} ends. */
  static int seriesEnd(String line) throws SyntaxError {
    int i = nameEnd(line, 0);
    if (i == 0) {
      throw new SyntaxError(1, "expected a metric name");
    }
    if (i < line.length() && line.charAt(i) == '{') {
      boolean quoted = false;
      for (int j = i + 1; j < line.length(); j++) {
        char c = line.charAt(j);
        if (quoted) {
          if (c == '\\') {
            j++;
          } else if (c == '"') {
            quoted = false;
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == '}') {
          return j + 1;
        }
      }
      throw new SyntaxError(line.length() + 1, "expected '}' to close the labels");
    }
    return i;
  }

  /** The metric name at the start of the series part. */
  static String name(String series) {
    return series.substring(0, nameEnd(series, 0));
  }

  /** The labels of a series part, unescaped. */
  static Map<String, String> labels(String series) throws SyntaxError {
    Map<String, String> labels = new TreeMap<>();
    int i = nameEnd(series, 0);
    if (i == series.length()) {
      return labels;
    }
    i++; // '{'
    StringBuilder value = new StringBuilder();
    while (true) {
      i = skipSpaces(series, i);
      if (series.charAt(i) == '}') {
        return labels;
      }
      int end = labelNameEnd(series, i);
      if (end == i) {
        throw new SyntaxError(i + 1, "expected a label name");
      }
      String label = series.substring(i, end);
      i = skipSpaces(series, end);
      if (series.charAt(i) != '=') {
        throw new SyntaxError(i + 1, "expected '=' after label " + label);
      }
      i = skipSpaces(series, i + 1);
      if (series.charAt(i) != '"') {
        throw new SyntaxError(i + 1, "expected '\"' to open the value of label " + label);
      }
      value.setLength(0);
      i++;
      while (series.charAt(i) != '"') {
        char c = series.charAt(i);
        if (c == '\\') {
          char e = series.charAt(++i);
          switch (e) {
            case '\\' -> value.append('\\');
            case '"' -> value.append('"');
            case 'n' -> value.append('\n');
            default -> throw new SyntaxError(i + 1, "unknown escape '\\" + e + "' in label " + label);
          }
        } else {
          value.append(c);
        }
        i++;
      }
      if (labels.put(label, value.toString()) != null) {
        throw new SyntaxError(i + 1, "label " + label + " repeated");
      }
      i = skipSpaces(series, i + 1);
      if (series.charAt(i) == ',') {
        i++;
      } else if (series.charAt(i) != '}') {
        throw new SyntaxError(i + 1, "expected ',' or '}' after the value of label " + label);
      }
    }
  }

  /**
   * A sample value: a decimal or exponent number, {@code NaN}, {@code +Inf}, {@code -Inf}.
   * Java's own extras ({@code 1d}, hexadecimal, {@code Infinity}) are refused.
   */
  static double value(String token, int column) throws SyntaxError {
    switch (token.toLowerCase(Locale.ROOT)) {
      case "nan":
        return Double.NaN;
      case "+inf", "inf":
        return Double.POSITIVE_INFINITY;
      case "-inf":
        return Double.NEGATIVE_INFINITY;
      default:
        break;
    }
    if (isNumber(token)) {
      try {
        return Double.parseDouble(token);
      } catch (NumberFormatException e) {
        // falls through to the error below
      }
    }
    throw new SyntaxError(column, "not a number: '" + clip(token) + "'");
  }

  /**
   * The value of {@code line[start, end)}, as {@link #value(String, int)} reads it. Plain decimals
   * of up to 15 digits, by far the most common, are computed without making a string: the digits
   * and the power of ten are exact doubles, so one division rounds exactly as
   * {@link Double#parseDouble} does.
   */
  static double value(String line, int start, int end, int column) throws SyntaxError {
    int i = start;
    boolean negative = i < end && line.charAt(i) == '-';
    if (negative) {
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int fraction = -1;
    for (; i < end; i++) {
      char c = line.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++digits > 15) {
          break;
        }
        mantissa = mantissa * 10 + (c - '0');
        if (fraction >= 0) {
          fraction++;
        }
      } else if (c == '.' && fraction < 0) {
        fraction = 0;
      } else {
        break;
      }
    }
    if (i == end && digits > 0) {
      double v = fraction <= 0 ? mantissa : mantissa / POWERS_OF_TEN[fraction];
      return negative ? -v : v;
    }
    return value(line.substring(start, end), column);
  }

  private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
      1e11, 1e12, 1e13, 1e14, 1e15};

  private static boolean isNumber(String token) {
    if (token.isEmpty()) {
      return false;
    }
    boolean digit = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c != '.' && c != 'e' && c != 'E' && c != '+' && c != '-') {
        return false;
      }
    }
    return digit;
  }

  static String clip(String s) {
    return s.length() <= 40 ? s : s.substring(0, 39) + "…";
  }

  private static int nameEnd(String s, int from) {
    int i = from;
    while (i < s.length()) {
      char c = s.charAt(i);
      boolean ok = c == '_' || c == ':' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
          || (i > from && c >= '0' && c <= '9');
      if (!ok) {
        break;
      }
      i++;
    }
    return i;
  }

  private static int labelNameEnd(String s, int from) {
    int i = from;
    while (i < s.length()) {
      char c = s.charAt(i);
      boolean ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
          || (i > from && c >= '0' && c <= '9');
      if (!ok) {
        break;
      }
      i++;
    }
    return i;
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
