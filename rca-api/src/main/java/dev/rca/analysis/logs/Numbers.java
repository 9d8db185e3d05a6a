package dev.rca.analysis.logs;

/** Reads the numeric value of a masked token: plain numbers and durations (in milliseconds). */
final class Numbers {
  private Numbers() {}

  /** The value of {@code s[from, to)} as a number with an optional unit, else NaN. */
  static double parse(char[] s, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (s[i] == '-' || s[i] == '+')) {
      negative = s[i] == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int scale = 0;
    boolean dot = false;
    for (; i < to; i++) {
      char c = s[i];
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
    double value = scale == 0 ? mantissa : mantissa / Math.pow(10, scale);
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
    char u0 = s[i];
    char u1 = unit > 1 ? s[i + 1] : 0;
    char u2 = unit > 2 ? s[i + 2] : 0;
    if (unit == 1) {
      return u0 == 's' ? value * 1e3 : u0 == 'm' ? value * 6e4 : u0 == 'h' ? value * 3.6e6
          : u0 == '%' || u0 == 'b' || u0 == 'B' || u0 == 'x' ? value : Double.NaN;
    }
    if (unit == 2 && u1 == 's') {
      return u0 == 'm' ? value : u0 == 'u' || u0 == '\u00b5' ? value / 1e3 : u0 == 'n' ? value / 1e6 : Double.NaN;
    }
    if (unit == 2 && (u1 == 'b' || u1 == 'B' || u1 == 'i') && "kKmMgG".indexOf(u0) >= 0) {
      return value;
    }
    if (unit == 3 && u0 == 's' && u1 == 'e' && u2 == 'c') {
      return value * 1e3;
    }
    if (unit == 3 && u0 == 'm' && u1 == 'i' && u2 == 'n') {
      return value * 6e4;
    }
    return Double.NaN;
  }
}
