package dev.rca.api.model;

/** How gathering from one source ended. */
public enum SourceState {
  OK,
  FAILED,
  TIMED_OUT,
  SKIPPED
}
