package dev.rca.connectors.git.diff;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One thing a change touched: a setting with its old and new value, a SQL statement, or a file
 * read no further (code, docs, tests).
 *
 * <pre>{@code
 * ChangeTouch t = touches.top().orElseThrow();
 * t.line()   // "payments.datasource.maximumPoolSize: 50 -> 5 (x0.1)"
 * }</pre>
 *
 * @param file the changed file, empty when the diff named none
 * @param subject the setting's key for a setting; else what was seen, e.g. a SQL statement or
 *     {@code "docs"}
 * @param before the old value; null when the setting was added, and for non-settings
 * @param after the new value; null when the setting was removed, and for non-settings
 * @param ratio {@code after / before} when both read as amounts of one unit, e.g. 0.1 for 50 → 5
 */
public record ChangeTouch(TouchCategory category, String file, String subject,
    @Nullable String before, @Nullable String after, @Nullable Double ratio, ChangeRisk risk) {
  /** Settings keys longer than this many segments show their last ones. */
  static final int KEY_SEGMENTS_SHOWN = 5;
  static final int VALUE_CHARS_SHOWN = 80;

  public ChangeTouch {
    requireNonNull(category, "category");
    requireNonNull(file, "file");
    requireNonNull(subject, "subject");
    requireNonNull(risk, "risk");
  }

  /** Whether this is a setting (a key with an old or new value). */
  public boolean isSetting() {
    return before != null || after != null;
  }

  /**
   * One line for people and attributes: {@code key: 50 -> 5 (x0.1)}, {@code key: (unset) -> on},
   * {@code db/V42__drop_index.sql: DROP INDEX idx_orders_customer;}, {@code README.md: docs}.
   */
  public String line() {
    if (!isSetting()) {
      return file.isEmpty() ? subject : file + ": " + subject;
    }
    return shownKey() + ": " + shown(before) + " -> " + shown(after)
        + (ratio == null ? "" : " (x" + ratioText(ratio) + ")");
  }

  /**
   * The size of a numeric change, {@code |ln ratio|}, so x0.1 and x10 weigh alike; 0 without a
   * ratio, and a cut to zero weighs like a cut by a factor of 20,000.
   */
  double magnitude() {
    if (ratio == null || ratio < 0) {
      return 0;
    }
    return ratio == 0 ? 10 : Math.abs(Math.log(ratio));
  }

  private String shownKey() {
    List<String> segments = KeyRules.segments(subject);
    if (segments.size() <= KEY_SEGMENTS_SHOWN) {
      return subject;
    }
    return String.join(".", segments.subList(segments.size() - KEY_SEGMENTS_SHOWN, segments.size()));
  }

  private static String shown(@Nullable String value) {
    if (value == null) {
      return "(unset)";
    }
    if (value.isEmpty()) {
      return "\"\"";
    }
    return value.length() <= VALUE_CHARS_SHOWN ? value
        : value.substring(0, VALUE_CHARS_SHOWN - 1) + "…";
  }

  /** Two significant digits, no exponent: 0.1, 0.01, 0.25, 10, 2.5. */
  static String ratioText(double ratio) {
    if (ratio == 0 || Double.isInfinite(ratio) || Double.isNaN(ratio)) {
      return String.valueOf(ratio).toLowerCase(Locale.ROOT).replace(".0", "");
    }
    return new BigDecimal(ratio).round(new MathContext(2)).stripTrailingZeros().toPlainString();
  }
}
