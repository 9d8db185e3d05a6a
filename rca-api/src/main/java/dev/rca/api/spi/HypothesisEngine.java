package dev.rca.api.spi;

import dev.rca.api.model.Hypothesis;
import dev.rca.api.redaction.RedactedEvidence;
import java.util.List;

/**
 * Turns redacted evidence into ranked hypotheses. It sees only {@link RedactedEvidence}, so no
 * unredacted text can reach it, or through it a model.
 *
 * <pre>{@code
 * HypothesisEngine engine = evidence -> List.of(new Hypothesis(
 *     "payments", CauseKind.DEPLOY, null, 0.5, "payments errors began first",
 *     List.of(evidence.items().get(0).id())));
 * }</pre>
 */
@FunctionalInterface
public interface HypothesisEngine {

  /**
   * Ranks candidate causes, best first. An empty list means nothing in the evidence supports a
   * cause. Every hypothesis cites ids of {@code evidence.items()}.
   */
  List<Hypothesis> rank(RedactedEvidence evidence);
}
