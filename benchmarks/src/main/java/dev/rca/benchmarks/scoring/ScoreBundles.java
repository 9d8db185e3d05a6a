package dev.rca.benchmarks.scoring;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Command line: scores RCA accuracy on a directory of incident bundles.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.rca.benchmarks.scoring.ScoreBundles \
 *     --bundles rca-examples/bundles --check "ac1>=0.9,wrong<=0.02"
 * }</pre>
 *
 * <p>For each bundle it runs the library in-process as {@code rca investigate} would, turns the
 * report into its contract JSON, and scores that JSON against the bundle's {@code truth.json}.
 * With {@code --reports DIR} it scores the reports already in {@code DIR/<bundle>.json} instead,
 * so an engine outside the project can be scored the same way; a bundle with no report there
 * counts as a miss. Bundles without a usable {@code truth.json} are skipped with a warning.
 *
 * <p>Exit status: 0 when scored and every {@code --check} threshold holds, 1 when a threshold
 * fails, 2 on a usage error or when no bundle could be scored.
 */
public final class ScoreBundles {
  static final int THRESHOLD_FAILED = 1;
  static final int UNUSABLE = 2;

  private ScoreBundles() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, System.err));
  }

  /** Runs the command; the scores go to {@code out}, progress and warnings to {@code err}. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    ScoreOptions options;
    List<BundleLocation> bundles;
    try {
      options = ScoreOptions.parse(args);
      if (options == null) {
        out.println(ScoreOptions.USAGE);
        return 0;
      }
      if (!Files.isDirectory(options.bundles())) {
        throw new IllegalArgumentException("--bundles " + options.bundles()
            + ": not a directory");
      }
      bundles = BundleLocation.under(options.bundles());
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("score: " + e.getMessage());
      err.println(ScoreOptions.USAGE);
      return UNUSABLE;
    }
    List<ScorableBundle> scorable = withTruth(bundles, err);
    if (scorable.isEmpty()) {
      err.println("score: no bundle with a usable truth.json under " + options.bundles());
      return UNUSABLE;
    }
    List<Outcome> outcomes = options.reports() != null
        ? fromReports(scorable, options.reports())
        : investigate(scorable, options, err);
    ScoreSheet sheet = ScoreSheet.of(outcomes);
    List<String> failures = options.check() == null ? List.of()
        : options.check().failures(sheet);
    if (options.markdown()) {
      String note = options.reports() != null ? "each report's timings.totalMs"
          : "wall clock of open + investigate + JSON, " + options.jobs() + " at once";
      out.print(ScoreMarkdown.render(sheet, options.misses(), note));
      if (bundles.size() > scorable.size()) {
        out.println("\n" + (bundles.size() - scorable.size())
            + " bundle(s) skipped: no usable truth.json (see stderr).");
      }
      if (options.check() != null) {
        checks(out, options.check(), failures);
      }
    } else {
      out.print(ScoreJson.render(sheet, failures));
    }
    out.flush();
    failures.forEach(f -> err.println("score: threshold failed: " + f));
    return failures.isEmpty() ? 0 : THRESHOLD_FAILED;
  }

  private record ScorableBundle(BundleLocation location, Truth truth) {}

  private static List<ScorableBundle> withTruth(List<BundleLocation> bundles, PrintStream err) {
    List<ScorableBundle> usable = new ArrayList<>();
    for (BundleLocation b : bundles) {
      try {
        usable.add(new ScorableBundle(b, Truth.read(b.truthFile())));
      } catch (IOException e) {
        err.println("score: skipped " + b.name() + ": truth.json " + describe(e));
      }
    }
    return usable;
  }

  private static List<Outcome> fromReports(List<ScorableBundle> bundles, Path reports) {
    List<Outcome> outcomes = new ArrayList<>();
    for (ScorableBundle b : bundles) {
      String name = b.location().name() + ".json";
      ReportAnswer answer = ReportAnswer.read(reports.resolve(name), name);
      outcomes.add(new Outcome(b.location().name(), b.truth(), answer, answer.totalMs()));
    }
    return outcomes;
  }

  private static List<Outcome> investigate(List<ScorableBundle> bundles, ScoreOptions options,
      PrintStream err) {
    BundleInvestigation investigation = new BundleInvestigation(options.minConfidence());
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(options.jobs(), r -> {
      Thread t = new Thread(r, "score-bundle");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Outcome>> running = new ArrayList<>();
      for (ScorableBundle b : bundles) {
        running.add(pool.submit(() -> {
          Outcome o = investigateOne(b, investigation, options.reportDir(), err);
          err.printf("[score] %d/%d %s %s %d ms%n", done.incrementAndGet(), bundles.size(),
              o.bundle(), o.answer().status(), o.elapsedMs());
          return o;
        }));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> f : running) {
        outcomes.add(f.get());
      }
      return outcomes;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("scoring interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("scoring a bundle failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static Outcome investigateOne(ScorableBundle b, BundleInvestigation investigation,
      Path reportDir, PrintStream err) {
    String name = b.location().name();
    long t0 = System.nanoTime();
    String json;
    try {
      json = investigation.reportJson(b.location().dir(),
          w -> err.println("[score] " + name + ": warning: " + w));
    } catch (Exception e) {
      // A bundle the library cannot investigate is a miss, never the end of the run.
      long ms = (System.nanoTime() - t0) / 1_000_000;
      return new Outcome(name, b.truth(), ReportAnswer.unavailable(Outcome.ERROR,
          name + ": " + describe(e)), ms);
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    if (reportDir != null) {
      Path file = reportDir.resolve(name + ".json");
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
      } catch (IOException e) {
        err.println("[score] " + name + ": cannot write " + file + ": " + describe(e));
      }
    }
    // Scored from the JSON, not the object, so only the contract's fields can count.
    return new Outcome(name, b.truth(), ReportAnswer.parse(json, name + ".json"), ms);
  }

  private static void checks(PrintStream out, ThresholdCheck check, List<String> failures) {
    out.println("\n### Checks\n");
    if (failures.isEmpty()) {
      out.println("All " + check.thresholds().size() + " thresholds hold: "
          + check.thresholds().stream().map(Object::toString).toList() + ".");
    } else {
      failures.forEach(f -> out.println("- FAILED " + f));
    }
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
