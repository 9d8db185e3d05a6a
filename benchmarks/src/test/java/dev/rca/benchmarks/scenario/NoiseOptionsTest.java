package dev.rca.benchmarks.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rca.api.model.CauseKind;
import dev.rca.api.model.Signal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoiseOptionsTest {
  @TempDir Path out;

  private Path generate(Noise noise) {
    ScenarioSpec base = BenchmarkSuite.spec("cpu", 77, "n", BenchmarkSuite.Profile.CI);
    ScenarioSpec spec = ScenarioSpec.builder("n", base.fault()).seed(77).system(base.system())
        .window(SampleWindow.coarse()).volume(base.volume()).noise(noise).build();
    return new IncidentBundleGenerator().generate(spec, out).directory();
  }

  private static List<JsonNode> changes(Path dir) {
    List<JsonNode> all = new ArrayList<>();
    for (Path f : BundleFiles.files(dir.resolve("changes"), ".json")) {
      JsonNode node = BundleFiles.json(f);
      (node.isArray() ? node : List.of(node)).forEach(all::add);
    }
    return all;
  }

  @Test
  void clusteredChangesPutTwoInnocentChangesWithinFiveMinutes() {
    List<Instant> at = changes(generate(Noise.none().withClusteredChanges(true))).stream()
        .map(e -> Instant.parse(e.path("context").path("timestamp").asText())).sorted().toList();
    assertThat(at).hasSize(2);
    assertThat(at.get(1).getEpochSecond() - at.get(0).getEpochSecond()).isLessThan(300);
    assertThat(changes(generate(Noise.none()))).isEmpty();
  }

  @Test
  void unrelatedConfigMergesAreMergesOnOtherServices() {
    Path dir = generate(Noise.none().withUnrelatedConfigMerges(2));
    List<JsonNode> merges = changes(dir);
    assertThat(merges).hasSize(2).allSatisfy(e ->
        assertThat(e.path("context").path("type").asText()).startsWith("dev.cdevents.change.merged"));
  }

  @Test
  void alertStormFiresDozensOfAlertsMostlyOffTheCulprit() {
    Path dir = generate(Noise.none().withAlertStorm(true));
    JsonNode alerts = BundleFiles.json(dir.resolve("incident.json")).path("alerts");
    assertThat(alerts.size()).isGreaterThanOrEqualTo(12);
    assertThat(generate(Noise.none()).resolve("incident.json")).isRegularFile();
    assertThat(BundleFiles.json(out.resolve("n/incident.json")).path("alerts").size())
        .isLessThan(alerts.size());
  }

  @Test
  void missingSignalsLeaveTheirFilesOut() {
    Path dir = generate(Noise.none().withMissing(Set.of(Signal.TRACES)).withoutTopology(true)
        .withServicesWithoutMetrics(1));
    assertThat(dir.resolve("traces")).doesNotExist();
    assertThat(dir.resolve("topology.json")).doesNotExist();
    long apps = BenchmarkSuite.spec("cpu", 77, "n", BenchmarkSuite.Profile.CI).system().instrumented().size();
    assertThat(BundleFiles.files(dir.resolve("metrics"), ".om"))
        .hasSize((int) apps - 1 + 2);
  }

  @Test
  void noisyServiceLogsErrorsLongBeforeTheFault() {
    ScenarioSpec base = BenchmarkSuite.spec("disk", 78, "m", BenchmarkSuite.Profile.CI);
    String noisy = base.system().traced().stream().map(p -> p.name())
        .filter(s -> !s.equals(base.fault().service())).findFirst().orElseThrow();
    ScenarioSpec spec = ScenarioSpec.builder("m", Fault.of(CauseKind.DISK, base.fault().service()))
        .seed(78).system(base.system()).window(SampleWindow.coarse()).volume(new Volume(4, 0.2, 30))
        .noise(Noise.none().withNoisyService(noisy)).build();
    Path dir = new IncidentBundleGenerator().generate(spec, out).directory();
    String noisyLogs = SuiteBundlesTest.read(dir.resolve("logs/" + noisy + ".json"));
    assertThat(noisyLogs).containsAnyOf("refresh failed", "ml-ranker");
  }
}
