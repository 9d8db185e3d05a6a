package dev.rca.api.model;

/** The verdict of a report, as {@code report-json.md} defines it. */
public enum ReportStatus {
  /** The top hypothesis is at or above the confidence threshold and backed by evidence. */
  CONFIDENT,
  /** A ranked answer exists but its confidence is below the threshold. */
  NEEDS_REVIEW,
  /** The data in reach does not single out a cause. */
  INSUFFICIENT_EVIDENCE
}
