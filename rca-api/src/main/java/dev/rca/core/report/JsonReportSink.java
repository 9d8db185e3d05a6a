package dev.rca.core.report;

import dev.rca.api.model.RootCauseReport;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes each report as contract JSON ({@link ReportJson}) to a file, replacing it atomically, or
 * to a stream.
 *
 * <pre>{@code
 * ReportSink sink = JsonReportSink.toFile(Path.of("report.json"));
 * sink.write(report);
 * }</pre>
 */
public final class JsonReportSink extends RenderedReportSink {
  private JsonReportSink(ReportDestination destination) {
    super(destination);
  }

  /** A sink that replaces {@code path} with the latest report, creating parent directories. */
  public static JsonReportSink toFile(Path path) {
    return new JsonReportSink(ReportDestination.file(path));
  }

  /** A sink that writes to {@code out} and flushes it; the stream is never closed. */
  public static JsonReportSink toStream(OutputStream out) {
    return new JsonReportSink(ReportDestination.stream(out));
  }

  @Override
  String render(RootCauseReport report) {
    return ReportJson.toJson(report);
  }
}
