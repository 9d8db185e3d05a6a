package dev.rca.analysis.traces;

import static java.util.Objects.requireNonNull;

import dev.rca.api.evidence.TraceFinding;
import dev.rca.api.model.ServiceGraph;
import java.util.List;

/**
 * What {@link TraceAnalysis} concluded from a sample of spans.
 *
 * <pre>{@code
 * TraceEvidence evidence = analysis.conclude(deadline);
 * SourceResult.builder().items(evidence.findings()).observedCalls(evidence.calls())
 *     .itemsRead(evidence.spansSeen()).build();
 * }</pre>
 *
 * @param findings error origins first (most origins first), then self-time growth (largest ratio first)
 * @param calls caller service to callee service, as parent and child spans show it
 * @param spansSeen every span offered to the analysis
 * @param spansHeld spans inside the window and within the memory bounds
 * @param warnings data that was left out, e.g. because a bound was reached
 */
public record TraceEvidence(
    List<TraceFinding> findings,
    ServiceGraph calls,
    long spansSeen,
    long spansHeld,
    List<String> warnings) {

  public TraceEvidence {
    findings = List.copyOf(findings);
    requireNonNull(calls, "calls");
    warnings = List.copyOf(warnings);
  }
}
