package dev.rca.benchmarks.scoring;

import static dev.rca.benchmarks.scoring.ReportFixtures.invisibleTruthJson;
import static dev.rca.benchmarks.scoring.ReportFixtures.reportJson;
import static dev.rca.benchmarks.scoring.ReportFixtures.truthJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreBundlesTest {
  @TempDir
  Path dir;

  private Path bundles;
  private Path reports;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /**
   * Bundles whose incident.json is not a usable trigger: were the library run on them, every
   * report would be an ERROR, so a scored CONFIDENT proves the reports were read instead.
   */
  @BeforeEach
  void writeBundlesAndReports() throws IOException {
    bundles = dir.resolve("bundles");
    reports = dir.resolve("reports");
    bundle("a-config", truthJson("payments", "config", "c-1"));
    bundle("run-2/b-deploy", truthJson("cart", "deploy", "d-1"));
    bundle("c-invisible", invisibleTruthJson());
    bundle("d-no-truth", null);
    report("a-config", reportJson("CONFIDENT", "payments/config/c-1@0.93"));
    report("run-2/b-deploy", reportJson("CONFIDENT", "checkout/database@0.8", "cart/deploy/d-1@0.4"));
  }

  @Test
  void scoresExistingReportsWithoutRunningTheLibrary() throws IOException {
    int code = run("--bundles", bundles.toString(), "--reports", reports.toString(),
        "--format", "json");

    assertThat(code).isZero();
    JsonNode score = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(score.at("/overall/bundles").asInt()).isEqualTo(3);
    assertThat(score.at("/overall/ac1").asDouble()).isEqualTo(1 / 3.0);
    assertThat(score.at("/overall/ac3").asDouble()).isEqualTo(2 / 3.0);
    assertThat(score.at("/overall/confidentlyWrong").asInt()).isEqualTo(1);
    assertThat(score.at("/overall/statuses/CONFIDENT").asInt()).isEqualTo(2);
    assertThat(score.at("/overall/statuses/MISSING").asInt())
        .as("a bundle without a report is a miss, not left out").isEqualTo(1);
    assertThat(score.path("bundles").findValuesAsText("bundle"))
        .containsExactly("a-config", "c-invisible", "run-2/b-deploy");
    assertThat(score.at("/timing/totalMs").asLong()).as("from the reports' timings").isEqualTo(240);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("skipped d-no-truth");
  }

  @Test
  void exitsOneWhenAThresholdFailsAndZeroWhenEveryOneHolds() {
    assertThat(run("--bundles", bundles.toString(), "--reports", reports.toString(),
        "--check", "ac1>=0.9,wrong<=0.02")).isEqualTo(ScoreBundles.THRESHOLD_FAILED);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("- FAILED ac1 = 0.3333, needs >= 0.9")
        .contains("- FAILED wrong = 0.3333, needs <= 0.02");

    assertThat(run("--bundles", bundles.toString(), "--reports", reports.toString(),
        "--check", "ac3>=0.6,wrong<=0.34")).isZero();
  }

  @Test
  void markdownTablesComeBeforeTheMissesWhichAreCapped() {
    run("--bundles", bundles.toString(), "--reports", reports.toString(), "--misses", "1");

    String md = out.toString(StandardCharsets.UTF_8);
    assertThat(md).contains("| **overall** | 3 | 33.3% | 66.7% |")
        .contains("| invisible | 1 | 0.0% |")
        .contains("**Precision at confidence >= 0.75: 50.0%** (1 of 2 right")
        .contains("### Misses (2 of 3)")
        .contains("- `c-invisible`: truth INSUFFICIENT_EVIDENCE")
        .contains("- … 1 more (raise --misses to list them)")
        .doesNotContain("`run-2/b-deploy`");
    assertThat(md.indexOf("### Reliability")).isLessThan(md.indexOf("### Misses"));
  }

  @Test
  void bundleTheLibraryCannotOpenIsScoredAsAMissAndTheRunGoesOn() throws IOException {
    Path one = dir.resolve("one");
    Files.createDirectories(one.resolve("broken"));
    Files.writeString(one.resolve("broken/incident.json"), "{\"alerts\": [");
    Files.writeString(one.resolve("broken/truth.json"), truthJson("cart", "deploy", null));

    int code = run("--bundles", one.toString(), "--format", "json");

    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"status\" : \"ERROR\"")
        .contains("\"ac1\" : false");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("[score] 1/1 broken ERROR");
  }

  @Test
  void aBundleDirectoryGivenDirectlyIsTheOnlyBundle() {
    run("--bundles", bundles.resolve("a-config").toString(), "--reports", reports.toString());

    assertThat(out.toString(StandardCharsets.UTF_8)).contains("| **overall** | 1 | 100.0% |");
  }

  @Test
  void usageErrorsExitTwoAndSayWhy() {
    assertThat(run("--reports", reports.toString())).isEqualTo(ScoreBundles.UNUSABLE);
    assertThat(run("--bundles", bundles.toString(), "--reports", reports.toString(),
        "--min-confidence", "0.8")).isEqualTo(ScoreBundles.UNUSABLE);
    assertThat(run("--bundles", bundles.toString(), "--jobs", "0"))
        .isEqualTo(ScoreBundles.UNUSABLE);
    assertThat(run("--bundles", bundles.toString(), "--format", "html"))
        .isEqualTo(ScoreBundles.UNUSABLE);
    assertThat(run("--bundles", dir.resolve("nowhere").toString()))
        .isEqualTo(ScoreBundles.UNUSABLE);
    assertThat(run("--bundles", bundles.resolve("d-no-truth").toString()))
        .isEqualTo(ScoreBundles.UNUSABLE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--bundles DIR is required")
        .contains("apply only when the library runs")
        .contains("--jobs must be 1 to 256")
        .contains("--format is markdown or json")
        .contains("not a directory")
        .contains("no bundle with a usable truth.json");
  }

  @Test
  void helpPrintsUsageAndSucceeds() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage: ScoreBundles");
  }

  private int run(String... args) {
    return ScoreBundles.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private void bundle(String name, String truth) throws IOException {
    Path b = Files.createDirectories(bundles.resolve(name));
    Files.writeString(b.resolve("incident.json"), "not a trigger");
    if (truth != null) {
      Files.writeString(b.resolve("truth.json"), truth);
    }
  }

  private void report(String name, String json) throws IOException {
    Path file = reports.resolve(name + ".json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, json);
  }
}
