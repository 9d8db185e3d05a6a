package dev.rca.core.report;

import dev.rca.api.model.RootCauseReport;
import dev.rca.api.spi.ReportSink;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
public final class JsonReportSink implements ReportSink {
  private final ReportDestination destination;

  private JsonReportSink(ReportDestination destination) {
    this.destination = destination;
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
  public void write(RootCauseReport report) throws IOException {
    destination.deliver(ReportJson.toJson(report).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "JsonReportSink[" + destination.describe() + "]";
  }
}
