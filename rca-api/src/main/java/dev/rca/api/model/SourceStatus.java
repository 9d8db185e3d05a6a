package dev.rca.api.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one source in an investigation.
 *
 * @param items raw records the source read (log lines, samples, spans, change events)
 * @param error why the source is not {@link SourceState#OK}; null when it is
 * @param warnings problems that lost part of the data but not all of it, each naming the file or
 *     request and the position, e.g. {@code "logs/api.json line 3 col 17: expected ..."}
 * @param queries what the source asked its backend, for the audit log
 */
public record SourceStatus(
    String name,
    Signal signal,
    SourceState state,
    long elapsedMs,
    long items,
    @Nullable String error,
    List<String> warnings,
    List<String> queries) {

  public SourceStatus {
    requireNonNull(name, "name");
    requireNonNull(signal, "signal");
    requireNonNull(state, "state");
    warnings = List.copyOf(warnings);
    queries = List.copyOf(queries);
    if (state != SourceState.OK && error == null) {
      throw new IllegalArgumentException("a " + state + " source needs an error message");
    }
  }

  public boolean ok() {
    return state == SourceState.OK;
  }
}
