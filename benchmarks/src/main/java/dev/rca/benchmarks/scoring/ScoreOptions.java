package dev.rca.benchmarks.scoring;

import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The command line of {@link ScoreBundles}, parsed and checked.
 *
 * @param bundles the directory the bundles (and their truth) are found under
 * @param reports with {@code --reports}: score the {@code <bundle>.json} files there instead of
 *     running the library
 * @param reportDir where to write each report the library produced, or null
 * @param jobs how many investigations run at once
 * @param markdown true for Markdown output, false for JSON
 * @param minConfidence the CONFIDENT threshold to run the library with, or null for its default
 * @param check the thresholds to hold the figures to, or null
 * @param misses how many missed bundles the Markdown lists
 */
record ScoreOptions(Path bundles, @Nullable Path reports, @Nullable Path reportDir, int jobs,
    boolean markdown, @Nullable Double minConfidence, @Nullable ThresholdCheck check,
    int misses) {

  static final String USAGE = """
      usage: ScoreBundles --bundles DIR [--reports DIR] [--jobs N] [--report-dir DIR]
                          [--format markdown|json] [--min-confidence P] [--misses N]
                          [--check "ac1>=0.9,ac3>=0.98,kind>=0.85,wrong<=0.02"]
        --bundles DIR      bundles (directories holding incident.json and truth.json), up to two
                           levels below DIR
        --reports DIR      score existing reports DIR/<bundle>.json instead of running the library
        --jobs N           investigations at once (default 1, so times are not inflated)
        --report-dir DIR   write each produced report to DIR/<bundle>.json
        --format F         markdown (default) or json
        --min-confidence P confidence at or above which the library reports CONFIDENT
        --misses N         missed bundles to list (default 40)
        --check LIST       exit 1 unless every threshold holds; metrics ac1..ac5, avg5, kind,
                           change, wrong, precision75""";

  /** Parses the arguments; null when help was asked for. */
  static @Nullable ScoreOptions parse(String[] args) {
    Path bundles = null;
    Path reports = null;
    Path reportDir = null;
    int jobs = 1;
    boolean jobsGiven = false;
    boolean markdown = true;
    Double minConfidence = null;
    ThresholdCheck check = null;
    int misses = 40;
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (flag.equals("--help") || flag.equals("-h")) {
        return null;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(flag + " needs a value");
      }
      String value = args[++i];
      switch (flag) {
        case "--bundles" -> bundles = Path.of(value);
        case "--reports" -> reports = Path.of(value);
        case "--report-dir" -> reportDir = Path.of(value);
        case "--jobs" -> {
          jobs = (int) whole(flag, value, 1, 256);
          jobsGiven = true;
        }
        case "--format" -> markdown = switch (value.toLowerCase(Locale.ROOT)) {
          case "markdown", "md" -> true;
          case "json" -> false;
          default -> throw new IllegalArgumentException("--format is markdown or json, not "
              + value);
        };
        case "--min-confidence" -> minConfidence = fraction(flag, value);
        case "--check" -> check = ThresholdCheck.parse(value);
        case "--misses" -> misses = (int) whole(flag, value, 0, 100_000);
        default -> throw new IllegalArgumentException("unknown option " + flag);
      }
    }
    if (bundles == null) {
      throw new IllegalArgumentException("--bundles DIR is required (it holds the truth)");
    }
    if (reports != null && (reportDir != null || minConfidence != null || jobsGiven)) {
      throw new IllegalArgumentException("--report-dir, --min-confidence and --jobs apply only"
          + " when the library runs, not with --reports");
    }
    return new ScoreOptions(bundles, reports, reportDir, jobs, markdown, minConfidence, check,
        misses);
  }

  private static long whole(String flag, String value, long min, long max) {
    long n;
    try {
      n = Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " needs a whole number, not " + value, e);
    }
    if (n < min || n > max) {
      throw new IllegalArgumentException(flag + " must be " + min + " to " + max + ", was " + n);
    }
    return n;
  }

  private static double fraction(String flag, String value) {
    double p;
    try {
      p = Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " needs a number in [0, 1], not " + value, e);
    }
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(flag + " must be in [0, 1], was " + value);
    }
    return p;
  }
}
