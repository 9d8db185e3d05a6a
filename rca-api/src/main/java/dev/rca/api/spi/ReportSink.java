package dev.rca.api.spi;

import dev.rca.api.model.RootCauseReport;
import java.io.IOException;

/**
 * Delivers a finished report: to a file, a chat channel, a ticket. A report can only be built
 * from redacted evidence, so a sink cannot receive unredacted text.
 *
 * <pre>{@code
 * ReportSink stdout = report -> System.out.println(report.summary());
 * }</pre>
 */
@FunctionalInterface
public interface ReportSink {
  void write(RootCauseReport report) throws IOException;
}
