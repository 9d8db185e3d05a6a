package dev.rca.benchmarks.loghub;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Published Drain grouping accuracy on Loghub-2k, copied from {@code RESULTS.md}: [LP-README] is
 * logparser's Drain README (original labels), [LH2] is Loghub-2.0's 2k column (corrected labels,
 * no Windows or Android).
 */
final class PublishedDrain {
  private static final Map<String, Double> ORIGINAL = Map.ofEntries(
      Map.entry("HDFS", 0.9975), Map.entry("Hadoop", 0.9475), Map.entry("Spark", 0.92),
      Map.entry("Zookeeper", 0.9665), Map.entry("BGL", 0.9625), Map.entry("HPC", 0.887),
      Map.entry("Thunderbird", 0.955), Map.entry("Windows", 0.997), Map.entry("Linux", 0.69),
      Map.entry("Android", 0.911), Map.entry("HealthApp", 0.78), Map.entry("Apache", 1.0),
      Map.entry("Proxifier", 0.5265), Map.entry("OpenSSH", 0.7875), Map.entry("OpenStack", 0.7325),
      Map.entry("Mac", 0.7865));
  private static final Map<String, Double> CORRECTED = Map.ofEntries(
      Map.entry("HDFS", 0.998), Map.entry("Hadoop", 0.948), Map.entry("Spark", 0.922),
      Map.entry("Zookeeper", 0.967), Map.entry("BGL", 0.963), Map.entry("HPC", 0.887),
      Map.entry("Thunderbird", 0.955), Map.entry("Linux", 0.69), Map.entry("HealthApp", 0.78),
      Map.entry("Apache", 1.0), Map.entry("Proxifier", 0.526), Map.entry("OpenSSH", 0.789),
      Map.entry("OpenStack", 0.733), Map.entry("Mac", 0.786));

  private PublishedDrain() {}

  /** [LP-README] GA on the original labels, or null for an unknown data set. */
  static @Nullable Double original(String dataset) {
    return ORIGINAL.get(dataset);
  }

  /** [LH2] GA on the corrected labels, or null where it was not published. */
  static @Nullable Double corrected(String dataset) {
    return CORRECTED.get(dataset);
  }
}
