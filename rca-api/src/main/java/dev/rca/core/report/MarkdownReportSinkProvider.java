package dev.rca.core.report;

import dev.rca.api.spi.ReportSink;
import dev.rca.api.spi.ReportSinkProvider;
import java.nio.file.Path;
import java.util.Map;

/**
 * The {@code markdown} sink: option {@code path} names the file to replace; without it the report
 * goes to standard output.
 *
 * <pre>{@code
 * output:
 *   sinks: [ { type: markdown, path: report.md } ]
 * }</pre>
 */
public final class MarkdownReportSinkProvider implements ReportSinkProvider {

  @Override
  public String name() {
    return "markdown";
  }

  @Override
  public ReportSink create(Map<String, Object> options) {
    Path path = SinkOptions.path(name(), options);
    return path == null ? MarkdownReportSink.toStream(System.out) : MarkdownReportSink.toFile(path);
  }
}
