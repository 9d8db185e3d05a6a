package dev.rca.connectors.git.diff;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Turns one file's diff into touches, and judges each touch's risk by its category's rule. */
final class TouchReading {
  private static final Set<String> TRUE = Set.of("true", "on", "yes", "enabled", "1");
  private static final Set<String> FALSE = Set.of("false", "off", "no", "disabled", "0");
  private static final int HIDDEN_TLS_VALUE_CHARS = 64;

  private TouchReading() {}

  static void file(FileDiff f, String path, List<ChangeTouch> out) {
    FileRole role = FileRole.of(path);
    String counts = "+" + f.added() + " -" + f.removed();
    if (role.harmless()) {
      out.add(pathOnly(role, path, counts));
      return;
    }
    FileRole.Format format = path.isEmpty() ? FileRole.Format.YAML : FileRole.format(path);
    int before = out.size();
    if (role == FileRole.QUERY) {
      statements(f, path, format == FileRole.Format.SQL || format == FileRole.Format.NONE, out);
      if (out.size() == before) {
        out.add(pathOnly(role, path, "migration changed " + counts));
      }
      return;
    }
    boolean code = format == FileRole.Format.CODE || role == FileRole.CODE;
    for (SettingLines.Setting s : SettingLines.read(f, format)) {
      TouchCategory category = code ? KeyRules.categoryByKey(s.key())
          : KeyRules.categoryOf(s.key(), s.before(), s.after());
      // In code most assignments are not settings; keep only those whose name says what they set.
      if (category != null && !(code && (category == TouchCategory.CONFIG
          || category == TouchCategory.CODE))) {
        out.add(setting(category, path, s.key(), s.before(), s.after()));
      }
    }
    if (code) {
      statements(f, path, false, out);
      out.add(pathOnly(FileRole.CODE, path, "code " + counts));
    } else if (out.size() == before) {
      out.add(pathOnly(role, path, "changed " + counts));
    }
  }

  /** A file judged by its path alone: what it is, and a few words on what changed. */
  static ChangeTouch pathOnly(FileRole role, String path, String what) {
    TouchCategory category = switch (role) {
      case DOCS -> TouchCategory.DOCS;
      case TESTS -> TouchCategory.TESTS;
      case CI -> TouchCategory.CI;
      case QUERY -> TouchCategory.QUERY;
      case CONFIG -> TouchCategory.CONFIG;
      case CODE, OTHER -> TouchCategory.CODE;
    };
    String subject = role.harmless() ? category.label() + " " + what : what;
    return new ChangeTouch(category, path, subject.trim(), null, null, null,
        risk(category, "", null, null, null));
  }

  private static void statements(FileDiff f, String path, boolean sqlFile, List<ChangeTouch> out) {
    for (SqlStatements.Statement s : SqlStatements.in(f, sqlFile)) {
      out.add(new ChangeTouch(TouchCategory.QUERY, path, (s.removed() ? "removed " : "") + s.text(),
          null, null, null, ChangeRisk.HIGH));
    }
  }

  static ChangeTouch setting(TouchCategory category, String path, String key,
      @Nullable String before, @Nullable String after) {
    boolean hidden = KeyRules.isSecret(key) || (category == TouchCategory.TLS
        && (length(before) > HIDDEN_TLS_VALUE_CHARS || length(after) > HIDDEN_TLS_VALUE_CHARS));
    Double ratio = hidden ? null
        : Quantity.ratio(key, before, after, Quantity.dimensions(category, key));
    ChangeRisk risk = risk(category, key, before, after, ratio);
    return new ChangeTouch(category, path, key, hidden && before != null ? "(hidden)" : before,
        hidden && after != null ? "(hidden)" : after, ratio, risk);
  }

  /** The risk of a touch by its category's rule; path-only touches get the rule's mild side. */
  static ChangeRisk risk(TouchCategory category, String key, @Nullable String before,
      @Nullable String after, @Nullable Double ratio) {
    return switch (category.riskRule()) {
      case LOW -> ChangeRisk.LOW;
      case MEDIUM -> ChangeRisk.MEDIUM;
      case HIGH -> ChangeRisk.HIGH;
      // A limit that appears where there was none is a cut from unlimited.
      case SHRINK_IS_HIGH -> (ratio != null && ratio < 1)
          || (before == null && after != null && KeyRules.words(key).contains("_limits_"))
          ? ChangeRisk.HIGH : ChangeRisk.MEDIUM;
      case CHANGE_IS_HIGH -> before != null && after != null ? ChangeRisk.HIGH : ChangeRisk.MEDIUM;
      case ON_IS_HIGH -> turnsOn(key, before, after) ? ChangeRisk.HIGH : ChangeRisk.MEDIUM;
    };
  }

  /**
   * Whether a flag now runs a code path it did not: {@code false -> true}, an added
   * {@code enabled: true}, {@code disabled: true -> false}, or a rollout share that grew.
   */
  static boolean turnsOn(String key, @Nullable String before, @Nullable String after) {
    if (after == null) {
      return false;
    }
    Boolean was = truth(before);
    Boolean now = truth(after);
    if (now == null) {
      Double b = number(before);
      Double a = number(after);
      return a != null && (b == null ? a > 0 : a > b);
    }
    boolean inverted = KeyRules.words(key).matches(".*_(disable|disabled|off)_.*");
    boolean on = inverted != now;
    boolean wasOn = was != null && inverted != was;
    return on && !wasOn;
  }

  private static @Nullable Boolean truth(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String v = value.toLowerCase(Locale.ROOT);
    return TRUE.contains(v) ? Boolean.TRUE : FALSE.contains(v) ? Boolean.FALSE : null;
  }

  private static @Nullable Double number(@Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      return Double.parseDouble(value.replace("%", "").trim());
    } catch (NumberFormatException notNumber) {
      return null;
    }
  }

  private static int length(@Nullable String s) {
    return s == null ? 0 : s.length();
  }
}
