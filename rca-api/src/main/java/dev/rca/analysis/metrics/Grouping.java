package dev.rca.analysis.metrics;

/** Which series a derived signal adds up. */
public enum Grouping {
  /** Every series on its own, keeping its labels. */
  SERIES,
  /** All of a service's series of the metric summed. */
  SERVICE,
  /** Summed per service and {@code instance} (node CPU across cores and modes). */
  INSTANCE
}
