package dev.rca.benchmarks.loghub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A data set's log split into header fields and Content with its log format, Content already
 * preprocessed with the benchmark's regexes. Lines are read as the Python parser reads them (any of
 * CRLF, CR, LF ends a line; no final newline needed); a line the format does not match is skipped
 * and counted, since the evaluator aligns the remaining rows by position.
 *
 * <pre>{@code
 * ParsedLog log = ParsedLog.read(dataset, dir, LoghubDataset.Labels.ORIGINAL);
 * log.contents().size();   // 2000
 * }</pre>
 *
 * @param rawContents Content as split from the line, before preprocessing
 * @param contents Content after the preprocessing regexes
 * @param skipped lines the format did not match
 */
public record ParsedLog(List<String> rawContents, List<String> contents, int skipped) {

  public ParsedLog {
    rawContents = List.copyOf(rawContents);
    contents = List.copyOf(contents);
  }

  /** Reads and splits the data set's log for the chosen labels. */
  public static ParsedLog read(LoghubDataset dataset, Path dir, LoghubDataset.Labels labels)
      throws IOException {
    Path file = dataset.log(dir, labels);
    String text = Files.readString(file, StandardCharsets.ISO_8859_1);
    int content = dataset.format().indexOf("Content");
    if (content < 0) {
      throw new IOException(dataset.name() + ": log_format has no <Content> field: " + dataset.format().format());
    }
    List<String> raw = new ArrayList<>();
    List<String> pre = new ArrayList<>();
    int skipped = 0;
    for (String line : lines(text)) {
      List<String> fields = dataset.format().split(line);
      if (fields == null) {
        skipped++;
        continue;
      }
      raw.add(fields.get(content));
      pre.add(dataset.preprocess(fields.get(content)));
    }
    return new ParsedLog(raw, pre, skipped);
  }

  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      out.add(text.substring(start));
    }
    return out;
  }
}
