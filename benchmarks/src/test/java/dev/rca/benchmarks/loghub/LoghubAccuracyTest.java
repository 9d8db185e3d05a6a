package dev.rca.benchmarks.loghub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.rca.analysis.logs.TemplateMiner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Our miner against published Drain on a few Loghub-2k data sets, including Drain's weak spots. */
class LoghubAccuracyTest {
  private static final Set<String> CHOSEN = Set.of("HDFS", "Linux", "Proxifier", "OpenSSH");

  @Test
  void minerWithDefaultsReachesPublishedDrainAccuracy() throws IOException {
    Path dir = LoghubBenchmark.defaultDataDir();
    if (dir == null || !Files.isRegularFile(dir.resolve("SETTINGS.json"))) {
      String message = "Loghub-2k not found at " + dir + " (expected ../shared/datasets/loghub-2k beside the repository)";
      if ("true".equals(System.getenv("CI"))) {
        fail(message);
      }
      Assumptions.abort(message + "; skipped outside CI");
    }
    int checked = 0;
    for (LoghubDataset d : LoghubDataset.load(dir)) {
      if (!CHOSEN.contains(d.name())) {
        continue;
      }
      ParsedLog log = ParsedLog.read(d, dir, LoghubDataset.Labels.ORIGINAL);
      List<String> truth = StructuredCsv.column(d.truth(dir, LoghubDataset.Labels.ORIGINAL), "EventId");
      GroupingScore score = GroupingScore.of(MiningRun.clusters(log.contents(), TemplateMiner.ofDefaults()), truth);
      assertThat(score.accuracy()).as(d.name() + " GA").isGreaterThanOrEqualTo(PublishedDrain.original(d.name()));
      checked++;
    }
    assertThat(checked).isEqualTo(CHOSEN.size());
  }
}
