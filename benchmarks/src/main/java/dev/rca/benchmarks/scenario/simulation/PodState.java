package dev.rca.benchmarks.scenario.simulation;

/**
 * One pod's container as cAdvisor and kube-state-metrics see it.
 *
 * <pre>{@code
 * PodState pod = load.pod("ledger", 0, t);
 * if (pod.oomKilled()) { ... }
 * }</pre>
 *
 * @param memoryBytes the container's working set
 * @param restarts restarts so far in the window's history
 * @param oomKilled whether the last termination was an OOM kill
 * @param ready whether the pod serves traffic now
 */
public record PodState(double memoryBytes, int restarts, boolean oomKilled, boolean ready) {}
