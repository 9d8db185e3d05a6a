package dev.rca.api.model;

import java.util.Locale;

/** The kind vocabulary of {@code report-json.md}: what sort of fault a hypothesis names. */
public enum CauseKind {
  DEPLOY,
  CONFIG,
  FEATURE_FLAG,
  CPU,
  MEMORY,
  DISK,
  NETWORK,
  DATABASE,
  CERTIFICATE,
  EXTERNAL_DEPENDENCY,
  CAPACITY,
  UNKNOWN;

  /** The contract's spelling, e.g. {@code "feature_flag"}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static CauseKind fromWireName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
