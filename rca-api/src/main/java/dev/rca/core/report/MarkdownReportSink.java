package dev.rca.core.report;

import dev.rca.api.model.RootCauseReport;
import java.io.OutputStream;
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
public final class MarkdownReportSink extends RenderedReportSink {
  private MarkdownReportSink(ReportDestination destination) {
    super(destination);
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
  String render(RootCauseReport report) {
    return MarkdownReport.render(report);
  }
}
