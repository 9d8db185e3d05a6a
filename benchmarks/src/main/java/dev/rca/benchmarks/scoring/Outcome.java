package dev.rca.benchmarks.scoring;

import static java.util.Objects.requireNonNull;

import dev.rca.benchmarks.scoring.ReportAnswer.Candidate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One bundle's report judged against its truth, by the rules of {@code report-json.md}
 * ("How scoring reads a report against truth.json").
 *
 * <p>One rule runs through every judgment: a report whose status is
 * {@code INSUFFICIENT_EVIDENCE} has given no answer, so for a bundle whose cause is visible it
 * misses on service, kind and change alike (its weak candidates are not counted); for a bundle
 * whose cause is not visible that status is the one right answer, on every measure. Services
 * and kinds compare without regard to case; change ids compare exactly.
 *
 * <pre>{@code
 * Outcome o = new Outcome("deploy-regression", truth, ReportAnswer.parse(json, "deploy-regression"), 840);
 * o.correctAt(1);          // the truth service is the first hypothesis's
 * o.confidentlyWrong();    // CONFIDENT, and wrong
 * }</pre>
 *
 * @param bundle the bundle's name, relative to the scored directory
 * @param truth its ground truth
 * @param answer what its report said
 * @param elapsedMs how long producing the report took, or -1 when unknown
 */
public record Outcome(String bundle, Truth truth, ReportAnswer answer, long elapsedMs) {
  public static final String CONFIDENT = "CONFIDENT";
  public static final String INSUFFICIENT = "INSUFFICIENT_EVIDENCE";
  /** Scorer's marker: no report file for the bundle. */
  public static final String MISSING = "MISSING";
  /** Scorer's marker: the report file is not readable JSON with a status. */
  public static final String UNREADABLE = "UNREADABLE";
  /** Scorer's marker: running the library on the bundle failed. */
  public static final String ERROR = "ERROR";

  public Outcome {
    requireNonNull(bundle, "bundle");
    requireNonNull(truth, "truth");
    requireNonNull(answer, "answer");
  }

  /** AC@k for this bundle: the truth service is among the first {@code k} hypotheses' services. */
  public boolean correctAt(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, was " + k);
    }
    if (!truth.visible()) {
      return saidInsufficient();
    }
    List<Candidate> ranked = answered();
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (sameService(ranked.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** Kind accuracy: the first hypothesis has the truth service and the truth kind. */
  public boolean kindCorrect() {
    if (!truth.visible()) {
      return saidInsufficient();
    }
    Candidate top = answeredTop();
    return top != null && sameService(top) && top.kind().equalsIgnoreCase(kindOrEmpty());
  }

  /** Whether change accuracy applies: the cause is visible and truth names a change. */
  public boolean changeApplies() {
    return truth.visible() && truth.changeId() != null;
  }

  /** Change accuracy, where it applies: the first hypothesis names the truth's change id. */
  public boolean changeCorrect() {
    Candidate top = answeredTop();
    return changeApplies() && top != null && truth.changeId().equals(top.changeId());
  }

  /**
   * CONFIDENT, and either truth expected {@code INSUFFICIENT_EVIDENCE} or the first hypothesis
   * does not blame the truth service (a CONFIDENT report with no hypothesis counts too).
   */
  public boolean confidentlyWrong() {
    if (!answer.status().equals(CONFIDENT)) {
      return false;
    }
    Candidate top = answer.top();
    return !truth.visible() || top == null || !sameService(top);
  }

  /**
   * For the reliability table: the report's top hypothesis blames the truth service of a
   * visible cause, whatever the report's status. On an invisible cause no top hypothesis is right.
   */
  public boolean topServiceRight() {
    Candidate top = answer.top();
    return truth.visible() && top != null && sameService(top);
  }

  /** Right on every measure that applies; a bundle for which this is false is listed as a miss. */
  public boolean fullyCorrect() {
    return correctAt(1) && kindCorrect() && (!changeApplies() || changeCorrect())
        && !confidentlyWrong();
  }

  private boolean saidInsufficient() {
    return answer.status().equals(INSUFFICIENT);
  }

  /** The hypotheses that count as an answer: none when the report said it has none. */
  private List<Candidate> answered() {
    return saidInsufficient() ? List.of() : answer.hypotheses();
  }

  private @Nullable Candidate answeredTop() {
    List<Candidate> ranked = answered();
    return ranked.isEmpty() ? null : ranked.get(0);
  }

  private boolean sameService(Candidate c) {
    return truth.service() != null && c.service().equalsIgnoreCase(truth.service());
  }

  private String kindOrEmpty() {
    return truth.kind() == null ? "" : truth.kind();
  }
}
