package dev.rca.core.engine;

import static dev.rca.core.Fixtures.ONSET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rca.api.evidence.ChangeEvent;
import dev.rca.api.model.CauseKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeSuspicionTest {
  private static ChangeEvent merged(String touches, String risk, long secondsBefore) {
    return new ChangeEvent("c", "id-" + touches, "payments", ONSET.minusSeconds(secondsBefore),
        ChangeEvent.Type.CONFIG, "merge", "", List.of(),
        Map.of("touches", touches, "risk", risk), "");
  }

  @Test
  void aPoolCutIsMoreSuspectThanADocsEditLandingAtTheSameMoment() {
    double pool = ChangeSuspicion.of(merged("pool", "high", 120), ONSET, CauseKind.DATABASE);
    double docs = ChangeSuspicion.of(merged("docs", "low", 120), ONSET, CauseKind.DATABASE);
    assertThat(pool).isGreaterThan(0.8);
    assertThat(docs).isLessThan(0.2);
  }

  @Test
  void changesAfterTheOnsetOrLongBeforeItAreNotSuspect() {
    assertThat(ChangeSuspicion.timing(merged("pool", "high", -300), ONSET)).isZero();
    assertThat(ChangeSuspicion.timing(merged("pool", "high", 3 * 3600), ONSET)).isZero();
    assertThat(ChangeSuspicion.timing(merged("pool", "high", 60), ONSET))
        .isGreaterThan(ChangeSuspicion.timing(merged("pool", "high", 900), ONSET));
  }

  @Test
  void whatAChangeTouchedMustFitTheFaultTheEvidenceShows() {
    assertThat(ChangeSuspicion.match(merged("tls", "high", 60), CauseKind.MEMORY)).isLessThan(1.0);
    assertThat(ChangeSuspicion.match(merged("resource", "high", 60), CauseKind.MEMORY))
        .isGreaterThan(1.0);
    assertThat(ChangeSuspicion.match(merged("tls", "high", 60), CauseKind.UNKNOWN)).isEqualTo(1.0);
  }
}
