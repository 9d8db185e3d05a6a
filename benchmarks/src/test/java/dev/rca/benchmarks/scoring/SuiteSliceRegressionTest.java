package dev.rca.benchmarks.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rca.benchmarks.scenario.GenerateBundles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The regression gate CI runs: a fresh slice of the benchmark suite (two incidents of every kind,
 * from a seed the engine was never looked at on) must keep the accuracy the full suite shows,
 * with some room for the noise of 24 bundles. The full suite is a benchmark command
 * (see benchmarks/README.md), not a test.
 */
class SuiteSliceRegressionTest {
  @TempDir Path dir;

  @Test
  void aFreshSliceOfEveryKindKeepsTheAccuracyGate() {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    PrintStream stdout = System.out;
    try {
      System.setOut(quiet);
      GenerateBundles.main(new String[] {"--out", dir.toString(), "--seed", "20261121",
          "--profile", "ci"});
    } finally {
      System.setOut(stdout);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = ScoreBundles.run(new String[] {"--bundles", dir.toString(), "--jobs", "2",
        "--check", "ac1>=0.8,ac3>=0.85,wrong<=0.05"},
        new PrintStream(out, true, StandardCharsets.UTF_8), quiet);
    assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
  }
}
