package dev.rca.api.model;

import java.util.Locale;

/** The kinds of telemetry a {@link dev.rca.api.spi.SignalSource} can read. */
public enum Signal {
  LOGS,
  METRICS,
  TRACES,
  CHANGES;

  /** The lower-case name used in configuration sections and in the report's evidence {@code source}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
