package dev.rca.benchmarks.loghub;

import dev.rca.analysis.logs.TemplateMiner;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Scores our template miner on Loghub-2k: per data set, split each line with its log format,
 * apply the benchmark's standard preprocessing regexes to Content, mine Content in one pass, and
 * compute grouping accuracy and pairwise F1 as the logparser evaluator does. Prints a Markdown
 * table beside the published Drain figures.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.rca.benchmarks.loghub.LoghubBenchmark \
 *     --labels original --params default --out loghub.md
 * }</pre>
 *
 * <p>Options: {@code --data DIR} (default {@code ../shared/datasets/loghub-2k} from the repo root,
 * or env {@code RCA_LOGHUB_DIR}), {@code --labels original|corrected}, {@code --params
 * default|published} (the miner's defaults, or each data set's depth and st from SETTINGS.json),
 * {@code --dataset NAME} (only that one), {@code --explain} (list the ground-truth groups we got
 * wrong), {@code --out FILE}. For tuning, {@code -Dloghub.similarity=X} runs every data set with
 * the miner's defaults but that similarity.
 */
public final class LoghubBenchmark {
  private LoghubBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path data = null;
    LoghubDataset.Labels labels = LoghubDataset.Labels.ORIGINAL;
    boolean published = false;
    boolean explain = false;
    String only = null;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--data" -> data = Path.of(value(args, ++i, a));
        case "--labels" -> labels = LoghubDataset.Labels.valueOf(value(args, ++i, a).toUpperCase(Locale.ROOT));
        case "--params" -> published = value(args, ++i, a).equals("published");
        case "--dataset" -> only = value(args, ++i, a);
        case "--explain" -> explain = true;
        case "--out" -> out = Path.of(value(args, ++i, a));
        default -> throw new IllegalArgumentException("unknown option " + a
            + "; use --data DIR --labels original|corrected --params default|published --dataset NAME --explain --out FILE");
      }
    }
    Path dir = data != null ? data : defaultDataDir();
    if (dir == null || !Files.isRegularFile(dir.resolve("SETTINGS.json"))) {
      System.err.println("Loghub-2k not found at " + dir + ": pass --data DIR (the folder holding SETTINGS.json)");
      System.exit(2);
      return;
    }
    String table = run(dir, labels, published, only, explain, System.err);
    System.out.print(table);
    if (out != null) {
      Files.writeString(out, table);
    }
  }

  /** Runs every (or one) data set and returns the Markdown report. */
  public static String run(Path dir, LoghubDataset.Labels labels, boolean published, @Nullable String only,
      boolean explain, PrintStream log) throws IOException {
    List<LoghubDataset> sets = new ArrayList<>();
    for (LoghubDataset d : LoghubDataset.load(dir)) {
      if (only == null || d.name().equalsIgnoreCase(only)) {
        sets.add(d);
      }
    }
    List<ParsedLog> logs = new ArrayList<>();
    for (LoghubDataset d : sets) {
      logs.add(ParsedLog.read(d, dir, labels));
    }
    warmUp(sets, logs, published);
    StringBuilder sb = new StringBuilder();
    sb.append("Loghub-2k, ").append(labels.name().toLowerCase(Locale.ROOT)).append(" labels; miner parameters: ")
        .append(published ? "each data set's depth and st from SETTINGS.json" : "library defaults").append(".\n")
        .append("Protocol: each line split with the data set's log_format; the benchmark's standard preprocessing ")
        .append("regexes replaced by <*> in Content; Content mined in one pass (our masking applies on top); ")
        .append("GA and pairwise F1 as the logparser evaluator computes them.\n\n");
    boolean corrected = labels == LoghubDataset.Labels.CORRECTED;
    sb.append("| dataset | our GA | Drain GA [LP-README] | delta |")
        .append(corrected ? " Drain GA corrected [LH2] |" : "").append(" our F1 | lines/s |\n");
    sb.append("|---|---|---|---|").append(corrected ? "---|" : "").append("---|---|\n");
    double sumGa = 0;
    double sumDrain = 0;
    double sumF1 = 0;
    double sumSpeed = 0;
    for (int k = 0; k < sets.size(); k++) {
      LoghubDataset d = sets.get(k);
      ParsedLog parsed = logs.get(k);
      List<@Nullable String> truth = StructuredCsv.column(d.truth(dir, labels), "EventId");
      if (parsed.skipped() > 0 || truth.size() != parsed.contents().size()) {
        log.println(d.name() + ": " + parsed.skipped() + " lines did not match the log format; "
            + parsed.contents().size() + " parsed rows against " + truth.size() + " ground-truth rows");
      }
      Supplier<TemplateMiner> miners = miners(d, published);
      TemplateMiner miner = miners.get();
      int[] clusters = MiningRun.clusters(parsed.contents(), miner);
      GroupingScore score = GroupingScore.of(clusters, truth);
      if (explain) {
        MiningErrors.print(d.name(), parsed, clusters, truth, miner, log);
      }
      double speed = MiningRun.linesPerSecond(parsed.contents(), miners, 150);
      Double drain = PublishedDrain.original(d.name());
      double drainGa = drain == null ? Double.NaN : drain;
      sb.append("| ").append(d.name()).append(" | ").append(f(score.accuracy())).append(" | ")
          .append(f(drainGa)).append(" | ").append(signed(score.accuracy() - drainGa)).append(" | ");
      if (corrected) {
        Double lh2 = PublishedDrain.corrected(d.name());
        sb.append(lh2 == null ? "n/a" : f(lh2)).append(" | ");
      }
      sb.append(f(score.f1())).append(" | ").append(String.format(Locale.ROOT, "%,.0f", speed)).append(" |\n");
      sumGa += score.accuracy();
      sumDrain += drainGa;
      sumF1 += score.f1();
      sumSpeed += speed;
    }
    int n = sets.size();
    if (n > 0) {
      sb.append("| **average** | **").append(f(sumGa / n)).append("** | ").append(f(sumDrain / n)).append(" | ")
          .append(signed((sumGa - sumDrain) / n)).append(" | ").append(corrected ? " | " : "")
          .append(f(sumF1 / n)).append(" | ").append(String.format(Locale.ROOT, "%,.0f", sumSpeed / n)).append(" |\n");
    }
    sb.append("\nlines/s: masking and mining the preprocessed Content, one thread, fresh miner per pass, ")
        .append("about 150 ms per data set after a warm-up; Java ").append(System.getProperty("java.version"))
        .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores visible.\n");
    return sb.toString();
  }

  static Supplier<TemplateMiner> miners(LoghubDataset d, boolean published) {
    String sim = System.getProperty("loghub.similarity");
    if (sim != null) {
      return () -> TemplateMiner.builder().similarity(Double.parseDouble(sim)).build();
    }
    if (published) {
      return () -> TemplateMiner.builder().depth(d.depth()).similarity(d.similarity()).build();
    }
    return TemplateMiner::ofDefaults;
  }

  /** {@code RCA_LOGHUB_DIR}, else {@code ../shared/datasets/loghub-2k} from the repo root, else null. */
  public static @Nullable Path defaultDataDir() {
    String env = System.getenv("RCA_LOGHUB_DIR");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("rca-api"))) {
      p = p.getParent();
    }
    return p == null ? null : p.resolve("../shared/datasets/loghub-2k").normalize();
  }

  private static void warmUp(List<LoghubDataset> sets, List<ParsedLog> logs, boolean published) {
    for (int k = 0; k < sets.size(); k++) {
      MiningRun.linesPerSecond(logs.get(k).contents(), miners(sets.get(k), published), 60);
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static String f(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
  }

  private static String signed(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%+.4f", v);
  }
}
