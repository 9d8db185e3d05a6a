package dev.rca.benchmarks.scoring;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The thresholds a CI run holds the overall figures to, e.g.
 * {@code ac1>=0.9,ac3>=0.98,kind>=0.85,wrong<=0.02}.
 *
 * <p>Metrics: {@code ac1} to {@code ac5}, {@code avg5}, {@code kind}, {@code change},
 * {@code wrong} (the confidently-wrong rate) and {@code precision75} (precision of top hypotheses
 * at confidence 0.75 or more). Operators: {@code >=}, {@code <=}, {@code >}, {@code <}. Bounds are
 * fractions, or percentages with {@code %} ({@code ac1>=90%}). A metric that could not be
 * measured (no bundle it applies to) fails its threshold, so a check cannot pass vacuously.
 *
 * <pre>{@code
 * ThresholdCheck check = ThresholdCheck.parse("ac1>=0.9,wrong<=0.02");
 * List<String> failed = check.failures(sheet);   // empty when every threshold holds
 * }</pre>
 *
 * @param thresholds in the order given
 */
public record ThresholdCheck(List<Threshold> thresholds) {
  private static final Map<String, Function<ScoreSheet, Double>> METRICS = Map.of(
      "ac1", s -> s.overall().ac(1),
      "ac2", s -> s.overall().ac(2),
      "ac3", s -> s.overall().ac(3),
      "ac4", s -> s.overall().ac(4),
      "ac5", s -> s.overall().ac(5),
      "avg5", s -> s.overall().avg5(),
      "kind", s -> s.overall().kindAccuracy(),
      "change", s -> s.overall().changeAccuracy(),
      "wrong", s -> s.overall().wrongRate(),
      "precision75", s -> s.reliability().precisionAtHigh());

  public ThresholdCheck {
    thresholds = List.copyOf(thresholds);
  }

  /**
   * One bound on one metric.
   *
   * @param metric a metric name, e.g. {@code ac1}
   * @param operator {@code >=}, {@code <=}, {@code >} or {@code <}
   * @param bound the fraction the metric is compared with
   */
  public record Threshold(String metric, String operator, double bound) {
    public Threshold {
      requireNonNull(metric, "metric");
      requireNonNull(operator, "operator");
      if (!METRICS.containsKey(metric)) {
        throw new IllegalArgumentException("unknown metric '" + metric + "'; known: "
            + String.join(", ", METRICS.keySet().stream().sorted().toList()));
      }
      if (!List.of(">=", "<=", ">", "<").contains(operator)) {
        throw new IllegalArgumentException("unknown operator '" + operator + "'");
      }
      if (!Double.isFinite(bound)) {
        throw new IllegalArgumentException("bound must be a finite number, was " + bound);
      }
    }

    boolean holds(double value) {
      return switch (operator) {
        case ">=" -> value >= bound;
        case "<=" -> value <= bound;
        case ">" -> value > bound;
        default -> value < bound;
      };
    }

    @Override
    public String toString() {
      return metric + operator + bound;
    }
  }

  /**
   * Parses a comma-separated list of {@code metric operator bound}.
   *
   * @throws IllegalArgumentException naming the offending item
   */
  public static ThresholdCheck parse(String text) {
    List<Threshold> parsed = new ArrayList<>();
    for (String raw : text.split(",")) {
      String item = raw.strip();
      if (item.isEmpty()) {
        continue;
      }
      parsed.add(parseOne(item));
    }
    if (parsed.isEmpty()) {
      throw new IllegalArgumentException("--check: no thresholds in '" + text + "'");
    }
    return new ThresholdCheck(parsed);
  }

  /** One line per threshold that does not hold, e.g. {@code ac1 = 0.667, needs >= 0.9}. */
  public List<String> failures(ScoreSheet sheet) {
    List<String> failed = new ArrayList<>();
    for (Threshold t : thresholds) {
      double value = METRICS.get(t.metric()).apply(sheet);
      if (Double.isNaN(value)) {
        failed.add(t.metric() + " not measured (no bundle it applies to), needs "
            + t.operator() + " " + t.bound());
      } else if (!t.holds(value)) {
        failed.add(String.format(Locale.ROOT, "%s = %.4f, needs %s %s", t.metric(), value,
            t.operator(), t.bound()));
      }
    }
    return failed;
  }

  private static Threshold parseOne(String item) {
    int at = 0;
    while (at < item.length() && "<>=".indexOf(item.charAt(at)) < 0) {
      at++;
    }
    int end = at;
    while (end < item.length() && "<>=".indexOf(item.charAt(end)) >= 0) {
      end++;
    }
    if (at == 0 || at == item.length() || end == item.length()) {
      throw new IllegalArgumentException("--check: '" + item
          + "' is not metric>=bound (e.g. ac1>=0.9)");
    }
    String metric = item.substring(0, at).strip().toLowerCase(Locale.ROOT);
    String operator = item.substring(at, end);
    String number = item.substring(end).strip();
    double scale = 1;
    if (number.endsWith("%")) {
      number = number.substring(0, number.length() - 1).strip();
      scale = 100;
    }
    double bound;
    try {
      bound = Double.parseDouble(number) / scale;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--check: '" + item + "': bound '" + number
          + "' is not a number", e);
    }
    try {
      return new Threshold(metric, operator, bound);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--check: '" + item + "': " + e.getMessage(), e);
    }
  }
}
