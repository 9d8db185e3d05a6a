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
    @Nullable Impact dominant) {}
