package dev.rca.examples.cli;

import dev.rca.api.model.ReportStatus;
import dev.rca.api.model.Signal;
import dev.rca.api.model.SourceStatus;
import dev.rca.core.ProgressListener;
import java.io.PrintStream;

/** Progress for a person watching the terminal; stdout stays clean for the report. */
final class StderrProgress implements ProgressListener {
  private final PrintStream err;

  StderrProgress(PrintStream err) {
    this.err = err;
  }

  @Override
  public void sourceStarted(String source, Signal signal) {
    err.println("[rca] " + source + " (" + signal.key() + ") started");
  }

  @Override
  public void sourceFinished(SourceStatus s) {
    err.println("[rca] " + s.name() + " " + s.state() + ": " + s.items() + " items in "
        + s.elapsedMs() + " ms" + (s.error() == null ? "" : " - " + s.error())
        + (s.warnings().isEmpty() ? "" : " (" + s.warnings().size() + " warnings)"));
  }

  @Override
  public void evidenceReady(int items) {
    err.println("[rca] " + items + " evidence items redacted; ranking");
  }

  @Override
  public void reportReady(ReportStatus status, long totalMs) {
    err.println("[rca] " + status + " in " + totalMs + " ms");
  }

  @Override
  public void sinkFailed(String sink, Exception error) {
    err.println("[rca] sink " + sink + " failed: " + error.getMessage());
  }
}
