package dev.rca.analysis.logs;

import java.util.Locale;

/**
 * The severity of a log line, normalised across the spellings programs use.
 *
 * <pre>{@code
 * LogLevel.of("WARNING");   // WARN
 * LogLevel.of("E");         // ERROR
 * LogLevel.ofNumber(50);    // ERROR (pino/bunyan numbering)
 * }</pre>
 */
public enum LogLevel {
  UNKNOWN(""),
  TRACE("trace"),
  DEBUG("debug"),
  INFO("info"),
  WARN("warn"),
  ERROR("error"),
  FATAL("fatal");

  private final String label;

  LogLevel(String label) {
    this.label = label;
  }

  /** The lower-case name used in evidence ({@code error}, {@code warn}, ...); empty when unknown. */
  public String label() {
    return label;
  }

  /** Whether this is error or worse. */
  public boolean isError() {
    return this == ERROR || this == FATAL;
  }

  /** The level a word names, in any case; {@link #UNKNOWN} when it names none. */
  public static LogLevel of(CharSequence word) {
    return of(word, 0, word.length(), true);
  }

  /**
   * The level that {@code text[start, end)} names. With {@code anyCase} false only upper-case
   * spellings count, which keeps ordinary words in free text ("error connecting") from being read as a level.
   */
  static LogLevel of(CharSequence text, int start, int end, boolean anyCase) {
    int len = end - start;
    if (len <= 0 || len > 11) {
      return UNKNOWN;
    }
    for (int i = 0; i < NAMES.length; i++) {
      String name = NAMES[i];
      if (name.length() == len && matches(text, start, name, anyCase)) {
        return LEVELS[i];
      }
    }
    return UNKNOWN;
  }

  private static boolean matches(CharSequence text, int start, String upperName, boolean anyCase) {
    for (int i = 0; i < upperName.length(); i++) {
      char c = text.charAt(start + i);
      if (anyCase && c >= 'a' && c <= 'z') {
        c = (char) (c - 32);
      }
      if (c != upperName.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  // Spellings programs use, upper-case; compared without allocating, since free-text lines probe many words.
  private static final String[] NAMES = {
    "TRACE", "FINEST", "FINER", "VERBOSE", "T", "V",
    "DEBUG", "DBG", "FINE", "D",
    "INFO", "INFORMATION", "NOTICE", "CONFIG", "I", "INF", "N",
    "WARN", "WARNING", "W", "WRN",
    "ERROR", "ERR", "SEVERE", "E", "EROR",
    "FATAL", "CRITICAL", "CRIT", "PANIC", "EMERG", "EMERGENCY", "ALERT", "F", "C", "DPANIC", "FTL"};
  private static final LogLevel[] LEVELS = {
    TRACE, TRACE, TRACE, TRACE, TRACE, TRACE,
    DEBUG, DEBUG, DEBUG, DEBUG,
    INFO, INFO, INFO, INFO, INFO, INFO, INFO,
    WARN, WARN, WARN, WARN,
    ERROR, ERROR, ERROR, ERROR, ERROR,
    FATAL, FATAL, FATAL, FATAL, FATAL, FATAL, FATAL, FATAL, FATAL, FATAL, FATAL};

  /** The level of a numeric {@code level} field: pino/bunyan's 10..60, else syslog's 0..7. */
  public static LogLevel ofNumber(long n) {
    if (n >= 10) {
      return n >= 60 ? FATAL : n >= 50 ? ERROR : n >= 40 ? WARN : n >= 30 ? INFO : n >= 20 ? DEBUG : TRACE;
    }
    if (n < 0) {
      return UNKNOWN;
    }
    return n <= 2 ? FATAL : n == 3 ? ERROR : n == 4 ? WARN : n <= 6 ? INFO : DEBUG;
  }

  /** The level of a label value such as a Loki stream's {@code level}; {@link #UNKNOWN} when empty. */
  public static LogLevel ofLabel(String value) {
    return value.isEmpty() ? UNKNOWN : of(value.toLowerCase(Locale.ROOT));
  }
}
