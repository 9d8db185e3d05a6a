package dev.rca.benchmarks.scenario.system;

import static java.util.Objects.requireNonNull;

/**
 * Where a service runs in the cluster and what it may use: the node its pods share and the
 * container limits kube-state-metrics reports.
 *
 * <pre>{@code
 * new Placement("ip-10-0-3-17.ec2.internal", 1.0, 1L << 30, 4);
 * }</pre>
 *
 * @param node the node its pods are scheduled on
 * @param cpuLimitCores the container CPU limit per pod
 * @param memoryLimitBytes the container memory limit per pod
 * @param maxReplicas the autoscaler's ceiling
 */
public record Placement(String node, double cpuLimitCores, long memoryLimitBytes, int maxReplicas) {
  public Placement {
    requireNonNull(node, "node");
    if (!(cpuLimitCores > 0) || memoryLimitBytes <= 0 || maxReplicas < 1) {
      throw new IllegalArgumentException("limits must be positive: " + cpuLimitCores + " cores, "
          + memoryLimitBytes + " bytes, " + maxReplicas + " replicas");
    }
  }
}
