package dev.rca.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rca.redaction.score.CorpusScore;
import dev.rca.redaction.score.LabelledCorpus;
import dev.rca.redaction.score.LineFalsePositives;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RedactionCorpusTest {
  static final Path CORPUS = Path.of("src/test/resources/corpus/labelled.tsv");

  @Test
  void catchesAtLeast99PercentOfLabelledSecretsAndLeavesCleanLinesAlone() throws IOException {
    CorpusScore score = CorpusScore.of(RuleRedactor.withBuiltInRules(),
        LabelledCorpus.read(CORPUS));
    assertThat(score.values()).as("labelled values").isGreaterThan(400);
    assertThat(score.recall()).as(score.summary() + "\n" + String.join("\n", score.misses()))
        .isGreaterThanOrEqualTo(0.99);
    assertThat(score.cleanChanged()).as(String.join("\n", score.misses())).isZero();
  }

  @Test
  void everyBuiltInRuleCategoryIsInTheCorpus() throws IOException {
    List<String> categories = LabelledCorpus.read(CORPUS).cases().stream()
        .map(LabelledCorpus.Case::category).distinct().toList();
    assertThat(categories).containsAll(RuleRedactor.builtInRuleIds().stream()
        .filter(id -> !id.equals("bearer-token") && !id.equals("cli-secret-flag")).toList());
  }

  @Test
  void changesFewerThanOnePercentOfLoghubLinesWithIpRedactionOff() throws IOException {
    Path loghub = loghub();
    if (loghub == null) {
      assertThat(System.getenv("CI")).as("shared/datasets/loghub-2k is required under CI=true")
          .isNotEqualTo("true");
      assumeTrue(false, "shared/datasets/loghub-2k not found beside the repository");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(loghub)) {
      files = s.filter(Files::isDirectory).sorted()
          .map(d -> d.resolve(d.getFileName() + "_2k.log")).filter(Files::isRegularFile).toList();
    }
    assertThat(files).hasSizeGreaterThan(10);
    LineFalsePositives fp = LineFalsePositives.of(
        RuleRedactor.builder().ipAddresses(false).build(), files);
    assertThat(fp.lines()).isGreaterThan(20_000);
    assertThat(fp.rate()).as(fp.summary() + "\n" + String.join("\n", fp.examples()))
        .isLessThan(0.01);
  }

  /** {@code ../shared} from the repository root, the layout CI checks out. */
  static @Nullable Path loghub() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("mvnw")) && Files.isDirectory(p.resolve("rca-redaction"))) {
        Path beside = p.resolve("../shared/datasets/loghub-2k").normalize();
        if (Files.isDirectory(beside)) {
          return beside;
        }
        Path workplace = Path.of("/work/shared/datasets/loghub-2k");
        return Files.isDirectory(workplace) ? workplace : null;
      }
    }
    return null;
  }
}
