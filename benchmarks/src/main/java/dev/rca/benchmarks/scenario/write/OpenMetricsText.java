package dev.rca.benchmarks.scenario.write;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Collects samples and renders them as OpenMetrics text: families contiguous, each with its
 * {@code # HELP}, {@code # TYPE} and optional {@code # UNIT}, every sample timestamped in
 * seconds, a series' samples in time order, {@code # EOF} at the end. That is the shape
 * {@code promtool tsdb create-blocks-from openmetrics} accepts.
 *
 * <pre>{@code
 * OpenMetricsText om = new OpenMetricsText();
 * om.family("process_cpu_seconds", "counter", null, "Total user and system CPU time.");
 * om.sample("process_cpu_seconds", "process_cpu_seconds_total", Map.of("service", "cart"), 12.5, t);
 * String text = om.render();
 * }</pre>
 */
final class OpenMetricsText {
  private record Family(String type, @Nullable String unit, String help,
                        Map<String, StringBuilder> series) {}

  private final Map<String, Family> families = new LinkedHashMap<>();

  /** Declares a family; the first declaration fixes where it appears in the file. */
  void family(String name, String type, @Nullable String unit, String help) {
    families.putIfAbsent(name, new Family(type, unit, help, new LinkedHashMap<>()));
  }

  /**
   * Adds one sample.
   *
   * @param sampleName the family name plus its suffix ({@code _total}, {@code _bucket}, ...)
   * @param labels in the order they are to be written
   */
  void sample(String family, String sampleName, Map<String, String> labels, double value, Instant t) {
    Family f = families.get(family);
    if (f == null) {
      throw new IllegalStateException("family " + family + " used before it was declared");
    }
    StringBuilder key = new StringBuilder(sampleName).append('{');
    boolean first = true;
    for (Map.Entry<String, String> e : labels.entrySet()) {
      if (!first) {
        key.append(',');
      }
      first = false;
      key.append(e.getKey()).append("=\"").append(escape(e.getValue())).append('"');
    }
    key.append('}');
    String prefix = key.toString();
    f.series().computeIfAbsent(prefix, k -> new StringBuilder())
        .append(prefix).append(' ').append(number(value)).append(' ')
        .append(t.getEpochSecond()).append('\n');
  }

  String render() {
    StringBuilder out = new StringBuilder();
    families.forEach((name, f) -> {
      if (f.series().isEmpty()) {
        return;
      }
      out.append("# HELP ").append(name).append(' ').append(f.help()).append('\n');
      out.append("# TYPE ").append(name).append(' ').append(f.type()).append('\n');
      if (f.unit() != null) {
        out.append("# UNIT ").append(name).append(' ').append(f.unit()).append('\n');
      }
      f.series().values().forEach(out::append);
    });
    return out.append("# EOF\n").toString();
  }

  /** Integers plainly, other values to six significant digits, never in exponent form. */
  static String number(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return BigDecimal.valueOf(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }

  private static String escape(String v) {
    return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
