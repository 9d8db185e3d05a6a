package dev.rca.benchmarks.redaction;

import dev.rca.api.spi.RedactionSession;
import dev.rca.redaction.RuleRedactor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Redaction throughput on one core, in bytes per second: one operation is one byte of the
 * {@link LogCorpus} (1 MiB per invocation, ~1% of lines carrying a secret). {@code ruleRedactor}
 * is the library's redactor with every built-in rule; {@code naiveRegex} applies the same rules
 * as one {@code java.util.regex.Pattern} each with no prefilter.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar RedactionBenchmark -wi 2 -i 3 -f 1
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RedactionBenchmark {
  private List<String> lines;
  private RedactionSession session;
  private NaiveRedactor naive;

  @Setup
  public void setUp() {
    lines = LogCorpus.generate(20261121L);
    session = RuleRedactor.withBuiltInRules().openSession();
    naive = new NaiveRedactor();
  }

  @Benchmark
  @OperationsPerInvocation(LogCorpus.BYTES)
  public void ruleRedactor(Blackhole bh) {
    for (String line : lines) {
      bh.consume(session.redact(line));
    }
  }

  @Benchmark
  @OperationsPerInvocation(LogCorpus.BYTES)
  public void naiveRegex(Blackhole bh) {
    for (String line : lines) {
      bh.consume(naive.redact(line));
    }
  }
}
