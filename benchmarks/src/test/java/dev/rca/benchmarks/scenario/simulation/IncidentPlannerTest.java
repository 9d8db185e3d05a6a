package dev.rca.benchmarks.scenario.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rca.benchmarks.scenario.ScenarioCatalog;
import dev.rca.benchmarks.scenario.ScenarioSpec;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IncidentPlannerTest {

  @Test
  void callersFailAfterTheirCalleeAndAlertsFollowTheirSymptoms() {
    for (long seed = 1; seed <= 20; seed++) {
      IncidentPlan plan = IncidentPlanner.plan(ScenarioCatalog.forKind("config", seed).build());
      Map<String, Impact> byService = new java.util.HashMap<>();
      plan.impacts().forEach(i -> byService.put(i.service(), i));
      for (Impact caller : plan.impacts().subList(1, plan.impacts().size())) {
        Impact callee = byService.get(caller.upstream());
        long lag = Duration.between(callee.start(), caller.start()).toSeconds();
        assertThat(lag).as("seed " + seed + " " + caller.service()).isBetween(20L, 90L);
      }
      for (AlertRecord alert : plan.alerts()) {
        long delay = Duration.between(byService.get(alert.service()).start(), alert.startsAt()).toSeconds();
        assertThat(delay).isBetween(60L, 180L);
      }
      assertThat(plan.faultStart()).isBefore(plan.onset()).isAfter(plan.from());
    }
  }

  @Test
  void namesTheGuiltyChangeAndKeepsUnrelatedDeploysAFewMinutesAway() {
    ScenarioSpec spec = ScenarioCatalog.forKind("deploy", 4).build();
    IncidentPlan plan = IncidentPlanner.plan(spec);
    ChangeRecord guilty = plan.changes().stream().filter(ChangeRecord::culprit).findFirst().orElseThrow();
    assertThat(plan.culpritChangeId()).isEqualTo(guilty.id());
    assertThat(guilty.service()).isEqualTo("cart");
    ChangeRecord unrelated = plan.changes().stream()
        .filter(c -> !c.culprit() && c.type() == ChangeRecord.Type.SERVICE_DEPLOYED)
        .findFirst().orElseThrow();
    assertThat(unrelated.service()).isNotEqualTo("cart");
    assertThat(Duration.between(guilty.at(), unrelated.at()).abs().toSeconds()).isBetween(150L, 361L);
  }

  @Test
  void poolShrinksAndThreadsQueueOnlyAfterTheConfigLands() {
    IncidentPlan plan = IncidentPlanner.plan(ScenarioCatalog.forKind("config", 8).build());
    ServiceLoad load = new ServiceLoad(plan);
    ServiceState before = load.at("payments", plan.faultStart().minusSeconds(60));
    ServiceState after = load.at("payments", plan.onset());
    assertThat(before.poolMax()).isEqualTo(40);
    assertThat(before.poolPending()).isZero();
    assertThat(after.poolMax()).isLessThan(10);
    assertThat(after.poolPending()).isGreaterThan(5);
    assertThat(after.errorRatio()).isGreaterThan(before.errorRatio() * 10);
    assertThat(load.at("cart", plan.onset()).errorRatio()).isLessThan(0.01);
  }
}
