package dev.rca.benchmarks.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the library run in-process on the repository's example bundles, then scored. */
class ExampleBundlesScoringTest {
  @TempDir
  Path reportDir;

  @Test
  void everyExampleBundleIsRightOnEveryMeasure() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code = ScoreBundles.run(new String[] {"--bundles", exampleBundles().toString(),
        "--report-dir", reportDir.toString(), "--format", "json",
        "--check", "ac1>=1,ac3>=1,kind>=1,change>=1,wrong<=0"},
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    String stderr = err.toString(StandardCharsets.UTF_8);
    assertThat(code).as(stderr).isZero();
    JsonNode score = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(score.path("bundles").findValuesAsText("bundle"))
        .containsExactly("config-pool-cascade", "deploy-regression", "invisible-cause");
    assertThat(score.path("bundles").findValuesAsText("status"))
        .containsExactly("CONFIDENT", "CONFIDENT", "INSUFFICIENT_EVIDENCE");
    assertThat(score.at("/bundles/0/top/0/service").asText()).isEqualTo("payments");
    assertThat(score.at("/bundles/1/top/0/service").asText()).isEqualTo("cart");
    assertThat(score.at("/overall/avg5").asDouble()).isEqualTo(1.0);
    assertThat(score.at("/overall/changeBundles").asInt()).isEqualTo(2);
    assertThat(score.path("checkFailures")).isEmpty();
    for (String name : new String[] {"config-pool-cascade", "deploy-regression", "invisible-cause"}) {
      ReportAnswer written = ReportAnswer.read(reportDir.resolve(name + ".json"), name);
      assertThat(written.problem()).as(name).isNull();
    }
  }

  private static Path exampleBundles() {
    Path at = Path.of("").toAbsolutePath();
    while (at != null) {
      Path bundles = at.resolve("rca-examples/bundles");
      if (Files.isDirectory(bundles)) {
        return bundles;
      }
      at = at.getParent();
    }
    throw new IllegalStateException("no rca-examples/bundles above " + Path.of("").toAbsolutePath());
  }
}
