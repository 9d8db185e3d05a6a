package dev.rca.benchmarks.scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the CLI on a bundle: each run is a fresh JVM,
 * {@code java -Xmx512m -jar rca.jar investigate --bundle DIR --format json}, and reports its wall
 * time, whether it succeeded (exit status 0, a report with a {@code status}, no source timed
 * out), and, when
 * {@code /usr/bin/time} is installed, its CPU time and peak resident memory. Ends with the minimum
 * and median wall time.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.rca.benchmarks.scale.ScaleRun \
 *     --bundle /tmp/big --runs 5 [--jar rca-examples/target/rca.jar] [--heap 512m]
 * }</pre>
 */
public final class ScaleRun {
  private static final Path TIME = Path.of("/usr/bin/time");
  private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
  private static final Pattern USER = Pattern.compile("User time \\(seconds\\): ([\\d.]+)");
  private static final Pattern SYSTEM = Pattern.compile("System time \\(seconds\\): ([\\d.]+)");
  private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");

  private ScaleRun() {}

  /** One timed run; CPU and RSS are NaN / -1 without {@code /usr/bin/time}. */
  public record Run(double wallSeconds, boolean succeeded, String status, double cpuSeconds, long peakRssKb) {}

  /** Runs the CLI once on {@code bundle} in a fresh JVM with heap cap {@code heap}. */
  public static Run once(Path jar, Path bundle, String heap) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    boolean timed = Files.isExecutable(TIME);
    if (timed) {
      command.addAll(List.of(TIME.toString(), "-v"));
    }
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
        "-jar", jar.toString(), "investigate", "--bundle", bundle.toString(), "--format", "json"));
    Path out = Files.createTempFile("scale-run", ".json");
    Path err = Files.createTempFile("scale-run", ".err");
    try {
      long start = System.nanoTime();
      int exit = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start().waitFor();
      double wall = (System.nanoTime() - start) / 1e9;
      String report = Files.readString(out, StandardCharsets.UTF_8);
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      Matcher status = STATUS.matcher(report);
      String st = status.find() ? status.group(1) : "none";
      double cpu = Double.NaN;
      long rss = -1;
      if (timed) {
        Matcher u = USER.matcher(stderr);
        Matcher s = SYSTEM.matcher(stderr);
        Matcher r = RSS.matcher(stderr);
        if (u.find() && s.find()) {
          cpu = Double.parseDouble(u.group(1)) + Double.parseDouble(s.group(1));
        }
        rss = r.find() ? Long.parseLong(r.group(1)) : -1;
      }
      boolean timedOut = report.contains("\"TIMED_OUT\"");
      return new Run(wall, exit == 0 && !st.equals("none") && !timedOut, timedOut ? st + ", a source timed out" : st,
          cpu, rss);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** {@code --bundle DIR [--runs N] [--jar FILE] [--heap SIZE]}; defaults 3 runs, the CLI jar, 512m. */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path bundle = null;
    Path jar = Path.of("rca-examples/target/rca.jar");
    String heap = "512m";
    int runs = 3;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--bundle" -> bundle = Path.of(args[i + 1]);
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        case "--jar" -> jar = Path.of(args[i + 1]);
        case "--heap" -> heap = args[i + 1];
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (bundle == null || args.length % 2 != 0) {
      throw new IllegalArgumentException("usage: ScaleRun --bundle DIR [--runs N] [--jar FILE] [--heap SIZE]");
    }
    List<Double> walls = new ArrayList<>();
    boolean all = true;
    for (int i = 1; i <= runs; i++) {
      Run r = once(jar, bundle, heap);
      walls.add(r.wallSeconds());
      all &= r.succeeded();
      System.out.printf(Locale.ROOT, "run %d: %.2f s wall, %s (%s)%s%n", i, r.wallSeconds(),
          r.succeeded() ? "ok" : "FAILED", r.status(), Double.isNaN(r.cpuSeconds()) ? ""
              : String.format(Locale.ROOT, ", %.2f s cpu, peak RSS %d MB", r.cpuSeconds(), r.peakRssKb() / 1024));
    }
    walls.sort(null);
    int n = walls.size();
    double median = n % 2 == 1 ? walls.get(n / 2) : (walls.get(n / 2 - 1) + walls.get(n / 2)) / 2;
    System.out.printf(Locale.ROOT, "heap -Xmx%s, %d runs: min %.2f s, median %.2f s, %s%n", heap, n,
        walls.get(0), median, all ? "all succeeded" : "SOME FAILED");
  }
}
