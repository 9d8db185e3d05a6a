package dev.rca.connectors.git.diff;

import java.util.Locale;

/**
 * How likely a change is to break a running service, judged from what it touched.
 *
 * <pre>{@code
 * ChangeRisk.HIGH.label()   // "high", the value of the {@code risk} attribute
 * }</pre>
 */
public enum ChangeRisk {
  /** Docs, tests or CI definitions only. */
  LOW,
  /** Code, or settings moved in a direction that is not known to hurt. */
  MEDIUM,
  /** Shrunk pools, limits or timeouts; changed endpoints, TLS, queries; a flag switched on. */
  HIGH;

  /** The lower-case name used in change attributes. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
