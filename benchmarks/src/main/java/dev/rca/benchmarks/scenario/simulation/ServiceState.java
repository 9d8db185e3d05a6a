package dev.rca.benchmarks.scenario.simulation;

import org.jspecify.annotations.Nullable;

/**
 * A service's aggregate behaviour at one instant; writers sample it and add their own jitter.
 *
 * <pre>{@code
 * ServiceState s = load.at("payments", t);
 * double failing = s.rps() * s.errorRatio();
 * }</pre>
 *
 * @param rps requests per second across replicas
 * @param errorRatio share of requests failing, background errors included
 * @param latencyMs mean latency
 * @param cpuCores CPU used per replica, in cores
 * @param memoryBytes working set per replica
 * @param poolMax connection pool maximum per replica, 0 without a pool
 * @param poolActive connections in use per replica
 * @param poolPending threads waiting for a connection per replica
 * @param replicasAvailable ready pods
 * @param replicas desired pods
 * @param dominant the deviation that shapes the service's failures now, null when healthy
 * @param cpuLimit the container CPU limit per pod, 0 when not modelled
 * @param throttledRatio share of CFS periods in which the container was throttled
 * @param memoryLimit the container memory limit per pod, 0 when not modelled
 * @param restarts container restarts summed over pods
 * @param diskAvailBytes free bytes on the node's root filesystem
 * @param retransPerSecond TCP segments retransmitted by the node per second
 * @param db the database's own state, null for services that are not databases
 */
public record ServiceState(
    double rps,
    double errorRatio,
    double latencyMs,
    double cpuCores,
    double memoryBytes,
    int poolMax,
    double poolActive,
    double poolPending,
    int replicasAvailable,
    int replicas,
    @Nullable Impact dominant,
    double cpuLimit,
    double throttledRatio,
    double memoryLimit,
    int restarts,
    double diskAvailBytes,
    double retransPerSecond,
    @Nullable DatabaseState db) {

  /**
   * What postgres_exporter sees in a database.
   *
   * @param locks locks held or awaited
   * @param maxTxSeconds the age of the oldest open transaction
   * @param deadlocksPerSecond deadlocks detected per second
   * @param activeConnections backends running a statement
   */
  public record DatabaseState(double locks, double maxTxSeconds, double deadlocksPerSecond,
      double activeConnections) {}
}
