package dev.rca.core.report;

import dev.rca.api.model.RootCauseReport;
import dev.rca.api.spi.ReportSink;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes each report as Markdown ({@link MarkdownReport}) to a file, replacing it atomically, or
 * to a stream.
 *
 * <pre>{@code
 * ReportSink sink = MarkdownReportSink.toFile(Path.of("report.md"));
 * sink.write(report);
 * }</pre>
 */
public final class MarkdownReportSink implements ReportSink {
  private final ReportDestination destination;

  private MarkdownReportSink(ReportDestination destination) {
    this.destination = destination;
  }

  /** A sink that replaces {@code path} with the latest report, creating parent directories. */
  public static MarkdownReportSink toFile(Path path) {
    return new MarkdownReportSink(ReportDestination.file(path));
  }

  /** A sink that writes to {@code out} and flushes it; the stream is never closed. */
  public static MarkdownReportSink toStream(OutputStream out) {
    return new MarkdownReportSink(ReportDestination.stream(out));
  }

  @Override
  public void write(RootCauseReport report) throws IOException {
    destination.deliver(MarkdownReport.render(report).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "MarkdownReportSink[" + destination.describe() + "]";
  }
}
