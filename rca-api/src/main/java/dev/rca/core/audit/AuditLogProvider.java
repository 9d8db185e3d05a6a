package dev.rca.core.audit;

import dev.rca.api.spi.ReportSink;
import dev.rca.api.spi.ReportSinkProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code audit} sink: appends each report to the {@link AuditLog} named by the required
 * option {@code path}.
 *
 * <pre>{@code
 * ReportSink audit = new AuditLogProvider().create(Map.of("path", "rca-audit.jsonl"));
 * }</pre>
 */
public final class AuditLogProvider implements ReportSinkProvider {

  @Override
  public String name() {
    return "audit";
  }

  /**
   * @throws IllegalArgumentException when {@code path} is missing or another option is given
   * @throws UncheckedIOException when the log cannot be opened or is damaged at its end
   */
  @Override
  public ReportSink create(Map<String, Object> options) {
    Set<String> unknown = new TreeSet<>(options.keySet());
    unknown.remove("path");
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "sink 'audit': unknown option(s) " + unknown + " (known: path)");
    }
    Object value = options.get("path");
    Path path;
    if (value instanceof Path p) {
      path = p;
    } else if (value instanceof String s && !s.isBlank()) {
      path = Path.of(s);
    } else {
      throw new IllegalArgumentException("sink 'audit': option path is required: the file to "
          + "append to, e.g. rca-audit.jsonl");
    }
    try {
      return AuditLog.open(path);
    } catch (IOException e) {
      throw new UncheckedIOException("sink 'audit': " + e.getMessage(), e);
    }
  }
}
