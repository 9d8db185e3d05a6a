package dev.rca.benchmarks.scenario.simulation;

/** What a misbehaving service shows in its own logs and spans. */
public enum Symptom {
  /** Requests wait for a database connection and time out (HikariCP). */
  POOL_EXHAUSTED,
  /** New code fails on some inputs: an exception on a code path that used to work. */
  CODE_REGRESSION,
  /** Calls to a dependency fail or time out; the service passes the failure on. */
  UPSTREAM_FAILURE,
  /** Connections at the edge are reset or time out with no trace in any dependency. */
  EDGE_CONNECTION_RESETS,
  /** A service that fails a few percent of requests all the time, incident or not. */
  CHRONIC_ERRORS
}
