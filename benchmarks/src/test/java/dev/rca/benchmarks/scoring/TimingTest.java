package dev.rca.benchmarks.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimingTest {
  @Test
  void timingUsesNearestRankPercentilesAndSkipsUnknownTimes() {
    List<Outcome> timed = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      timed.add(new Outcome("b" + i, ReportFixtures.invisible(),
          ReportAnswer.unavailable(Outcome.MISSING, "none"), i * 10L));
    }
    timed.add(new Outcome("unknown", ReportFixtures.invisible(),
        ReportAnswer.unavailable(Outcome.MISSING, "none"), -1));

    Timing t = Timing.of(timed);

    assertThat(t.bundles()).isEqualTo(10);
    assertThat(t.totalMs()).isEqualTo(550);
    assertThat(t.meanMs()).isEqualTo(55.0);
    assertThat(t.p50Ms()).isEqualTo(50);
    assertThat(t.p95Ms()).isEqualTo(100);
    assertThat(t.maxMs()).isEqualTo(100);
  }
}
