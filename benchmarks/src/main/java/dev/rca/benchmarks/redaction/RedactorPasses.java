package dev.rca.benchmarks.redaction;

import dev.rca.api.spi.RedactionSession;
import dev.rca.redaction.RuleRedactor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times 1 MiB passes of the redactor over the {@link LogCorpus} in this JVM, after 8 s of warm-up,
 * and prints the 90th percentile and the median in MB/s. Run once per build, builds taking turns,
 * each in its own JVM: unlike {@link CompareRedactorBuilds}, no build inherits another's JIT
 * layout, which moves a build by up to ~8% in a shared process. The build measured is the
 * {@code rca-redaction} jar put first on the class path.
 *
 * <pre>{@code
 * taskset -c 0 java -cp after/rca-redaction.jar:benchmarks/target/benchmarks.jar \
 *     dev.rca.benchmarks.redaction.RedactorPasses 12
 * }</pre>
 */
public final class RedactorPasses {
  private static final long WARM_UP_NANOS = 8_000_000_000L;

  private RedactorPasses() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: RedactorPasses SECONDS");
      System.exit(2);
    }
    RedactionSession session = RuleRedactor.withBuiltInRules().openSession();
    List<String> lines = LogCorpus.generate(20261121L);
    long sink = 0;
    long warm = System.nanoTime() + WARM_UP_NANOS;
    while (System.nanoTime() < warm) {
      sink += pass(session, lines);
    }
    List<Double> rates = new ArrayList<>();
    long end = System.nanoTime() + Long.parseLong(args[0]) * 1_000_000_000L;
    while (System.nanoTime() < end) {
      long t0 = System.nanoTime();
      sink += pass(session, lines);
      rates.add(LogCorpus.BYTES / 1e6 / ((System.nanoTime() - t0) / 1e9));
    }
    Collections.sort(rates);
    System.out.printf("p90 %.1f MB/s, median %.1f MB/s over %d passes%s%n",
        rates.get(rates.size() * 9 / 10), rates.get(rates.size() / 2), rates.size(),
        sink == 42 ? " " : ""); // keeps the work observable to the JIT
  }

  /** One pass of {@code session} over {@code lines}; returns the characters written. */
  static long pass(RedactionSession session, List<String> lines) {
    long chars = 0;
    for (String line : lines) {
      chars += session.redact(line).length();
    }
    return chars;
  }
}
