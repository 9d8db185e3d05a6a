package dev.rca.analysis.logs;

/** Reads the numeric value of a masked token: plain numbers and durations (in milliseconds). */
final class Numbers {
  private Numbers() {}

  /** The value of {@code s[from, to)} as a number with an optional unit, else NaN. */
  static double parse(CharSequence s, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int scale = 0;
    boolean dot = false;
    for (; i < to; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (digits < 18) {
          mantissa = mantissa * 10 + (c - '0');
          digits++;
          if (dot) {
            scale++;
          }
        } else if (!dot) {
          scale--;
        }
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        break;
      }
    }
    if (digits == 0) {
      return Double.NaN;
    }
    double value = mantissa / Math.pow(10, scale);
    if (negative) {
      value = -value;
    }
    int unit = to - i;
    if (unit == 0) {
      return value;
    }
    if (unit > 3) {
      return Double.NaN;
    }
    return switch (s.subSequence(i, to).toString()) {
      case "ns" -> value / 1e6;
      case "us", "µs" -> value / 1e3;
      case "ms" -> value;
      case "s", "sec" -> value * 1e3;
      case "m", "min" -> value * 6e4;
      case "h" -> value * 3.6e6;
      case "%", "b", "B", "kb", "KB", "Ki", "mb", "MB", "Mi", "gb", "GB", "Gi", "x" -> value;
      default -> Double.NaN;
    };
  }
}
