package dev.rca.core;

import dev.rca.api.model.ReportStatus;
import dev.rca.api.model.Signal;
import dev.rca.api.model.SourceStatus;

/**
 * Hears how an investigation advances, e.g. to print progress on a terminal. Calls may come from
 * several threads at once; implementations must be quick and must not throw.
 *
 * <pre>{@code
 * ProgressListener toStderr = new ProgressListener() {
 *   public void sourceFinished(SourceStatus s) { System.err.println(s.name() + " " + s.state()); }
 * };
 * }</pre>
 */
public interface ProgressListener {

  ProgressListener NONE = new ProgressListener() {};

  default void sourceStarted(String source, Signal signal) {}

  default void sourceFinished(SourceStatus status) {}

  /** Evidence was redacted and is about to be ranked. */
  default void evidenceReady(int items) {}

  default void reportReady(ReportStatus status, long totalMs) {}

  /** A sink could not deliver the report; the investigation still returns it. */
  default void sinkFailed(String sink, Exception error) {}
}
