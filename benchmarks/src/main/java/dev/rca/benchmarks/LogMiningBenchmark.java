package dev.rca.benchmarks;

import dev.rca.analysis.logs.TemplateMiner;
import dev.rca.benchmarks.loghub.LoghubBenchmark;
import dev.rca.benchmarks.loghub.LoghubDataset;
import dev.rca.benchmarks.loghub.ParsedLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Masking and template mining per log line on real messages: the Content of all 16 Loghub-2k data
 * sets (32,000 lines, as split by each data set's log format, without the benchmark's
 * preprocessing regexes, so each grouper does all its own masking). One operation is one line, so
 * the score reads as lines per second. Each invocation mines the whole batch with a fresh miner,
 * so the cost of learning templates is included.
 *
 * <ul>
 *   <li>{@code mineTemplates}: {@link TemplateMiner} (our masking and mining);
 *   <li>{@code naiveRegexGrouping}: the usual first attempt, five {@code replaceAll} passes
 *       (UUIDs, IPs, hex, paths, numbers) and a {@code HashMap} from masked line to group.
 * </ul>
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar LogMiningBenchmark -wi 2 -i 3 -f 1
 * }</pre>
 *
 * <p>The data is read at setup from {@code RCA_LOGHUB_DIR}, or {@code ../shared/datasets/loghub-2k}
 * beside the repository; setup fails naming the folder when it is missing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class LogMiningBenchmark {
  /** Lines per invocation: 16 data sets of 2,000 lines. */
  static final int BATCH = 32_000;

  private static final Pattern UUID =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern IP = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}(:\\d+)?");
  private static final Pattern HEX = Pattern.compile("0[xX][0-9a-fA-F]+");
  private static final Pattern PATH = Pattern.compile("(/[\\w.-]+)+");
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private String[] lines;

  @Setup
  public void load() throws IOException {
    Path dir = LoghubBenchmark.defaultDataDir();
    if (dir == null || !Files.isRegularFile(dir.resolve("SETTINGS.json"))) {
      throw new IllegalStateException("Loghub-2k not found at " + dir
          + ": set RCA_LOGHUB_DIR to the folder holding SETTINGS.json");
    }
    List<String> all = new ArrayList<>();
    for (LoghubDataset d : LoghubDataset.load(dir)) {
      all.addAll(ParsedLog.read(d, dir, LoghubDataset.Labels.ORIGINAL).rawContents());
    }
    if (all.isEmpty()) {
      throw new IllegalStateException("no Content lines under " + dir);
    }
    lines = all.toArray(new String[0]);
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int mineTemplates() {
    TemplateMiner miner = TemplateMiner.ofDefaults();
    int sum = 0;
    for (int i = 0; i < BATCH; i++) {
      sum += miner.add(lines[i % lines.length]);
    }
    return sum + miner.size();
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int naiveRegexGrouping() {
    Map<String, Integer> groups = new HashMap<>();
    int sum = 0;
    for (int i = 0; i < BATCH; i++) {
      String s = lines[i % lines.length];
      s = UUID.matcher(s).replaceAll("<*>");
      s = IP.matcher(s).replaceAll("<*>");
      s = HEX.matcher(s).replaceAll("<*>");
      s = PATH.matcher(s).replaceAll("<*>");
      s = NUMBER.matcher(s).replaceAll("<*>");
      Integer id = groups.get(s);
      if (id == null) {
        id = groups.size();
        groups.put(s, id);
      }
      sum += id;
    }
    return sum;
  }
}
