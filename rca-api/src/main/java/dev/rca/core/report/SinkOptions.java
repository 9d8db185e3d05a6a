package dev.rca.core.report;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Reads the options of a file-or-stdout sink, rejecting keys it does not know by name. */
final class SinkOptions {
  private SinkOptions() {}

  /** The {@code path} option, or null when the sink should write to standard output. */
  static @Nullable Path path(String sink, Map<String, Object> options) {
    Set<String> unknown = new TreeSet<>(options.keySet());
    unknown.remove("path");
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "sink '" + sink + "': unknown option(s) " + unknown + " (known: path)");
    }
    Object path = options.get("path");
    if (path == null) {
      return null;
    }
    if (path instanceof Path p) {
      return p;
    }
    if (path instanceof String s && !s.isBlank()) {
      return Path.of(s);
    }
    throw new IllegalArgumentException(
        "sink '" + sink + "': option path must be a non-empty file path");
  }
}
