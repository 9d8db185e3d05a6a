package dev.rca.core.report;

import dev.rca.api.model.RootCauseReport;
import dev.rca.api.spi.ReportSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A sink that renders each report as text and hands the UTF-8 bytes to a destination. */
abstract class RenderedReportSink implements ReportSink {
  private final ReportDestination destination;

  RenderedReportSink(ReportDestination destination) {
    this.destination = destination;
  }

  /** The whole report as this sink's format. */
  abstract String render(RootCauseReport report);

  @Override
  public final void write(RootCauseReport report) throws IOException {
    destination.deliver(render(report).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public final String toString() {
    return getClass().getSimpleName() + "[" + destination.describe() + "]";
  }
}
