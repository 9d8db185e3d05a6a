package dev.rca.benchmarks.scenario;

import dev.rca.api.model.Signal;
import dev.rca.benchmarks.scenario.simulation.IncidentPlan;
import dev.rca.benchmarks.scenario.simulation.IncidentPlanner;
import dev.rca.benchmarks.scenario.simulation.ServiceLoad;
import dev.rca.benchmarks.scenario.write.AlertmanagerPayloadWriter;
import dev.rca.benchmarks.scenario.write.CdEventsWriter;
import dev.rca.benchmarks.scenario.write.LokiPushWriter;
import dev.rca.benchmarks.scenario.write.OpenMetricsWriter;
import dev.rca.benchmarks.scenario.write.OtlpTraceWriter;
import dev.rca.benchmarks.scenario.write.TopologyWriter;
import dev.rca.benchmarks.scenario.write.TruthWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes one incident bundle per scenario, in the layout of {@code incident-bundle.md}. The same
 * spec always produces byte-identical files.
 *
 * <pre>{@code
 * BundleSummary s = new IncidentBundleGenerator()
 *     .generate(ScenarioCatalog.configPoolCascade(7), Path.of("bundles"));
 * }</pre>
 */
public final class IncidentBundleGenerator {
  /** What the generator writes; only these are removed when a bundle is regenerated. */
  private static final List<String> OWNED = List.of("incident.json", "topology.json",
      "truth.json", "logs", "metrics", "traces", "changes");

  /**
   * Writes the bundle into {@code parent/<spec.name()>}, replacing a bundle already there.
   *
   * @throws IllegalStateException when that directory holds files but no {@code incident.json},
   *     so that a wrong path never gets its contents deleted
   */
  public BundleSummary generate(ScenarioSpec spec, Path parent) {
    Path dir = parent.resolve(spec.name());
    prepare(dir);
    IncidentPlan plan = IncidentPlanner.plan(spec);
    ServiceLoad load = new ServiceLoad(plan);
    Set<Signal> missing = spec.noise().missingSignals();
    AlertmanagerPayloadWriter.write(plan, dir);
    if (!spec.noise().withoutTopology()) {
      TopologyWriter.write(spec.system(), dir);
    }
    long lines = missing.contains(Signal.LOGS) ? 0 : LokiPushWriter.write(plan, load, dir);
    if (!missing.contains(Signal.METRICS)) {
      OpenMetricsWriter.write(plan, load, dir);
    }
    long spans = missing.contains(Signal.TRACES) ? 0 : OtlpTraceWriter.write(plan, load, dir);
    if (!missing.contains(Signal.CHANGES)) {
      CdEventsWriter.write(plan, dir);
    }
    TruthWriter.write(plan, dir);
    return new BundleSummary(dir, plan.onset(), plan.from(), plan.to(), plan.alerts().size(),
        plan.changes().size(), lines, spans, size(dir));
  }

  private static void prepare(Path dir) {
    try {
      if (Files.isDirectory(dir)) {
        boolean empty;
        try (Stream<Path> s = Files.list(dir)) {
          empty = s.findAny().isEmpty();
        }
        if (!empty && !Files.exists(dir.resolve("incident.json"))) {
          throw new IllegalStateException(dir + " is not empty and holds no incident.json;"
              + " refusing to overwrite it, choose another --out");
        }
        for (String name : OWNED) {
          delete(dir.resolve(name));
        }
      }
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + dir, e);
    }
  }

  private static void delete(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static long size(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot measure " + dir, e);
    }
  }
}
