package dev.rca.benchmarks.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rca.benchmarks.scenario.simulation.Impact;
import dev.rca.benchmarks.scenario.simulation.IncidentPlan;
import dev.rca.benchmarks.scenario.simulation.IncidentPlanner;
import dev.rca.benchmarks.scenario.simulation.Symptom;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One CI-profile bundle per kind, generated once and checked against the bundle contract. */
class SuiteBundlesTest {
  private static final Pattern SAMPLE = Pattern.compile(
      "[a-zA-Z_:][a-zA-Z0-9_:]*\\{service=\"[^\"]+\"(,[a-zA-Z_]+=\"(?:[^\"\\\\]|\\\\.)*\")*\\}"
          + " (-?[0-9.]+|NaN) [0-9]{10}");

  @TempDir static Path out;
  private static final Map<String, ScenarioSpec> SPECS = new LinkedHashMap<>();

  @BeforeAll
  static void generateOnePerKind() {
    IncidentBundleGenerator generator = new IncidentBundleGenerator();
    int i = 0;
    for (String kind : BenchmarkSuite.KINDS) {
      ScenarioSpec spec = BenchmarkSuite.spec(kind, 900 + i, "b-" + i, BenchmarkSuite.Profile.CI);
      generator.generate(spec, out);
      SPECS.put(kind, spec);
      i++;
    }
  }

  private static Path dir(String kind) {
    return out.resolve(SPECS.get(kind).name());
  }

  @Test
  void everyKindWritesFilesThatParseAsTheirWireFormats() {
    for (String kind : BenchmarkSuite.KINDS) {
      Path dir = dir(kind);
      JsonNode incident = BundleFiles.json(dir.resolve("incident.json"));
      assertThat(incident.path("version").asText()).as(kind).isEqualTo("4");
      assertThat(incident.path("alerts")).as(kind).isNotEmpty();
      for (Path f : BundleFiles.files(dir.resolve("logs"), ".json")) {
        for (JsonNode stream : BundleFiles.json(f).path("streams")) {
          assertThat(stream.path("stream").path("service").asText()).as(f.toString()).isNotEmpty();
          stream.path("values").forEach(v -> assertThat(v.get(0).asText()).matches("[0-9]{19}"));
        }
      }
      for (Path f : BundleFiles.files(dir.resolve("metrics"), ".om")) {
        List<String> lines = BundleFiles.lines(f);
        assertThat(lines.get(lines.size() - 1)).as(f.toString()).isEqualTo("# EOF");
        lines.stream().filter(l -> !l.startsWith("#"))
            .forEach(l -> assertThat(SAMPLE.matcher(l).matches()).as(f + ": " + l).isTrue());
      }
      for (Path f : BundleFiles.files(dir.resolve("traces"), ".json")) {
        JsonNode rs = BundleFiles.json(f).path("resourceSpans").get(0);
        assertThat(rs.path("resource").toString()).contains("service.name");
      }
      for (Path f : BundleFiles.files(dir.resolve("changes"), ".json")) {
        JsonNode node = BundleFiles.json(f);
        for (JsonNode e : node.isArray() ? node : List.of(node)) {
          assertThat(e.path("context").path("id").asText()).as(f.toString()).isNotEmpty();
          assertThat(e.path("context").path("type").asText()).startsWith("dev.cdevents");
        }
      }
    }
  }

  @Test
  void culpritsOwnAnomalyStartsBeforeItsCallersFail() {
    for (String kind : BenchmarkSuite.KINDS) {
      IncidentPlan plan = IncidentPlanner.plan(SPECS.get(kind));
      Impact culprit = plan.impacts().get(0);
      assertThat(culprit.service()).as(kind).isEqualTo(SPECS.get(kind).fault().service());
      for (Impact i : plan.impacts()) {
        if (i.symptom() == Symptom.UPSTREAM_FAILURE) {
          assertThat(culprit.start()).as(kind + ": " + i.service()).isBefore(i.start());
        }
      }
    }
  }

  @Test
  void resourceFaultsLeaveTheirOwnSignalsOnTheCulprit() throws IOException {
    String memory = SPECS.get("memory").fault().service();
    assertThat(Files.readString(dir("memory").resolve("metrics/kubernetes.om")))
        .contains("reason=\"OOMKilled\"").contains("pod=\"" + memory + "-");
    String db = SPECS.get("database").fault().service();
    assertThat(Files.readString(dir("database").resolve("metrics/" + db + ".om")))
        .contains("pg_locks_count{service=\"" + db + "\"");
    String cert = SPECS.get("certificate").fault().service();
    String callerLogs = String.join("\n", BundleFiles.files(dir("certificate").resolve("logs"), ".json")
        .stream().filter(f -> !f.getFileName().toString().equals(cert + ".json"))
        .map(SuiteBundlesTest::read).toList());
    assertThat(callerLogs).containsAnyOf("x509: certificate has expired", "PKIX path validation failed",
        "certificate verify error");
  }

  @Test
  void noFileButTruthNamesTheKindOrTheCulprit() {
    for (String kind : BenchmarkSuite.KINDS) {
      for (Path f : BundleFiles.files(dir(kind), "")) {
        String text = read(f);
        assertThat(text).as(f.toString()).doesNotContain("culprit", "scenarioKind", "expectedStatus",
            "fault=", "kind=\"" + kind, "contended-hosts", "packet-loss-before-edge");
      }
    }
  }

  @Test
  void sameSeedWritesIdenticalBytes(@TempDir Path other) throws IOException {
    ScenarioSpec spec = SPECS.get("capacity");
    new IncidentBundleGenerator().generate(spec, other);
    for (Path f : BundleFiles.files(dir("capacity"), "")) {
      Path twin = other.resolve(spec.name()).resolve(dir("capacity").relativize(f));
      assertThat(Files.readAllBytes(twin)).as(f.toString()).isEqualTo(Files.readAllBytes(f));
    }
  }

  static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
