package dev.rca.connectors.git.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the settings a file's hunks change: each key with its old and new value.
 *
 * <p>Nested formats (YAML, pretty-printed JSON, HCL, nginx-style blocks) get their key path from
 * the indentation of the hunk's context lines and its {@code @@} section; a hunk that shows no
 * parents yields the keys it does show. Removed and added values of one path are paired in order;
 * a value that only moved is no change. JVM flags ({@code -Xmx2g}) are read in any file.
 *
 * <p>Bounds: at most {@value #MAX_KEYS} keys and {@value #MAX_VALUES} values per key per file.
 */
final class SettingLines {
  static final int MAX_KEYS = 500;
  static final int MAX_VALUES = 50;

  /** One changed setting; a null side means the key was added or removed. */
  record Setting(String key, @Nullable String before, @Nullable String after) {}

  private SettingLines() {}

  static List<Setting> read(FileDiff file, FileRole.Format format) {
    Map<String, List<String>> removed = new LinkedHashMap<>();
    Map<String, List<String>> added = new LinkedHashMap<>();
    for (Hunk hunk : file.hunks()) {
      KeyPath oldSide = new KeyPath();
      KeyPath newSide = new KeyPath();
      KeyLine section = SettingSyntax.parse(hunk.section(), format);
      if (section != null && section.shape() != KeyLine.Shape.LEAF) {
        oldSide.apply(section);
        newSide.apply(section);
      }
      for (DiffLine line : hunk.lines()) {
        boolean jvmFlags = line.kind() != DiffLine.Kind.CONTEXT
            && SettingSyntax.jvmFlags(line.text(), (k, v) ->
                put(line.kind() == DiffLine.Kind.REMOVED ? removed : added, k, v));
        KeyLine k = SettingSyntax.parse(line.text(), format);
        if (k == null) {
          continue;
        }
        switch (line.kind()) {
          case CONTEXT -> {
            oldSide.apply(k);
            newSide.apply(k);
          }
          case REMOVED -> {
            String path = oldSide.apply(k);
            if (path != null && !jvmFlags) {
              put(removed, path, k.value());
            }
          }
          case ADDED -> {
            String path = newSide.apply(k);
            if (path != null && !jvmFlags) {
              put(added, path, k.value());
            }
          }
        }
      }
    }
    return pair(removed, added);
  }

  private static void put(Map<String, List<String>> side, String key, String value) {
    if (side.size() < MAX_KEYS || side.containsKey(key)) {
      List<String> values = side.computeIfAbsent(key, x -> new ArrayList<>());
      if (values.size() < MAX_VALUES) {
        values.add(value);
      }
    }
  }

  private static List<Setting> pair(Map<String, List<String>> removed,
      Map<String, List<String>> added) {
    Set<String> keys = new LinkedHashSet<>(removed.keySet());
    keys.addAll(added.keySet());
    List<Setting> out = new ArrayList<>();
    for (String key : keys) {
      List<String> before = new ArrayList<>(removed.getOrDefault(key, List.of()));
      List<String> after = new ArrayList<>(added.getOrDefault(key, List.of()));
      // A value present on both sides only moved (a list reordered, a block re-indented).
      List<String> common = new ArrayList<>(before);
      common.retainAll(after);
      for (String c : common) {
        before.remove(c);
        after.remove(c);
      }
      int n = Math.max(before.size(), after.size());
      for (int i = 0; i < n; i++) {
        out.add(new Setting(key, i < before.size() ? before.get(i) : null,
            i < after.size() ? after.get(i) : null));
      }
    }
    return out;
  }

  /** One line read as a key: its shape decides how it moves the key path. */
  record KeyLine(Shape shape, int popAt, int indent, String key, String value) {
    enum Shape {
      /** A key with a value. */
      LEAF,
      /** A key whose value is the block below it. */
      PARENT,
      /** {@code [table]} or {@code [section]}: the prefix of all keys until the next one. */
      SECTION,
      /** {@code - name: x}: list items named by their {@code name} (containers, env vars). */
      NAMED_ITEM,
      /** {@code - value}: a list entry, a value of the key above it. */
      ITEM_VALUE,
      /** {@code ---}: a new YAML document. */
      RESET
    }
  }

  /** The keys enclosing a line on one side of a hunk, as an indentation stack. */
  private static final class KeyPath {
    private record Frame(int indent, String key, boolean named) {}

    private final List<Frame> frames = new ArrayList<>();

    /** Moves the path past {@code k}; the full key when {@code k} holds a value, else null. */
    @Nullable String apply(KeyLine k) {
      if (k.shape() == KeyLine.Shape.RESET || k.shape() == KeyLine.Shape.SECTION) {
        frames.clear();
        if (k.shape() == KeyLine.Shape.SECTION) {
          frames.add(new Frame(-1, k.key(), false));
        }
        return null;
      }
      frames.removeIf(f -> f.indent() >= k.popAt());
      switch (k.shape()) {
        case PARENT -> {
          frames.add(new Frame(k.indent(), k.key(), false));
          return null;
        }
        case NAMED_ITEM -> {
          frames.add(new Frame(k.popAt(), k.key(), true));
          return null;
        }
        case ITEM_VALUE -> {
          return frames.isEmpty() ? null : joined("");
        }
        default -> {
          Frame top = frames.isEmpty() ? null : frames.get(frames.size() - 1);
          boolean namedValue = top != null && top.named() && k.key().equals("value");
          return joined(namedValue ? "" : k.key());
        }
      }
    }

    private String joined(String last) {
      StringBuilder sb = new StringBuilder();
      for (Frame f : frames) {
        sb.append(sb.length() > 0 ? "." : "").append(f.key());
      }
      if (!last.isEmpty()) {
        sb.append(sb.length() > 0 ? "." : "").append(last);
      }
      return sb.toString();
    }
  }
}
