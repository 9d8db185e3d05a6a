package dev.rca.core.engine;

import static dev.rca.core.Fixtures.ONSET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rca.api.evidence.ChangeEvent;
import dev.rca.api.evidence.Evidence;
import dev.rca.api.evidence.MetricAnomaly.Indicator;
import dev.rca.api.evidence.TraceFinding;
import dev.rca.api.model.CauseKind;
import dev.rca.api.model.Hypothesis;
import dev.rca.api.model.InvestigationRequest;
import dev.rca.api.model.ServiceGraph;
import dev.rca.api.redaction.RedactedEvidence;
import dev.rca.core.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeterministicEngineTest {
  private final DeterministicEngine engine = new DeterministicEngine();

  private static RedactedEvidence evidence(ServiceGraph graph, Evidence... items) {
    List<Evidence> numbered = new ArrayList<>();
    for (Evidence e : items) {
      numbered.add(e.withId("ev-" + (numbered.size() + 1)));
    }
    InvestigationRequest request = InvestigationRequest.builder()
        .alerts(Fixtures.request("checkout").alerts()).topology(graph).build();
    return RedactedEvidence.redact(request, numbered, ServiceGraph.empty(), List.of(),
        Fixtures.canaryRedactor("nothing").openSession());
  }

  private static final ServiceGraph SHOP = ServiceGraph.builder().call("checkout", "payments")
      .call("payments", "payments-db").call("checkout", "cart").build();

  @Test
  void blamesTheCalleeWhoseAnomalyStartsFirstAndTheChangeJustBeforeIt() {
    List<Hypothesis> ranked = engine.rank(evidence(SHOP,
        Fixtures.errorPattern("checkout", ONSET.minusSeconds(20), "upstream payments failed"),
        Fixtures.metric("checkout", ONSET.minusSeconds(30), Indicator.ERROR_RATIO, 12),
        Fixtures.metric("payments", ONSET.minusSeconds(90), Indicator.POOL_PENDING, 15),
        Fixtures.errorPattern("payments", ONSET.minusSeconds(85), "connection pool exhausted"),
        Fixtures.change("c-8812", "payments", ONSET.minusSeconds(240), ChangeEvent.Type.CONFIG),
        Fixtures.change("c-9000", "cart", ONSET.minusSeconds(200), ChangeEvent.Type.DEPLOY)));
    Hypothesis top = ranked.get(0);
    assertThat(top.service()).isEqualTo("payments");
    assertThat(top.kind()).isEqualTo(CauseKind.CONFIG);
    assertThat(top.changeId()).isEqualTo("c-8812");
    assertThat(top.evidenceIds()).contains("ev-5");
    assertThat(top.confidence()).isGreaterThan(ranked.get(1).confidence());
  }

  @Test
  void doesNotBlameAnUnrelatedDeployOnAHealthyService() {
    List<Hypothesis> ranked = engine.rank(evidence(SHOP,
        Fixtures.errorPattern("checkout", ONSET.minusSeconds(40), "NullPointerException in Cart"),
        Fixtures.metric("checkout", ONSET.minusSeconds(40), Indicator.ERROR_RATIO, 12),
        Fixtures.change("c-1", "checkout", ONSET.minusSeconds(120), ChangeEvent.Type.DEPLOY),
        Fixtures.change("c-2", "cart", ONSET.minusSeconds(100), ChangeEvent.Type.DEPLOY)));
    assertThat(ranked).extracting(Hypothesis::service).containsExactly("checkout");
    assertThat(ranked.get(0).changeId()).isEqualTo("c-1");
    assertThat(ranked.get(0).kind()).isEqualTo(CauseKind.DEPLOY);
  }

  @Test
  void symptomsWithNothingThatNamesACauseStayLowConfidence() {
    List<Hypothesis> ranked = engine.rank(evidence(ServiceGraph.empty(),
        Fixtures.metric("checkout", ONSET.minusSeconds(30), Indicator.LATENCY, 10),
        Fixtures.errorPattern("checkout", ONSET.minusSeconds(25), "request failed")));
    assertThat(ranked).isNotEmpty();
    assertThat(ranked.get(0).confidence()).isLessThan(0.35);
  }

  @Test
  void namesTheKindFromWhatErrorsSayWhenNoChangeIsNear() {
    List<Hypothesis> ranked = engine.rank(evidence(SHOP,
        Fixtures.errorPattern("payments", ONSET.minusSeconds(60),
            "PKIX path validation failed: certificate has expired"),
        Fixtures.metric("checkout", ONSET, Indicator.ERROR_RATIO, 10)));
    assertThat(ranked.get(0).service()).isEqualTo("payments");
    assertThat(ranked.get(0).kind()).isEqualTo(CauseKind.CERTIFICATE);
  }

  @Test
  void errorsAtCallsToACalleeAreEvidenceAboutTheCallee() {
    TraceFinding atCall = new TraceFinding("t", "checkout", ONSET.minusSeconds(50), "POST /charge",
        TraceFinding.Kind.ERROR_ORIGIN, 40, 0, 0,
        "x509: certificate has expired or is not yet valid", Map.of("peer", "payments"), "file:///t");
    List<Hypothesis> ranked = engine.rank(evidence(SHOP, atCall,
        Fixtures.metric("checkout", ONSET.minusSeconds(45), Indicator.ERROR_RATIO, 12),
        Fixtures.errorPattern("checkout", ONSET.minusSeconds(50),
            "charge failed: Post https://payments:8443/charge: x509: certificate has expired")));
    assertThat(ranked.get(0).service()).isEqualTo("payments");
    assertThat(ranked.get(0).kind()).isEqualTo(CauseKind.CERTIFICATE);
    assertThat(ranked).filteredOn(h -> h.service().equals("checkout"))
        .allSatisfy(h -> assertThat(h.kind()).isNotEqualTo(CauseKind.CERTIFICATE));
  }

  @Test
  void nothingAnomalousMeansNoHypothesis() {
    assertThat(engine.rank(evidence(SHOP,
        Fixtures.change("c-1", "cart", ONSET.minusSeconds(100), ChangeEvent.Type.DEPLOY))))
        .isEmpty();
  }
}
