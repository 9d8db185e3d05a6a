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
  CHRONIC_ERRORS,
  /** The service burns its whole CPU limit and is throttled; requests queue and time out. */
  CPU_SATURATION,
  /** The heap grows toward the memory limit until the kernel kills the container (OOMKilled). */
  MEMORY_LEAK,
  /** The node's filesystem fills up; writes fail with ENOSPC. */
  DISK_FULL,
  /** The service's host loses packets and DNS answers; its own outbound calls time out. */
  NETWORK_IMPAIRED,
  /** A database holds locks for long transactions; statements wait, time out and deadlock. */
  DB_CONTENTION,
  /** The service's TLS certificate expired: handshakes fail, requests stop reaching it. */
  TLS_EXPIRED,
  /** A third-party API the service calls answers 429/503. */
  EXTERNAL_ERRORS,
  /** More requests than the capped replicas can serve: queues fill, requests are rejected. */
  SATURATED,
  /** Fewer requests arrive, with nothing failing: requests lost before they reach the service. */
  TRAFFIC_DROP,
  /** More requests arrive, passed down from the edge; the service copes. */
  TRAFFIC_SURGE,
  /** The service slows down with nothing in its own telemetry saying why. */
  UNEXPLAINED_SLOWNESS
}
