package dev.rca.benchmarks.scenario.write;

import dev.rca.benchmarks.scenario.simulation.IncidentPlan;
import dev.rca.benchmarks.scenario.simulation.ServiceLoad;
import dev.rca.benchmarks.scenario.simulation.ServiceState;
import dev.rca.benchmarks.scenario.system.ServiceProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Writes {@code metrics/<service>.om} with each service's application metrics in its exporter's
 * naming, and {@code metrics/kubernetes.om} with what cAdvisor and kube-state-metrics report for
 * every service (CPU, memory working set, replicas).
 *
 * <pre>{@code
 * OpenMetricsWriter.write(plan, new ServiceLoad(plan), bundleDir);
 * }</pre>
 */
public final class OpenMetricsWriter {
  private OpenMetricsWriter() {}

  public static void write(IncidentPlan plan, ServiceLoad load, Path bundle) {
    Path dir = bundle.resolve("metrics");
    java.util.Set<String> silent = silent(plan);
    for (ServiceProfile p : plan.spec().system().instrumented()) {
      if (!silent.contains(p.name())) {
        text(dir.resolve(p.name() + ".om"), new ServiceMetrics(plan, load, p).render());
      }
    }
    if (plan.spec().system().placed()) {
      text(dir.resolve("kubernetes.om"), ClusterMetrics.kubernetes(plan, load));
      text(dir.resolve("nodes.om"), ClusterMetrics.nodes(plan, load));
    } else {
      text(dir.resolve("kubernetes.om"), cluster(plan, load));
    }
  }

  /** Innocent services that export no application metrics of their own, as the noise asks. */
  static java.util.Set<String> silent(IncidentPlan plan) {
    int n = plan.spec().noise().servicesWithoutMetrics();
    if (n == 0) {
      return java.util.Set.of();
    }
    List<String> innocent = new java.util.ArrayList<>(plan.spec().system().traced().stream()
        .map(ServiceProfile::name).filter(s -> !s.equals(plan.spec().fault().service())).toList());
    RandomGenerator rnd = plan.streams().stream("metrics/silent");
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    while (out.size() < n && !innocent.isEmpty()) {
      out.add(innocent.remove(rnd.nextInt(innocent.size())));
    }
    return out;
  }

  private static String cluster(IncidentPlan plan, ServiceLoad load) {
    OpenMetricsText om = new OpenMetricsText();
    om.family("container_cpu_usage_seconds", "counter", null, "Cumulative cpu time consumed in seconds.");
    om.family("container_memory_working_set_bytes", "gauge", null, "Current working set in bytes.");
    om.family("kube_deployment_status_replicas_available", "gauge", null,
        "The number of available replicas per deployment.");
    RandomGenerator rnd = plan.streams().stream("metrics/kubernetes");
    long step = plan.spec().window().step().toSeconds();
    List<ServiceProfile> services = plan.spec().system().instrumented();
    Map<String, Double> cpu = new LinkedHashMap<>();
    for (ServiceProfile p : services) {
      cpu.put(p.name(), Math.rint(20_000 + rnd.nextDouble() * 200_000) / 10);
    }
    for (Instant t : plan.sampleTimes()) {
      for (ServiceProfile p : services) {
        ServiceState s = load.at(p.name(), t);
        Map<String, String> container = labels(p, "container", p.name());
        Map<String, String> deployment = labels(p, "deployment", p.name());
        double used = cpu.merge(p.name(), s.cpuCores() * s.replicasAvailable() * step
            * Math.max(0, 1 + 0.05 * rnd.nextGaussian()), Double::sum);
        om.sample("container_cpu_usage_seconds", "container_cpu_usage_seconds_total", container, used, t);
        om.sample("container_memory_working_set_bytes", "container_memory_working_set_bytes",
            container, Math.round(s.memoryBytes() * s.replicasAvailable()
                * (1 + 0.01 * rnd.nextGaussian())), t);
        om.sample("kube_deployment_status_replicas_available",
            "kube_deployment_status_replicas_available", deployment, s.replicasAvailable(), t);
      }
    }
    return om.render();
  }

  private static Map<String, String> labels(ServiceProfile p, String key, String value) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("service", p.name());
    out.put("namespace", AlertmanagerPayloadWriter.NAMESPACE);
    out.put(key, value);
    return out;
  }

  private static void text(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
