package dev.rca.core.report;

import dev.rca.api.spi.ReportSink;
import dev.rca.api.spi.ReportSinkProvider;
import java.nio.file.Path;
import java.util.Map;

/**
 * The {@code json} sink: option {@code path} names the file to replace; without it the report
 * goes to standard output.
 *
 * <pre>{@code
 * output:
 *   sinks: [ { type: json, path: report.json } ]
 * }</pre>
 */
public final class JsonReportSinkProvider implements ReportSinkProvider {

  @Override
  public String name() {
    return "json";
  }

  @Override
  public ReportSink create(Map<String, Object> options) {
    Path path = SinkOptions.path(name(), options);
    return path == null ? JsonReportSink.toStream(System.out) : JsonReportSink.toFile(path);
  }
}
