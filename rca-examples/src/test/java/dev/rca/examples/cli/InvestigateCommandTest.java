package dev.rca.examples.cli;

import dev.rca.examples.ExampleBundles;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvestigateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> KINDS = Set.of("deploy", "config", "feature_flag", "cpu",
      "memory", "disk", "network", "database", "certificate", "external_dependency", "capacity",
      "unknown");

  @TempDir Path tmp;

  private static JsonNode json(CliRun run) throws Exception {
    assertThat(run.exit()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  private static JsonNode source(JsonNode report, String signal) {
    for (JsonNode s : report.get("sources")) {
      if (s.get("signal").asText().equals(signal)) {
        return s;
      }
    }
    throw new AssertionError("no " + signal + " source in " + report.get("sources"));
  }

  @Test
  void printsAContractReportForEachExampleBundle() throws Exception {
    for (String name : List.of("config-pool-cascade", "deploy-regression", "invisible-cause")) {
      CliRun run = CliRun.of("investigate", "--bundle", ExampleBundles.example(name).toString(),
          "--format", "json");
      JsonNode report = json(run);
      assertThat(report.get("status").asText())
          .isIn("CONFIDENT", "NEEDS_REVIEW", "INSUFFICIENT_EVIDENCE");
      assertThat(report.get("summary").asText()).isNotBlank();
      assertThat(report.get("hypotheses").size()).isLessThanOrEqualTo(10);
      Set<String> ids = new HashSet<>();
      for (JsonNode h : report.get("hypotheses")) {
        assertThat(h.get("kind").asText()).isIn(KINDS);
        assertThat(h.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(h.get("evidence").size()).isPositive();
        h.get("evidence").forEach(e -> ids.add(e.get("id").asText()));
      }
      assertThat(report.get("sources")).hasSize(4);
      for (String signal : List.of("LOGS", "METRICS", "TRACES", "CHANGES")) {
        assertThat(source(report, signal).get("status").asText()).isEqualTo("OK");
      }
      assertThat(report.get("timings").get("totalMs").asLong()).isNotNegative();
      assertThat(run.err()).contains("[rca] bundle-logs OK");
    }
  }

  @Test
  void markdownIsTheDefaultFormat() {
    CliRun run = CliRun.of("investigate", "--bundle", ExampleBundles.example("deploy-regression").toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("## ").contains("Sources");
  }

  @Test
  void unusableTriggerExitsNonZeroWithOneLineNamingTheFile() throws Exception {
    Path bundle = ExampleBundles.copy("deploy-regression", tmp.resolve("b"));
    Files.writeString(bundle.resolve("incident.json"), "{\"alerts\": [ {\"labels\": {} ");
    CliRun run = CliRun.of("investigate", "--bundle", bundle.toString());
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err().strip()).startsWith("rca: ").contains("incident.json").doesNotContain("\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void damagedSignalsStillYieldAReportNamingEachProblem() throws Exception {
    Path bundle = ExampleBundles.copy("config-pool-cascade", tmp.resolve("b"));
    Files.writeString(bundle.resolve("logs/zz-broken.json"), "{\"streams\": [ {\"stream\": ");
    Files.writeString(bundle.resolve("logs/zz-huge.json"), "{\"streams\":[{\"stream\":{\"service\":"
        + "\"payments\"},\"values\":[[\"" + firstLogTimestamp(bundle) + "\",\""
        + "x".repeat(5 * 1024 * 1024) + "\"]]}]}");
    Path metrics;
    try (var files = Files.list(bundle.resolve("metrics"))) {
      metrics = files.sorted().findFirst().orElseThrow();
    }
    List<String> lines = new ArrayList<>(Files.readAllLines(metrics));
    lines.add(3, "this is not a metric line {{{");
    Files.write(metrics, lines);
    deleteTree(bundle.resolve("traces"));

    JsonNode report = json(CliRun.of("investigate", "--bundle", bundle.toString(), "--format", "json"));
    JsonNode logs = source(report, "LOGS");
    assertThat(logs.get("status").asText()).isEqualTo("OK");
    assertThat(logs.get("warnings").toString()).contains("logs/zz-broken.json line 1 col");
    assertThat(source(report, "METRICS").get("warnings").toString())
        .contains("metrics/" + metrics.getFileName() + " line 4");
    assertThat(source(report, "TRACES").get("status").asText()).isEqualTo("SKIPPED");
    assertThat(source(report, "TRACES").get("error").asText()).contains("no traces/ directory");
    assertThat(report.get("hypotheses").size()).isPositive();
  }

  @Test
  void linesOutOfOrderDoNotChangeTheAnswer() throws Exception {
    Path bundle = ExampleBundles.copy("deploy-regression", tmp.resolve("b"));
    JsonNode before = json(CliRun.of("investigate", "--bundle", bundle.toString(), "--format", "json"));
    try (var files = Files.list(bundle.resolve("logs"))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        JsonNode body = JSON.readTree(f.toFile());
        for (JsonNode stream : body.get("streams")) {
          List<JsonNode> values = new ArrayList<>();
          stream.get("values").forEach(values::add);
          java.util.Collections.reverse(values);
          var arr = JSON.createArrayNode();
          values.forEach(arr::add);
          ((com.fasterxml.jackson.databind.node.ObjectNode) stream).set("values", arr);
        }
        JSON.writeValue(f.toFile(), body);
      }
    }
    JsonNode after = json(CliRun.of("investigate", "--bundle", bundle.toString(), "--format", "json"));
    assertThat(after.get("status")).isEqualTo(before.get("status"));
    assertThat(after.get("hypotheses").get(0).get("service"))
        .isEqualTo(before.get("hypotheses").get(0).get("service"));
  }

  @Test
  void configurationErrorsNameKeyAndPosition() throws Exception {
    Path config = tmp.resolve("rca.yaml");
    Files.writeString(config, "output:\n  min_confidnce: 0.8\n");
    CliRun run = CliRun.of("investigate", "--bundle",
        ExampleBundles.example("deploy-regression").toString(), "--config", config.toString());
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).contains("rca.yaml line 2").contains("min_confidnce");
  }

  @Test
  void missingArgumentsAreAUsageError() {
    assertThat(CliRun.of("investigate").exit()).isEqualTo(2);
    assertThat(CliRun.of("investigate", "--alert", "x.json").err()).contains("--config");
  }

  private static String firstLogTimestamp(Path bundle) throws Exception {
    try (var files = Files.list(bundle.resolve("logs"))) {
      Path f = files.sorted().findFirst().orElseThrow();
      return JSON.readTree(f.toFile()).get("streams").get(0).get("values").get(0).get(0).asText();
    }
  }

  private static void deleteTree(Path dir) throws Exception {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
