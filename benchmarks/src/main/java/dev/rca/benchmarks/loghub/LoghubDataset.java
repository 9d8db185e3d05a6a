package dev.rca.benchmarks.loghub;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One Loghub-2k data set as the published Drain run configured it in {@code SETTINGS.json}: its
 * log file, log format, preprocessing regexes (each replaced by {@code <*>} in Content, in order),
 * and Drain's depth and similarity threshold.
 *
 * <pre>{@code
 * List<LoghubDataset> all = LoghubDataset.load(Path.of("../shared/datasets/loghub-2k"));
 * }</pre>
 */
public record LoghubDataset(String name, String logFile, LogFormat format, List<Pattern> regexes,
    int depth, double similarity) {

  public LoghubDataset {
    requireNonNull(name, "name");
    requireNonNull(logFile, "logFile");
    requireNonNull(format, "format");
    regexes = List.copyOf(regexes);
  }

  /** All data sets of {@code dir/SETTINGS.json} in file order; fails naming the file and key. */
  public static List<LoghubDataset> load(Path dir) throws IOException {
    Path file = dir.resolve("SETTINGS.json");
    JsonNode settings = new ObjectMapper().readTree(file.toFile()).path("settings");
    if (!settings.isObject()) {
      throw new IOException(file + ": expected an object \"settings\"");
    }
    List<LoghubDataset> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : settings.properties()) {
      JsonNode s = e.getValue();
      List<Pattern> regexes = new ArrayList<>();
      for (JsonNode r : s.path("regex")) {
        regexes.add(Pattern.compile(r.asText()));
      }
      String logFile = s.path("log_file").asText("");
      if (logFile.isEmpty() || !s.path("log_format").isTextual()) {
        throw new IOException(file + ": settings." + e.getKey() + " needs log_file and log_format");
      }
      out.add(new LoghubDataset(e.getKey(), logFile, LogFormat.parse(s.path("log_format").asText()),
          regexes, s.path("depth").asInt(4), s.path("st").asDouble(0.5)));
    }
    return out;
  }

  /** Content after the benchmark's standard preprocessing: every regex replaced by {@code <*>}. */
  public String preprocess(String content) {
    String s = content;
    for (Pattern p : regexes) {
      s = p.matcher(s).replaceAll("<*>");
    }
    return s;
  }

  /** The log file for the chosen labels: the corrected copy lives under {@code corrected/}. */
  public Path log(Path dir, Labels labels) {
    Path original = dir.resolve(logFile);
    return labels == Labels.ORIGINAL ? original
        : original.getParent().resolve("corrected").resolve(original.getFileName());
  }

  /** The ground-truth structured CSV for the chosen labels. */
  public Path truth(Path dir, Labels labels) {
    Path log = log(dir, labels);
    String suffix = labels == Labels.ORIGINAL ? "_structured.csv" : "_structured_corrected.csv";
    return log.resolveSibling(log.getFileName() + suffix);
  }

  /** Which ground truth to score against. */
  public enum Labels {
    /** The labels the published Drain figures were computed with. */
    ORIGINAL,
    /** The ICSE'22 corrected labels used by Loghub-2.0's evaluation. */
    CORRECTED
  }
}
