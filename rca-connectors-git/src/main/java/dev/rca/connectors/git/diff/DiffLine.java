package dev.rca.connectors.git.diff;

import static java.util.Objects.requireNonNull;

/**
 * One line of a hunk, without its leading {@code ' '}, {@code '-'} or {@code '+'}.
 *
 * <pre>{@code
 * new DiffLine(DiffLine.Kind.ADDED, "maxPoolSize: 5")
 * }</pre>
 */
public record DiffLine(Kind kind, String text) {

  /** Whether the line was kept, removed or added. */
  public enum Kind {
    CONTEXT,
    REMOVED,
    ADDED
  }

  public DiffLine {
    requireNonNull(kind, "kind");
    requireNonNull(text, "text");
  }
}
