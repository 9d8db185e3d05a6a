package dev.rca.api.model;

import static java.util.Objects.requireNonNull;

import dev.rca.api.evidence.Evidence;
import dev.rca.api.redaction.RedactedEvidence;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The outcome of an investigation: the verdict, ranked causes with the evidence behind each, and
 * how every source fared. It can only be assembled from {@link RedactedEvidence}, so a sink never
 * receives unredacted text.
 *
 * <pre>{@code
 * RootCauseReport report = investigator.investigate(request);
 * if (report.status() == ReportStatus.CONFIDENT) page(report.causes().get(0));
 * }</pre>
 */
public final class RootCauseReport {

  /** A hypothesis with the evidence items it cites, resolved. */
  public record RankedCause(Hypothesis hypothesis, List<Evidence> evidence) {
    public RankedCause {
      requireNonNull(hypothesis, "hypothesis");
      evidence = List.copyOf(evidence);
    }
  }

  private final String investigationId;
  private final Instant generatedAt;
  private final ReportStatus status;
  private final String summary;
  private final List<RankedCause> causes;
  private final RedactedEvidence evidence;
  private final Duration total;

  private RootCauseReport(String investigationId, Instant generatedAt, ReportStatus status,
      String summary, List<RankedCause> causes, RedactedEvidence evidence, Duration total) {
    this.investigationId = investigationId;
    this.generatedAt = generatedAt;
    this.status = status;
    this.summary = summary;
    this.causes = List.copyOf(causes);
    this.evidence = evidence;
    this.total = total;
  }

  /**
   * Assembles a report. At most ten hypotheses are kept; each must cite ids of
   * {@code evidence.items()}.
   *
   * @throws IllegalArgumentException when a hypothesis cites an id the evidence does not hold
   */
  public static RootCauseReport assemble(String investigationId, Instant generatedAt,
      ReportStatus status, String summary, List<Hypothesis> hypotheses,
      RedactedEvidence evidence, Duration total) {
    List<RankedCause> causes = new ArrayList<>();
    for (Hypothesis h : hypotheses.subList(0, Math.min(10, hypotheses.size()))) {
      List<Evidence> cited = h.evidenceIds().stream()
          .map(id -> evidence.find(id).orElseThrow(() -> new IllegalArgumentException(
              "hypothesis on " + h.service() + " cites unknown evidence " + id)))
          .toList();
      causes.add(new RankedCause(h, cited));
    }
    return new RootCauseReport(requireNonNull(investigationId, "investigationId"),
        requireNonNull(generatedAt, "generatedAt"), requireNonNull(status, "status"),
        requireNonNull(summary, "summary"), causes, requireNonNull(evidence, "evidence"),
        requireNonNull(total, "total"));
  }

  public String investigationId() {
    return investigationId;
  }

  public Instant generatedAt() {
    return generatedAt;
  }

  public ReportStatus status() {
    return status;
  }

  public String summary() {
    return summary;
  }

  /** Ranked causes, best first, at most ten. */
  public List<RankedCause> causes() {
    return causes;
  }

  /** The redacted request: alerts, services, symptom, onset, window. */
  public InvestigationRequest request() {
    return evidence.request();
  }

  /** How each source fared. */
  public List<SourceStatus> sources() {
    return evidence.sources();
  }

  /** All evidence items in time order, for a timeline. */
  public List<Evidence> timeline() {
    return evidence.items().stream().sorted(Comparator.comparing(Evidence::at)).toList();
  }

  /** Every evidence item, as gathered. */
  public List<Evidence> evidence() {
    return evidence.items();
  }

  public ServiceGraph graph() {
    return evidence.graph();
  }

  /** Sources that did not deliver (failed, timed out or skipped). */
  public List<SourceStatus> missingSources() {
    return evidence.sources().stream().filter(s -> !s.ok()).toList();
  }

  public Map<String, Long> redactionCounts() {
    return evidence.redactionCounts();
  }

  public Duration total() {
    return total;
  }
}
