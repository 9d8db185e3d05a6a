package dev.rca.benchmarks;

import dev.rca.api.model.Alert;
import dev.rca.api.model.InvestigationRequest;
import dev.rca.api.model.RootCauseReport;
import dev.rca.api.model.Signal;
import dev.rca.api.spi.SignalSource;
import dev.rca.core.Investigator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The investigator's fan-out over N sources that each take {@link #delayMs}. Gathered in parallel
 * an investigation should take about one delay whatever N is; its overhead is the average time
 * minus the delay. The sequential method runs the same sources one after another
 * ({@code Runnable::run} as executor) in the same run, for comparison: about N delays.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar FanOutBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FanOutBenchmark {

  @Param({"1", "4", "16", "64"})
  public int sources;

  @Param({"20"})
  public int delayMs;

  private Investigator parallel;
  private Investigator sequential;
  private InvestigationRequest request;

  @Setup
  public void setUp() {
    List<SignalSource> list = new ArrayList<>();
    Signal[] signals = Signal.values();
    for (int i = 0; i < sources; i++) {
      list.add(new SleepingSource("source-" + i, signals[i % signals.length],
          Duration.ofMillis(delayMs)));
    }
    parallel = investigator(list).build();
    sequential = investigator(list).executor(Runnable::run).build();
    Instant onset = Instant.parse("2026-03-02T14:00:00Z");
    request = InvestigationRequest.builder()
        .alert(new Alert("HighErrorRate", "checkout", Map.of("service", "checkout"),
            Map.of("summary", "High error rate on checkout"), onset, null, true, "", "0"))
        .build();
  }

  private static Investigator.Builder investigator(List<SignalSource> list) {
    return Investigator.builder()
        .sources(list)
        .engine(evidence -> List.of())
        .redactor(new PassThroughRedactor())
        .sourceTimeout(Duration.ofSeconds(10))
        .overallTimeout(Duration.ofSeconds(60));
  }

  /** All sources at once: ideally one delay, plus the overhead this benchmark is for. */
  @Benchmark
  public RootCauseReport parallelFanOut() throws Exception {
    return parallel.investigate(request);
  }

  /** The same sources one after another: about {@code sources * delayMs}. */
  @Benchmark
  public RootCauseReport sequentialGather() throws Exception {
    return sequential.investigate(request);
  }
}
