package dev.rca.benchmarks.redaction;

import dev.rca.api.spi.RedactionSession;
import dev.rca.redaction.RuleRedactor;
import java.util.Arrays;
import java.util.List;

/**
 * What re-choosing the keyword sieve's pairs from a sample of the logs is worth: two redactors of
 * the same build in one JVM, one with {@link RuleRedactor.Builder#adaptiveSieve} on (it adapts
 * during the warm-up) and one with it off, take turns on 1 MiB passes over the {@link LogCorpus}.
 * Both run the same compiled code, so only the sieve's tables differ, and each round's ratio
 * compares passes a few milliseconds apart.
 *
 * <pre>{@code
 * taskset -c 0 java -cp benchmarks/target/benchmarks.jar \
 *     dev.rca.benchmarks.redaction.SieveAdaptation 3000
 * }</pre>
 */
public final class SieveAdaptation {
  private static final long WARM_UP_NANOS = 8_000_000_000L;

  private SieveAdaptation() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: SieveAdaptation ROUNDS");
      System.exit(2);
    }
    int rounds = Integer.parseInt(args[0]);
    List<String> lines = LogCorpus.generate(20261121L);
    RedactionSession fixed = RuleRedactor.builder().adaptiveSieve(false).build().openSession();
    RedactionSession adaptive = RuleRedactor.builder().build().openSession();
    RedactionSession[] sessions = {fixed, adaptive};
    long sink = 0;
    long warm = System.nanoTime() + WARM_UP_NANOS;
    while (System.nanoTime() < warm) {
      sink += RedactorPasses.pass(fixed, lines) + RedactorPasses.pass(adaptive, lines);
    }
    double[][] rates = new double[2][rounds];
    for (int i = 0; i < rounds; i++) {
      for (int k = 0; k < 2; k++) {
        int which = (i & 1) == 0 ? k : 1 - k; // alternate which goes first
        long t0 = System.nanoTime();
        sink += RedactorPasses.pass(sessions[which], lines);
        rates[which][i] = LogCorpus.BYTES / 1e6 / ((System.nanoTime() - t0) / 1e9);
      }
    }
    double[] ratio = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      ratio[i] = rates[1][i] / rates[0][i];
    }
    System.out.printf("fixed pairs:    %s%nadapted pairs:  %s%n", summary(rates[0]),
        summary(rates[1]));
    Arrays.sort(ratio);
    System.out.printf("adapted / fixed, round by round: median %.3f (quartiles %.3f-%.3f)%s%n",
        ratio[rounds / 2], ratio[rounds / 4], ratio[3 * rounds / 4],
        sink == 42 ? " " : ""); // keeps the work observable to the JIT
  }

  private static String summary(double[] rates) {
    double[] sorted = rates.clone();
    Arrays.sort(sorted);
    return String.format("p90 %.1f MB/s, median %.1f MB/s", sorted[sorted.length * 9 / 10],
        sorted[sorted.length / 2]);
  }
}
