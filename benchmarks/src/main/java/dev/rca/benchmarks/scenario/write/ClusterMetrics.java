package dev.rca.benchmarks.scenario.write;

import dev.rca.benchmarks.scenario.simulation.IncidentPlan;
import dev.rca.benchmarks.scenario.simulation.PodState;
import dev.rca.benchmarks.scenario.simulation.ServiceLoad;
import dev.rca.benchmarks.scenario.simulation.ServiceState;
import dev.rca.benchmarks.scenario.system.Placement;
import dev.rca.benchmarks.scenario.system.ServiceProfile;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * What cAdvisor, kube-state-metrics and node-exporter report for a system whose services have
 * placements: per-pod CPU, throttling, working set, limits, restarts and termination reasons,
 * per-deployment replicas, and per-node free disk and TCP retransmits. Families are trimmed to
 * those an investigation reads, so that hundreds of bundles stay small.
 *
 * <pre>{@code
 * String kubernetes = ClusterMetrics.kubernetes(plan, load);
 * String nodes = ClusterMetrics.nodes(plan, load);
 * }</pre>
 */
final class ClusterMetrics {
  private static final long KSM_INTERVAL_S = 60;

  private ClusterMetrics() {}

  static String kubernetes(IncidentPlan plan, ServiceLoad load) {
    OpenMetricsText om = new OpenMetricsText();
    om.family("container_cpu_usage_seconds", "counter", null, "Cumulative cpu time consumed in seconds.");
    om.family("container_cpu_cfs_throttled_periods", "counter", null, "Number of throttled period intervals.");
    om.family("container_memory_working_set_bytes", "gauge", null, "Current working set in bytes.");
    om.family("kube_pod_container_resource_limits", "gauge", null,
        "The number of requested limit resource by a container.");
    om.family("kube_pod_container_status_restarts", "counter", null,
        "The number of container restarts per container.");
    om.family("kube_pod_container_status_last_terminated_reason", "gauge", null,
        "Describes the last reason the container was in terminated state.");
    om.family("kube_deployment_spec_replicas", "gauge", null, "Number of desired pods for a deployment.");
    om.family("kube_deployment_status_replicas_available", "gauge", null,
        "The number of available replicas per deployment.");
    RandomGenerator rnd = plan.streams().stream("metrics/cluster");
    long step = plan.spec().window().step().toSeconds();
    List<ServiceProfile> services = plan.spec().system().traced().stream()
        .filter(p -> p.placement() != null).toList();
    Map<String, double[]> totals = new LinkedHashMap<>();
    for (ServiceProfile p : services) {
      for (int i = 0; i < p.replicas(); i++) {
        totals.put(p.pod(i), new double[] {Math.rint(2_000 + rnd.nextDouble() * 20_000) / 10,
            Math.rint(50_000 + rnd.nextDouble() * 500_000), Math.rint(rnd.nextDouble() * 2_000)});
      }
    }
    for (Instant t : plan.sampleTimes()) {
      // kube-state-metrics is scraped once a minute, cAdvisor at the bundle's step.
      boolean ksm = (t.getEpochSecond() - plan.from().getEpochSecond()) % KSM_INTERVAL_S == 0;
      for (ServiceProfile p : services) {
        ServiceState s = load.at(p.name(), t);
        Placement placement = p.placement();
        for (int i = 0; i < p.replicas(); i++) {
          String pod = p.pod(i);
          PodState ps = load.pod(p.name(), i, t);
          double[] total = totals.get(pod);
          double busy = ps.ready() ? s.cpuCores() * step * Math.max(0, 1 + 0.05 * rnd.nextGaussian()) : 0;
          total[0] += busy;
          total[1] += step * 10.0;
          total[2] += Math.rint(step * 10.0 * s.throttledRatio() * Math.max(0, 1 + 0.1 * rnd.nextGaussian()));
          Map<String, String> c = labels(p, "pod", pod, "container", p.name());
          om.sample("container_cpu_usage_seconds", "container_cpu_usage_seconds_total", c, total[0], t);
          om.sample("container_cpu_cfs_throttled_periods", "container_cpu_cfs_throttled_periods_total", c,
              total[2], t);
          om.sample("container_memory_working_set_bytes", "container_memory_working_set_bytes", c,
              Math.round(ps.memoryBytes() * (1 + 0.01 * rnd.nextGaussian())), t);
          if (!ksm) {
            continue;
          }
          om.sample("kube_pod_container_resource_limits", "kube_pod_container_resource_limits",
              labels(p, "pod", pod, "container", p.name(), "resource", "cpu", "unit", "core"),
              placement.cpuLimitCores(), t);
          om.sample("kube_pod_container_resource_limits", "kube_pod_container_resource_limits",
              labels(p, "pod", pod, "container", p.name(), "resource", "memory", "unit", "byte"),
              placement.memoryLimitBytes(), t);
          om.sample("kube_pod_container_status_restarts", "kube_pod_container_status_restarts_total", c,
              ps.restarts(), t);
          if (ps.oomKilled()) {
            om.sample("kube_pod_container_status_last_terminated_reason",
                "kube_pod_container_status_last_terminated_reason",
                labels(p, "pod", pod, "container", p.name(), "reason", "OOMKilled"), 1, t);
          }
        }
        if (!ksm) {
          continue;
        }
        Map<String, String> d = labels(p, "deployment", p.name());
        om.sample("kube_deployment_spec_replicas", "kube_deployment_spec_replicas", d, s.replicas(), t);
        om.sample("kube_deployment_status_replicas_available", "kube_deployment_status_replicas_available",
            d, s.replicasAvailable(), t);
      }
    }
    return om.render();
  }

  static String nodes(IncidentPlan plan, ServiceLoad load) {
    OpenMetricsText om = new OpenMetricsText();
    om.family("node_filesystem_avail_bytes", "gauge", null,
        "Filesystem space available to non-root users in bytes.");
    om.family("node_netstat_Tcp_RetransSegs", "unknown", null, "Statistic TcpRetransSegs.");
    RandomGenerator rnd = plan.streams().stream("metrics/nodes");
    long step = plan.spec().window().step().toSeconds();
    List<ServiceProfile> services = plan.spec().system().traced().stream()
        .filter(p -> p.placement() != null).toList();
    Map<String, double[]> totals = new LinkedHashMap<>();
    for (ServiceProfile p : services) {
      totals.put(p.name(), new double[] {Math.rint(1e6 + rnd.nextDouble() * 1e8),
          Math.rint(1e3 + rnd.nextDouble() * 1e5)});
    }
    for (Instant t : plan.sampleTimes()) {
      for (ServiceProfile p : services) {
        ServiceState s = load.at(p.name(), t);
        double[] total = totals.get(p.name());
        total[1] += Math.rint(s.retransPerSecond() * step * Math.max(0, 1 + 0.2 * rnd.nextGaussian()));
        String node = p.placement().node();
        Map<String, String> fs = labels(p, "node", node, "fstype", "xfs", "mountpoint", "/");
        om.sample("node_filesystem_avail_bytes", "node_filesystem_avail_bytes", fs,
            Math.rint(Math.max(0, s.diskAvailBytes() + 2e6 * rnd.nextGaussian())), t);
        Map<String, String> net = labels(p, "node", node);
        om.sample("node_netstat_Tcp_RetransSegs", "node_netstat_Tcp_RetransSegs", net, total[1], t);
      }
    }
    return om.render();
  }

  private static Map<String, String> labels(ServiceProfile p, String... kv) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("service", p.name());
    out.put("namespace", AlertmanagerPayloadWriter.NAMESPACE);
    for (int i = 0; i < kv.length; i += 2) {
      out.put(kv[i], kv[i + 1]);
    }
    return out;
  }
}
