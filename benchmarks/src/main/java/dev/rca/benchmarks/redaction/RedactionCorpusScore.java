package dev.rca.benchmarks.redaction;

import dev.rca.redaction.RuleRedactor;
import dev.rca.redaction.score.CorpusScore;
import dev.rca.redaction.score.LabelledCorpus;
import dev.rca.redaction.score.LineFalsePositives;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Scores the built-in rules: recall on the labelled corpus, and false positives on the Loghub
 * samples with IP redaction off. Exits 1 below the bars (recall 99%, false positives 1%).
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.rca.benchmarks.redaction.RedactionCorpusScore \
 *     [rca-redaction/src/test/resources/corpus/labelled.tsv] [../shared/datasets/loghub-2k]
 * }</pre>
 */
public final class RedactionCorpusScore {
  private RedactionCorpusScore() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args.length > 0 ? args[0]
        : "rca-redaction/src/test/resources/corpus/labelled.tsv");
    Path loghub = Path.of(args.length > 1 ? args[1] : "../shared/datasets/loghub-2k");
    CorpusScore score = CorpusScore.of(RuleRedactor.withBuiltInRules(),
        LabelledCorpus.read(corpus));
    System.out.println("corpus " + corpus + ": " + score.summary());
    score.misses().forEach(m -> System.out.println("  " + m));
    boolean ok = score.recall() >= 0.99;
    if (Files.isDirectory(loghub)) {
      List<Path> files;
      try (Stream<Path> s = Files.list(loghub)) {
        files = s.filter(Files::isDirectory).sorted()
            .map(d -> d.resolve(d.getFileName() + "_2k.log")).filter(Files::isRegularFile)
            .toList();
      }
      for (Path f : files) {
        LineFalsePositives one = LineFalsePositives.of(
            RuleRedactor.builder().ipAddresses(false).build(), List.of(f));
        System.out.println("  " + f.getFileName() + ": " + one.summary());
      }
      LineFalsePositives fp = LineFalsePositives.of(
          RuleRedactor.builder().ipAddresses(false).build(), files);
      System.out.println("loghub " + loghub + " (ip_addresses off): " + fp.summary());
      fp.examples().forEach(e -> System.out.println("  " + e));
      ok &= fp.rate() < 0.01;
    } else {
      System.out.println("loghub: " + loghub + " not found, skipped");
    }
    System.exit(ok ? 0 : 1);
  }
}
