package dev.rca.connectors.git.diff;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One {@code @@ -a,b +c,d @@ section} block of a file's diff. A hunk read from lines that had no
 * {@code @@} header has starts of 0.
 *
 * <pre>{@code
 * new Hunk(12, 12, "spring:", List.of(new DiffLine(DiffLine.Kind.REMOVED, "  pool: 50")))
 * }</pre>
 *
 * @param section the text after the second {@code @@}: the enclosing function or top-level key
 */
public record Hunk(int oldStart, int newStart, String section, List<DiffLine> lines) {
  public Hunk {
    requireNonNull(section, "section");
    lines = List.copyOf(lines);
  }
}
