package dev.rca.core;

import dev.rca.api.evidence.Evidence;
import dev.rca.api.model.Hypothesis;
import dev.rca.api.model.ReportStatus;
import dev.rca.api.model.SourceState;
import dev.rca.api.model.SourceStatus;
import dev.rca.api.redaction.RedactedEvidence;
import dev.rca.api.spi.HypothesisEngine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns an engine's ranking into the report's verdict. The rules that hold for every engine live
 * here: a hypothesis must cite evidence that exists, a source that failed or timed out lowers
 * confidence (its signal might have pointed elsewhere), and the thresholds decide the status.
 */
final class Verdicts {
  /** Each failed or timed-out source multiplies confidence by this. */
  static final double MISSING_SOURCE_FACTOR = 0.85;

  record Verdict(ReportStatus status, String summary, List<Hypothesis> hypotheses) {}

  private final double minConfidence;
  private final double insufficientBelow;
  private final boolean requireEvidenceLinks;

  Verdicts(double minConfidence, double insufficientBelow, boolean requireEvidenceLinks) {
    this.minConfidence = minConfidence;
    this.insufficientBelow = insufficientBelow;
    this.requireEvidenceLinks = requireEvidenceLinks;
  }

  Verdict decide(HypothesisEngine engine, RedactedEvidence evidence) {
    List<Hypothesis> ranked;
    try {
      ranked = engine.rank(evidence);
    } catch (RuntimeException e) {
      return new Verdict(ReportStatus.INSUFFICIENT_EVIDENCE, "The engine failed ("
          + e.getClass().getSimpleName() + ": " + e.getMessage() + "); no cause was ranked."
          + missingNote(evidence), List.of());
    }
    List<SourceStatus> missing = missing(evidence);
    double factor = Math.pow(MISSING_SOURCE_FACTOR, missing.size());
    List<Hypothesis> kept = new ArrayList<>();
    for (Hypothesis h : ranked) {
      List<String> cited = h.evidenceIds().stream().filter(id -> evidence.find(id).isPresent())
          .toList();
      if (!cited.isEmpty()) {
        kept.add(new Hypothesis(h.service(), h.kind(), h.changeId(), h.confidence() * factor,
            h.statement(), cited));
      }
    }
    kept.sort(Comparator.comparingDouble(Hypothesis::confidence).reversed());
    if (kept.size() > 10) {
      kept = new ArrayList<>(kept.subList(0, 10));
    }
    if (kept.isEmpty() || kept.get(0).confidence() < insufficientBelow) {
      return new Verdict(ReportStatus.INSUFFICIENT_EVIDENCE,
          "Insufficient evidence: nothing in reach singles out a cause"
              + (kept.isEmpty() ? "." : "; the strongest candidate, " + kept.get(0).service()
                  + ", is at " + percent(kept.get(0).confidence()) + ".")
              + missingNote(evidence), kept);
    }
    Hypothesis top = kept.get(0);
    boolean linked = !requireEvidenceLinks || top.evidenceIds().stream()
        .map(id -> evidence.find(id).map(Evidence::link).orElse(""))
        .allMatch(link -> !link.isEmpty());
    ReportStatus status = top.confidence() >= minConfidence && linked
        ? ReportStatus.CONFIDENT : ReportStatus.NEEDS_REVIEW;
    String head = top.service() + " (" + top.kind().wireName()
        + (top.changeId() == null ? "" : ", change " + top.changeId()) + ", "
        + percent(top.confidence()) + "): " + top.statement();
    String review = status == ReportStatus.NEEDS_REVIEW
        ? (linked ? " Below the " + percent(minConfidence) + " threshold: needs review."
            : " Some cited evidence has no link: needs review.")
        : "";
    return new Verdict(status, head + review + missingNote(evidence), kept);
  }

  private static List<SourceStatus> missing(RedactedEvidence evidence) {
    return evidence.sources().stream()
        .filter(s -> s.state() == SourceState.FAILED || s.state() == SourceState.TIMED_OUT)
        .toList();
  }

  private static String missingNote(RedactedEvidence evidence) {
    List<SourceStatus> missing = missing(evidence);
    if (missing.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(" Missing: ");
    for (int i = 0; i < missing.size(); i++) {
      SourceStatus s = missing.get(i);
      sb.append(i == 0 ? "" : ", ").append(s.name()).append(' ')
          .append(s.state().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    return sb.append('.').toString();
  }

  private static String percent(double v) {
    return Math.round(v * 100) + "%";
  }
}
