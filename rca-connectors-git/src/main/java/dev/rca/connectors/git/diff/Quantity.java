package dev.rca.connectors.git.diff;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads setting values as amounts, so two values of one setting can be compared: {@code 30s}
 * against {@code 300ms}, {@code 2Gi} against {@code 512Mi}, {@code 500m} cores against {@code 2}.
 *
 * <p>A lone {@code m} is ambiguous (minutes, millicores, JVM mebibytes), so what the setting is
 * about picks the reading: durations first for timeouts, bytes for memory, cores for CPU. A number
 * without a unit takes the unit its key names ({@code timeoutMs}, {@code periodSeconds}); a
 * duration without either is only compared with another such number.
 */
final class Quantity {
  /** What a value measures; each has its own table of units in base units. */
  enum Dimension {
    DURATION(Map.ofEntries(Map.entry("ns", 1e-6), Map.entry("us", 1e-3), Map.entry("µs", 1e-3),
        Map.entry("ms", 1.0), Map.entry("millis", 1.0), Map.entry("s", 1e3),
        Map.entry("sec", 1e3), Map.entry("secs", 1e3), Map.entry("seconds", 1e3),
        Map.entry("second", 1e3), Map.entry("m", 6e4), Map.entry("min", 6e4),
        Map.entry("mins", 6e4), Map.entry("minutes", 6e4), Map.entry("h", 3.6e6),
        Map.entry("hr", 3.6e6), Map.entry("hours", 3.6e6), Map.entry("d", 8.64e7),
        Map.entry("days", 8.64e7))),
    // Case matters: k8s writes M for 10^6, the JVM m for 2^20; Ki/Mi/Gi and KB/MB/GB are binary.
    BYTES(Map.ofEntries(Map.entry("", 1.0), Map.entry("b", 1.0), Map.entry("k", 1024.0),
        Map.entry("m", 1048576.0), Map.entry("g", 1073741824.0), Map.entry("K", 1e3),
        Map.entry("M", 1e6), Map.entry("G", 1e9), Map.entry("T", 1e12),
        Map.entry("Ki", 1024.0), Map.entry("Mi", 1048576.0), Map.entry("Gi", 1073741824.0),
        Map.entry("Ti", 1099511627776.0), Map.entry("kb", 1024.0), Map.entry("mb", 1048576.0),
        Map.entry("gb", 1073741824.0), Map.entry("tb", 1099511627776.0))),
    CPU(Map.of("", 1.0, "m", 1e-3)),
    COUNT(Map.of("", 1.0, "k", 1e3, "r/s", 1.0, "r/m", 1 / 60.0, "%", 1.0));

    private final Map<String, Double> units;

    Dimension(Map<String, Double> units) {
      this.units = units;
    }

    @Nullable Double unit(String unit) {
      Double u = units.get(unit);
      return u != null ? u : units.get(unit.toLowerCase(Locale.ROOT));
    }
  }

  private static final Pattern NUMBER_UNIT =
      Pattern.compile("^(-?\\d{1,15}(?:\\.\\d{1,9})?)\\s?([a-zA-Zµ%]{0,8}(?:/[sm])?)$");
  private static final Pattern GO_DURATION =
      Pattern.compile("(\\d{1,9}(?:\\.\\d{1,9})?)(ns|us|µs|ms|s|m|h)");
  private static final Pattern CODE_DURATION = Pattern.compile(
      "^(?:(\\d{1,9})\\s?\\*\\s?time\\.(\\w+)|time\\.(\\w+)\\s?\\*\\s?(\\d{1,9})"
          + "|Duration\\.of(\\w+)\\((\\d{1,9})L?\\))$");
  private static final Map<String, String> CODE_UNITS = Map.ofEntries(
      Map.entry("Nanosecond", "ns"), Map.entry("Microsecond", "us"),
      Map.entry("Millisecond", "ms"), Map.entry("Second", "s"), Map.entry("Minute", "m"),
      Map.entry("Hour", "h"), Map.entry("Nanos", "ns"), Map.entry("Millis", "ms"),
      Map.entry("Seconds", "s"), Map.entry("Minutes", "m"), Map.entry("Hours", "h"),
      Map.entry("Days", "d"));
  private static final Pattern KEY_UNIT = Pattern.compile(
      "_(ms|millis|milliseconds|seconds|secs|sec|minutes|mins|hours|mb|kb|gb|bytes)_$");

  private Quantity() {}

  /** What a setting's values measure, from its category and the words of its key. */
  static List<Dimension> dimensions(TouchCategory category, String key) {
    String words = KeyRules.words(key);
    if (category == TouchCategory.RESOURCE && words.contains("_cpu")) {
      return List.of(Dimension.CPU);
    }
    if (category == TouchCategory.RESOURCE && !words.contains("replica")
        && !words.contains("instances")) {
      return List.of(Dimension.BYTES, Dimension.COUNT);
    }
    if (category == TouchCategory.TIMEOUT || category == TouchCategory.CACHE
        || category == TouchCategory.RETRY) {
      return List.of(Dimension.DURATION, Dimension.COUNT, Dimension.BYTES);
    }
    return List.of(Dimension.COUNT, Dimension.DURATION, Dimension.BYTES);
  }

  /**
   * {@code after / before} in the first dimension that reads both values, or null when none
   * does, when {@code before} is 0, or when only one of two durations carries a unit (two bare
   * numbers are then compared as counts).
   */
  static @Nullable Double ratio(String key, @Nullable String before, @Nullable String after,
      List<Dimension> dimensions) {
    if (before == null || after == null) {
      return null;
    }
    String keyUnit = keyUnit(key);
    for (Dimension d : dimensions) {
      Double b = amount(before, d, keyUnit);
      Double a = amount(after, d, keyUnit);
      if (b != null && a != null && b.isNaN() && a.isNaN()) {
        continue;
      }
      if (b != null && a != null) {
        return b == 0 || b.isNaN() || a.isNaN() ? null : a / b;
      }
    }
    return null;
  }

  /** The value in base units; NaN for a bare duration number whose unit nothing names. */
  static @Nullable Double amount(String text, Dimension d, String keyUnit) {
    String v = text.trim().replace("_", "");
    if (v.isEmpty() || v.length() > 40) {
      return null;
    }
    Matcher m = NUMBER_UNIT.matcher(v);
    if (m.matches()) {
      double n = Double.parseDouble(m.group(1));
      String unit = m.group(2);
      if (unit.isEmpty() && d == Dimension.DURATION) {
        Double u = keyUnit.isEmpty() ? null : d.unit(keyUnit);
        return u == null ? Double.NaN : n * u;
      }
      if (unit.isEmpty() && d == Dimension.BYTES && !keyUnit.isEmpty()) {
        Double u = d.unit(keyUnit.equals("bytes") ? "b" : keyUnit);
        return u == null ? n : n * u;
      }
      Double u = d.unit(unit);
      return u == null ? null : n * u;
    }
    return d == Dimension.DURATION ? duration(v) : null;
  }

  /** Go ({@code 1m30s}), ISO-8601 ({@code PT30S}) and code ({@code 30 * time.Second}) durations. */
  private static @Nullable Double duration(String v) {
    Matcher code = CODE_DURATION.matcher(v);
    if (code.matches()) {
      String n = code.group(1) != null ? code.group(1)
          : code.group(4) != null ? code.group(4) : code.group(6);
      String unit = CODE_UNITS.get(code.group(2) != null ? code.group(2)
          : code.group(3) != null ? code.group(3) : code.group(5));
      Double u = unit == null ? null : Dimension.DURATION.unit(unit);
      return u == null ? null : Double.parseDouble(n) * u;
    }
    if (v.startsWith("PT") || v.startsWith("P")) {
      try {
        return (double) Duration.parse(v).toNanos() / 1e6;
      } catch (DateTimeParseException notIso) {
        return null;
      }
    }
    Matcher go = GO_DURATION.matcher(v);
    double total = 0;
    int end = 0;
    while (go.find() && go.start() == end) {
      total += Double.parseDouble(go.group(1)) * Dimension.DURATION.unit(go.group(2));
      end = go.end();
    }
    return end == v.length() && end > 0 ? total : null;
  }

  private static String keyUnit(String key) {
    Matcher m = KEY_UNIT.matcher(KeyRules.words(key));
    if (!m.find()) {
      return "";
    }
    return switch (m.group(1)) {
      case "ms", "millis", "milliseconds" -> "ms";
      case "seconds", "secs", "sec" -> "s";
      case "minutes", "mins" -> "min";
      case "hours" -> "h";
      default -> m.group(1);
    };
  }
}
