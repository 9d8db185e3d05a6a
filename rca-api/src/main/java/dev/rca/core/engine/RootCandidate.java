package dev.rca.core.engine;

import dev.rca.api.evidence.ChangeEvent;
import dev.rca.api.model.CauseKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One anomalous service weighed as the root cause.
 *
 * @param coverage share of the alerted services that are this service or call it (directly or
 *     not): a root explains the alerts
 * @param upstream share of the other anomalous services that call it
 * @param explainedBy an anomalous service it calls whose trouble began no later than its own,
 *     null when none: then this service is more likely a victim than the root
 * @param cause how strongly its own evidence names a cause inside it (a saturated resource, the
 *     origin of errors, wording about its own resources)
 * @param change the change that best explains its onset, null when none fits
 * @param changeFit how well that change fits, 0..1
 */
record RootCandidate(
    ServiceProfile profile,
    Instant onset,
    double coverage,
    double upstream,
    @Nullable String explainedBy,
    double early,
    double origin,
    double cause,
    CauseKinds.Reading reading,
    @Nullable ChangeEvent change,
    double changeFit,
    double score) {

  /** A change is blamed when it fits well enough to be named. */
  static final double BLAME_FIT = 0.3;

  RootCandidate withScore(double value) {
    return new RootCandidate(profile, onset, coverage, upstream, explainedBy, early, origin, cause,
        reading, change, changeFit, value);
  }

  String service() {
    return profile.service;
  }

  boolean blamesChange() {
    return change != null && changeFit >= BLAME_FIT;
  }

  /**
   * Whether anything names a cause: a fitting change, or the service's own evidence placing a
   * known kind of fault inside it. Errors that merely start here localise trouble without
   * saying what it is.
   */
  boolean named() {
    return blamesChange() || (cause >= 0.3 && reading.placed());
  }

  CauseKind kind() {
    return blamesChange() ? CauseKinds.ofChange(change) : reading.kind();
  }
}
