package dev.rca.benchmarks.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateBundlesTest {
  @TempDir Path out;

  @Test
  void writesOneBundlePerKindAndSeedNamedBySeedWhenCounting() {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    List<BundleSummary> written = GenerateBundles.run(new String[] {"--out", out.toString(),
        "--seed", "3", "--kinds", "deploy", "--count", "2", "--before", "15", "--after", "10",
        "--step", "60"}, new PrintStream(text, true, StandardCharsets.UTF_8));
    assertThat(written).extracting(s -> s.directory().getFileName().toString())
        .containsExactly("deploy-regression-3", "deploy-regression-4");
    assertThat(out.resolve("deploy-regression-3/incident.json")).isRegularFile();
    assertThat(text.toString(StandardCharsets.UTF_8)).contains("deploy-regression-4");
  }

  @Test
  void rejectsUnknownKindNamingTheKnownOnes() {
    assertThatThrownBy(() -> GenerateBundles.run(new String[] {"--out", out.toString(), "--kinds",
        "solar-flare"}, System.out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("solar-flare").hasMessageContaining("config, deploy, invisible");
  }

  @Test
  void rejectsTheUnknownKindAsAVisibleFault() {
    ScenarioSpec spec = ScenarioSpec.builder("unknown-1",
        new Fault(dev.rca.api.model.CauseKind.UNKNOWN, "cart", true)).build();
    assertThatThrownBy(() -> new IncidentBundleGenerator().generate(spec, out))
        .hasMessageContaining("unknown cannot be simulated");
  }

  @Test
  void ciProfileNamesBundlesByNumberOnly() {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    List<BundleSummary> written = GenerateBundles.run(new String[] {"--out", out.toString(),
        "--seed", "5", "--kinds", "memory,certificate", "--count", "1", "--profile", "ci"},
        new PrintStream(text, true, StandardCharsets.UTF_8));
    assertThat(written).extracting(s -> s.directory().getFileName().toString())
        .containsExactly("incident-0001", "incident-0002");
    assertThat(out.resolve("incident-0002/truth.json")).isRegularFile();
  }

  @Test
  void benchmarkProfileRejectsAKindOutsideTheSuite() {
    assertThatThrownBy(() -> GenerateBundles.run(new String[] {"--out", out.toString(), "--kinds",
        "solar-flare", "--profile", "benchmark"}, System.out))
        .hasMessageContaining("solar-flare").hasMessageContaining("external_dependency");
  }
}
