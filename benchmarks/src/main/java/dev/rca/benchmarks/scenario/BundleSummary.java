package dev.rca.benchmarks.scenario;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What one generated bundle holds, for the command line and for tests.
 *
 * <pre>{@code
 * BundleSummary s = new IncidentBundleGenerator().generate(spec, out);
 * System.out.println(s.directory() + ": " + s.logLines() + " log lines");
 * }</pre>
 *
 * @param onset the earliest alert's {@code startsAt}
 * @param from the first instant of data
 * @param to the end of data, exclusive
 */
public record BundleSummary(
    Path directory,
    Instant onset,
    Instant from,
    Instant to,
    int alerts,
    int changes,
    long logLines,
    long spans,
    long bytes) {

  public BundleSummary {
    requireNonNull(directory, "directory");
    requireNonNull(onset, "onset");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
  }
}
