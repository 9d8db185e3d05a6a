package dev.rca.connectors.git.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link DiffReader} could read of a unified diff.
 *
 * <pre>{@code
 * UnifiedDiff diff = new DiffReader().read(text);
 * if (diff.clipped()) { ... }   // a bound was reached; the rest was not read
 * }</pre>
 *
 * @param files the files in diff order
 * @param skippedLines lines that were neither a header nor part of a hunk
 * @param clipped whether a bound (input size, files, hunks, lines) cut the reading short
 */
public record UnifiedDiff(List<FileDiff> files, int skippedLines, boolean clipped) {
  public UnifiedDiff {
    files = List.copyOf(files);
  }

  /** The file paths in diff order, empty ones left out. */
  public List<String> paths() {
    List<String> out = new ArrayList<>();
    for (FileDiff f : files) {
      if (!f.path().isEmpty()) {
        out.add(f.path());
      }
    }
    return out;
  }
}
