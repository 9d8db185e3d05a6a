package dev.rca.benchmarks.loghub;

import dev.rca.analysis.logs.TemplateMiner;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Lists the ground-truth groups a parse got wrong, with the clusters their lines went to, each
 * cluster's template and one example line: the view needed to tell over-splitting from merging.
 */
final class MiningErrors {
  private MiningErrors() {}

  static void print(String name, ParsedLog log, int[] clusters, List<@Nullable String> truth,
      TemplateMiner miner, PrintStream out) {
    Map<String, Map<Integer, List<Integer>>> byTruth = new LinkedHashMap<>();
    Map<Integer, Map<String, Integer>> byCluster = new LinkedHashMap<>();
    int n = Math.min(clusters.length, truth.size());
    for (int i = 0; i < n; i++) {
      String g = truth.get(i);
      if (g == null) {
        continue;
      }
      byTruth.computeIfAbsent(g, k -> new LinkedHashMap<>()).computeIfAbsent(clusters[i], k -> new ArrayList<>()).add(i);
      byCluster.computeIfAbsent(clusters[i], k -> new LinkedHashMap<>()).merge(g, 1, Integer::sum);
    }
    for (Map.Entry<String, Map<Integer, List<Integer>>> e : byTruth.entrySet()) {
      Map<Integer, List<Integer>> parts = e.getValue();
      boolean wrong = parts.size() > 1 || byCluster.get(parts.keySet().iterator().next()).size() > 1;
      if (!wrong) {
        continue;
      }
      int size = parts.values().stream().mapToInt(List::size).sum();
      out.println(name + " " + e.getKey() + " (" + size + " lines):");
      for (Map.Entry<Integer, List<Integer>> p : parts.entrySet()) {
        int c = p.getKey();
        String template = c < 0 ? "(overflow)" : miner.template(c);
        out.println("   c" + c + " x" + p.getValue().size() + " shared with " + byCluster.get(c)
            + "\n      T: " + template + "\n      L: " + log.contents().get(p.getValue().get(0)));
      }
    }
  }
}
