package dev.rca.benchmarks.scenario;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Command line: writes bundles for the given kinds and seeds.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.rca.benchmarks.scenario.GenerateBundles \
 *     --out rca-examples/bundles --seed 7 --kinds config,deploy,invisible --count 1
 * }</pre>
 *
 * <p>With {@code --count 1} a bundle is named after its scenario ({@code config-pool-cascade});
 * with more, each name gets its seed appended ({@code config-pool-cascade-7}, {@code -8}, ...).
 * {@code --before}/{@code --after} (minutes) and {@code --step} (seconds) change the window, e.g.
 * {@code --before 15 --after 10 --step 60} for a short, coarse export. {@code --profile example}
 * writes the small bundles kept in the repository (see {@link ScenarioCatalog#example}).
 */
public final class GenerateBundles {
  private GenerateBundles() {}

  public static void main(String[] args) {
    try {
      run(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(usage());
      System.exit(2);
    }
  }

  /** Parses {@code args}, writes the bundles and reports each on {@code out}. */
  static List<BundleSummary> run(String[] args, PrintStream out) {
    Path dir = null;
    long seed = 1;
    int count = 0;
    List<String> kinds = null;
    String profile = "standard";
    SampleWindow standard = SampleWindow.standard();
    Duration before = standard.before();
    Duration after = standard.after();
    Duration step = standard.step();
    boolean example = false;
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (flag.equals("--help") || flag.equals("-h")) {
        out.println(usage());
        return List.of();
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(flag + " needs a value");
      }
      String value = args[++i];
      switch (flag) {
        case "--out" -> dir = Path.of(value);
        case "--seed" -> seed = number(flag, value);
        case "--count" -> count = (int) Math.max(1, number(flag, value));
        case "--kinds" -> kinds = Arrays.stream(value.split(",")).map(String::trim)
            .filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).toList();
        case "--before" -> before = Duration.ofMinutes(number(flag, value));
        case "--after" -> after = Duration.ofMinutes(number(flag, value));
        case "--step" -> step = Duration.ofSeconds(number(flag, value));
        case "--profile" -> {
          if (!List.of("example", "standard", "benchmark", "ci").contains(value)) {
            throw new IllegalArgumentException("--profile is benchmark, ci, example or standard, not " + value);
          }
          profile = value;
          example = value.equals("example");
        }
        default -> throw new IllegalArgumentException("unknown option " + flag);
      }
    }
    if (dir == null) {
      throw new IllegalArgumentException("--out DIR is required");
    }
    if (profile.equals("benchmark") || profile.equals("ci")) {
      BenchmarkSuite.Profile p = profile.equals("ci") ? BenchmarkSuite.Profile.CI : BenchmarkSuite.Profile.BENCHMARK;
      return suite(dir, seed, count > 0 ? count : p.perKind(), kinds == null ? BenchmarkSuite.KINDS : kinds, p, out);
    }
    if (kinds == null) {
      kinds = ScenarioCatalog.KINDS;
    }
    count = Math.max(1, count);
    SampleWindow window = new SampleWindow(before, after, step);
    IncidentBundleGenerator generator = new IncidentBundleGenerator();
    List<BundleSummary> written = new ArrayList<>();
    for (String kind : kinds) {
      for (int n = 0; n < count; n++) {
        ScenarioSpec.Builder b = example ? ScenarioCatalog.example(kind, seed + n)
            : ScenarioCatalog.forKind(kind, seed + n).window(window);
        if (count > 1) {
          b.rename(b.build().name() + "-" + (seed + n));
        }
        ScenarioSpec spec = b.build();
        written.add(report(generator.generate(spec, dir), out));
      }
    }
    return written;
  }

  /** The benchmark or CI suite: {@code perKind} bundles of each kind, in a seeded shuffled order. */
  private static List<BundleSummary> suite(Path dir, long seed, int perKind, List<String> kinds,
      BenchmarkSuite.Profile profile, PrintStream out) {
    for (String kind : kinds) {
      if (!BenchmarkSuite.KINDS.contains(kind)) {
        throw new IllegalArgumentException("unknown scenario kind '" + kind + "'; known: "
            + String.join(", ", BenchmarkSuite.KINDS));
      }
    }
    IncidentBundleGenerator generator = new IncidentBundleGenerator();
    List<BundleSummary> written = new ArrayList<>();
    List<String> order = BenchmarkSuite.order(kinds, perKind, seed);
    for (int i = 0; i < order.size(); i++) {
      long bundleSeed = seed * 100_003L + i;
      String name = String.format(Locale.ROOT, "incident-%04d", i + 1);
      written.add(report(generator.generate(
          BenchmarkSuite.spec(order.get(i), bundleSeed, name, profile), dir), out));
    }
    return written;
  }

  private static BundleSummary report(BundleSummary s, PrintStream out) {
    out.printf(Locale.ROOT, "%s: onset %s, %d alerts, %d changes, %d log lines, %d spans, %d KB%n",
        s.directory(), s.onset(), s.alerts(), s.changes(), s.logLines(), s.spans(), s.bytes() / 1024);
    return s;
  }

  private static long number(String flag, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " expects a whole number, got '" + value + "'");
    }
  }

  static String usage() {
    return "usage: GenerateBundles --out DIR [--seed N] [--kinds " + String.join(",", ScenarioCatalog.KINDS)
        + "] [--count N] [--before MINUTES] [--after MINUTES] [--step SECONDS]"
        + " [--profile standard|example|benchmark|ci]\n"
        + "  --profile benchmark: " + String.join(",", BenchmarkSuite.KINDS)
        + ", --count per kind (default 25), drawn systems, windows and noise; ci: 2 per kind";
  }
}
