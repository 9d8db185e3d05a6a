package dev.rca.connectors.git.diff;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The hunks of one file. A path is null where the diff said {@code /dev/null} (a created or
 * deleted file) or did not name the file at all.
 *
 * <pre>{@code
 * FileDiff f = diff.files().get(0);
 * String path = f.path();   // "config/payments.yaml"
 * }</pre>
 */
public record FileDiff(@Nullable String oldPath, @Nullable String newPath, List<Hunk> hunks) {
  public FileDiff {
    hunks = List.copyOf(hunks);
  }

  /** The file's path after the change, else before it, else empty when the diff named none. */
  public String path() {
    return newPath != null ? newPath : oldPath != null ? oldPath : "";
  }

  /** How many lines the file's hunks add. */
  public int added() {
    return count(DiffLine.Kind.ADDED);
  }

  /** How many lines the file's hunks remove. */
  public int removed() {
    return count(DiffLine.Kind.REMOVED);
  }

  private int count(DiffLine.Kind kind) {
    int n = 0;
    for (Hunk h : hunks) {
      for (DiffLine l : h.lines()) {
        n += l.kind() == kind ? 1 : 0;
      }
    }
    return n;
  }
}
