package dev.rca.api.spi;

import static java.util.Objects.requireNonNull;

/**
 * A token or password from configuration. It never prints itself, so it cannot leak through a
 * log line, an exception message or a report.
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  public static Secret of(String value) {
    return new Secret(requireNonNull(value, "value"));
  }

  /** The secret itself, for the one place that needs it (an Authorization header). */
  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "Secret[****]";
  }
}
