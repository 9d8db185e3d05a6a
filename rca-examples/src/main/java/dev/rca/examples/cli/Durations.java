package dev.rca.examples.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** Parses the durations people type: {@code 500ms}, {@code 10s}, {@code 5m}, {@code 1h}, or ISO-8601. */
final class Durations {
  private Durations() {}

  static Duration parse(String text) {
    String t = text.trim();
    try {
      if (t.startsWith("P") || t.startsWith("p")) {
        return positive(Duration.parse(t), text);
      }
      if (t.endsWith("ms")) {
        return positive(Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2))), text);
      }
      long n = Long.parseLong(t.substring(0, t.length() - 1));
      return positive(switch (t.charAt(t.length() - 1)) {
        case 's' -> Duration.ofSeconds(n);
        case 'm' -> Duration.ofMinutes(n);
        case 'h' -> Duration.ofHours(n);
        default -> throw new IllegalArgumentException(bad(text));
      }, text);
    } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw new IllegalArgumentException(bad(text), e);
    }
  }

  private static Duration positive(Duration d, String text) {
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(bad(text));
    }
    return d;
  }

  private static String bad(String text) {
    return "'" + text + "' is not a positive duration (e.g. 500ms, 10s, 5m, 1h)";
  }
}
