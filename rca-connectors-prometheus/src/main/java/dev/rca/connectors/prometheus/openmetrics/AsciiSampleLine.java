package dev.rca.connectors.prometheus.openmetrics;

import org.jspecify.annotations.Nullable;

/**
 * The common case of a sample line read straight from its bytes: ASCII, a series already seen,
 * a plain decimal value and a timestamp in seconds. Anything else (a new series, an exponent,
 * {@code NaN}, an exemplar, a syntax error, a {@code _created} sample) is declined and read by
 * {@link OpenMetricsParser}'s text path, so the outcome never differs from it; this only skips
 * making strings of the lines of a big file.
 */
final class AsciiSampleLine {
  private static final double MILLISECOND_TIMESTAMPS = 1e11;
  private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
      1e11, 1e12, 1e13, 1e14, 1e15};

  private AsciiSampleLine() {}

  /** Takes the sample of {@code b[start, end)} into the state's accumulator; false when declined. */
  static boolean read(byte[] b, int start, int end, OpenMetricsParser.FileState state) {
    int seriesEnd = seriesEnd(b, start, end);
    if (seriesEnd < 0 || seriesEnd >= end || (b[seriesEnd] != ' ' && b[seriesEnd] != '\t')) {
      return false;
    }
    int i = seriesEnd;
    while (i < end && (b[i] == ' ' || b[i] == '\t')) {
      i++;
    }
    int valueStart = i;
    while (i < end && b[i] != ' ' && b[i] != '\t') {
      i++;
    }
    int valueEnd = i;
    while (i < end && (b[i] == ' ' || b[i] == '\t')) {
      i++;
    }
    int tsStart = i;
    while (i < end && b[i] != ' ' && b[i] != '\t') {
      i++;
    }
    int tsEnd = i;
    if (valueStart == valueEnd || tsStart == tsEnd || i != end) {
      // no value, no timestamp, or anything after it (an exemplar, a stray token, spaces)
      return false;
    }
    double value = decimal(b, valueStart, valueEnd);
    double seconds = decimal(b, tsStart, tsEnd);
    if (value != value || seconds != seconds || Math.abs(seconds) > MILLISECOND_TIMESTAMPS) {
      return false;
    }
    SeriesAccumulator into = state.into;
    SeriesAccumulator.@Nullable Entry e = into.rawBytes.get(b, start, seriesEnd, RawSeriesTable.hash(b, start, seriesEnd));
    if (e == null || e.created) {
      return false;
    }
    into.append(state, e, Math.round(seconds * 1000), value);
    return true;
  }

  /**
   * After the text path read {@code b[start, end)}, remembers its series' bytes so that the next
   * samples of the series take the byte path.
   */
  static void remember(byte[] b, int start, int end, SeriesAccumulator into) {
    int seriesEnd = seriesEnd(b, start, end);
    if (seriesEnd < 0 || !into.mayRememberRaw()) {
      return;
    }
    int h = RawSeriesTable.hash(b, start, seriesEnd);
    if (into.rawBytes.get(b, start, seriesEnd, h) != null) {
      return;
    }
    SeriesAccumulator.@Nullable Entry e = into.entryOfRaw(new String(b, start, seriesEnd - start,
        java.nio.charset.StandardCharsets.ISO_8859_1));
    if (e != null) {
      into.rawBytes.put(b, start, seriesEnd, h, e);
    }
  }

  /** Where {@code name{labels}} ends, as {@link SampleLine#seriesEnd} finds it; -1 on a syntax error. */
  private static int seriesEnd(byte[] b, int start, int end) {
    int i = start;
    while (i < end) {
      byte c = b[i];
      boolean ok = c == '_' || c == ':' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
          || (i > start && c >= '0' && c <= '9');
      if (!ok) {
        break;
      }
      i++;
    }
    if (i == start) {
      return -1;
    }
    if (i < end && b[i] == '{') {
      boolean quoted = false;
      for (int j = i + 1; j < end; j++) {
        byte c = b[j];
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
      return -1;
    }
    return i;
  }

  /**
   * A plain decimal of up to 15 digits exactly as {@link SampleLine#value(String, int, int, int)}
   * computes it, else NaN (which a plain decimal never is).
   */
  private static double decimal(byte[] b, int start, int end) {
    int i = start;
    boolean negative = i < end && b[i] == '-';
    if (negative) {
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int fraction = -1;
    for (; i < end; i++) {
      byte c = b[i];
      if (c >= '0' && c <= '9') {
        if (++digits > 15) {
          return Double.NaN;
        }
        mantissa = mantissa * 10 + (c - '0');
        if (fraction >= 0) {
          fraction++;
        }
      } else if (c == '.' && fraction < 0) {
        fraction = 0;
      } else {
        return Double.NaN;
      }
    }
    if (digits == 0) {
      return Double.NaN;
    }
    double v = fraction <= 0 ? mantissa : mantissa / POWERS_OF_TEN[fraction];
    return negative ? -v : v;
  }
}
