package dev.rca.api.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One candidate root cause, as an engine ranks it.
 *
 * <pre>{@code
 * new Hypothesis("payments", CauseKind.CONFIG, "c-8812", 0.91,
 *     "Config change c-8812 cut the DB pool; pool waits began 40 s later.", List.of("ev-17", "ev-3"));
 * }</pre>
 *
 * @param changeId the change blamed (its CDEvents id), or null when no change is blamed
 * @param confidence in [0, 1]
 * @param evidenceIds ids of the evidence items that support it; at least one
 */
public record Hypothesis(
    String service,
    CauseKind kind,
    @Nullable String changeId,
    double confidence,
    String statement,
    List<String> evidenceIds) {

  public Hypothesis {
    requireNonNull(service, "service");
    requireNonNull(kind, "kind");
    requireNonNull(statement, "statement");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
    }
    evidenceIds = List.copyOf(evidenceIds);
    if (evidenceIds.isEmpty()) {
      throw new IllegalArgumentException("a hypothesis must cite at least one evidence item");
    }
  }

  /** The same hypothesis with another confidence, clamped to [0, 1]. */
  public Hypothesis withConfidence(double value) {
    return new Hypothesis(service, kind, changeId, Math.max(0.0, Math.min(1.0, value)), statement,
        evidenceIds);
  }
}
