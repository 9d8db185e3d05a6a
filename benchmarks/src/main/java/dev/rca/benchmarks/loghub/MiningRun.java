package dev.rca.benchmarks.loghub;

import dev.rca.analysis.logs.TemplateMiner;
import java.util.List;
import java.util.function.Supplier;

/**
 * Feeds Content lines to a fresh {@link TemplateMiner} in one pass and reads back one cluster per
 * line, after the miner's final merge of templates that generalise one another.
 *
 * <pre>{@code
 * int[] clusters = MiningRun.clusters(log.contents(), TemplateMiner.ofDefaults());
 * }</pre>
 */
public final class MiningRun {
  private MiningRun() {}


  /** A cluster id per line. */
  public static int[] clusters(List<String> contents, TemplateMiner miner) {
    int[] ids = new int[contents.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = miner.add(contents.get(i));
    }
    for (int i = 0; i < ids.length; i++) {
      ids[i] = miner.cluster(ids[i]);
    }
    return ids;
  }

  /** Lines per second of masking and mining {@code contents} with fresh miners for about {@code millis}. */
  public static double linesPerSecond(List<String> contents, Supplier<TemplateMiner> miners, long millis) {
    long deadline = System.nanoTime() + millis * 1_000_000;
    long lines = 0;
    long start = System.nanoTime();
    long end;
    do {
      TemplateMiner m = miners.get();
      for (int i = 0; i < contents.size(); i++) {
        m.add(contents.get(i));
      }
      lines += contents.size();
      end = System.nanoTime();
    } while (end < deadline);
    return lines * 1e9 / (end - start);
  }
}
