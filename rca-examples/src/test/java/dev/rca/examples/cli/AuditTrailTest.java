package dev.rca.examples.cli;

import dev.rca.examples.ExampleBundles;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditTrailTest {
  @TempDir Path tmp;

  @Test
  void investigationsAppendToTheAuditLogAndTheVerifierCatchesAnEdit() throws Exception {
    Path log = tmp.resolve("audit.jsonl");
    String bundle = ExampleBundles.example("deploy-regression").toString();
    for (int i = 0; i < 2; i++) {
      assertThat(CliRun.of("investigate", "--bundle", bundle, "--audit", log.toString()).exit())
          .isZero();
    }
    assertThat(Files.readAllLines(log)).hasSize(2);
    CliRun ok = CliRun.of("verify-audit", log.toString());
    assertThat(ok.exit()).isZero();
    assertThat(ok.out()).startsWith("intact");

    List<String> lines = new ArrayList<>(Files.readAllLines(log));
    lines.set(0, lines.get(0).replace("CONFIDENT", "NEEDS_REVIEW"));
    Files.write(log, lines);
    CliRun broken = CliRun.of("verify-audit", log.toString());
    assertThat(broken.exit()).isEqualTo(1);
    assertThat(broken.err()).contains("line");
  }
}
