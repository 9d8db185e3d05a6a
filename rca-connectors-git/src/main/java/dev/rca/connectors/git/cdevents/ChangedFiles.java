package dev.rca.connectors.git.cdevents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The file paths a unified diff names, for changes whose event lists none. */
final class ChangedFiles {
  /** At most this many paths are taken from a diff, so a vast diff cannot flood the evidence. */
  static final int MAX_FILES = 1000;

  private ChangedFiles() {}

  /**
   * The paths named by a unified diff's {@code diff --git} headers and {@code ---}/{@code +++}
   * header pairs; a lone {@code ---} line is a removed line (an SQL comment), not a header.
   */
  static List<String> fromDiff(String diff) {
    Set<String> out = new LinkedHashSet<>();
    String[] lines = diff.split("\n", -1);
    for (int i = 0; i < lines.length && out.size() < MAX_FILES; i++) {
      String line = lines[i];
      if (line.startsWith("diff --git ")) {
        String[] parts = line.substring(11).trim().split(" ");
        add(out, parts[parts.length - 1]);
      } else if (line.startsWith("--- ") && i + 1 < lines.length && lines[i + 1].startsWith("+++ ")) {
        add(out, headerPath(line));
        add(out, headerPath(lines[++i]));
      }
    }
    return new ArrayList<>(out);
  }

  private static String headerPath(String line) {
    String path = line.substring(4).trim();
    int tab = path.indexOf('\t');
    return tab >= 0 ? path.substring(0, tab) : path;
  }

  private static void add(Set<String> out, String path) {
    if (path.isEmpty() || path.equals("/dev/null") || out.size() >= MAX_FILES) {
      return;
    }
    out.add(path.startsWith("a/") || path.startsWith("b/") ? path.substring(2) : path);
  }
}
