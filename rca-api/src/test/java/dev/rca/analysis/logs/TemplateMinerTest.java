package dev.rca.analysis.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TemplateMinerTest {

  @Test
  void groupsLinesDifferingOnlyInVariables() {
    TemplateMiner miner = TemplateMiner.ofDefaults();
    int a = miner.add("payment 41 failed after 250ms for user \"ann\"");
    int b = miner.add("payment 97 failed after 1.5s for user \"bob\"");
    int c = miner.add("cart 7 emptied");
    assertThat(a).isEqualTo(b).isNotEqualTo(c);
    assertThat(miner.template(a)).isEqualTo("payment <*> failed after <*> for user <*>");
    assertThat(miner.size()).isEqualTo(2);
  }

  @Test
  void mergesDifferingWordsIntoWildcardsAboveTheThreshold() {
    TemplateMiner miner = TemplateMiner.builder().similarity(0.6).build();
    int a = miner.add("connected to shard alpha in zone west");
    int b = miner.add("connected to shard beta in zone east");
    assertThat(a).isEqualTo(b);
    assertThat(miner.template(a)).isEqualTo("connected to shard <*> in zone <*>");
    int c = miner.add("connected to replica gamma via link north");
    assertThat(c).isNotEqualTo(a);
  }

  @Test
  void learnsAWordVariableFromThreeSiblingsButKeepsTwoEventsApart() {
    TemplateMiner miner = TemplateMiner.ofDefaults();
    int start = miner.add("Starting TrustedInstaller initialization now");
    int startFinal = miner.add("Starting TrustedInstaller finalization now");
    assertThat(start).isNotEqualTo(startFinal);

    int root = miner.add("Invalid user webmaster from 10.0.0.1 port 22");
    miner.add("Invalid user test from 10.0.0.2 port 22");
    int third = miner.add("Invalid user oracle from 10.0.0.3 port 22");
    assertThat(miner.cluster(root)).isEqualTo(third);
    assertThat(miner.add("Invalid user admin from 10.0.0.4 port 22")).isEqualTo(third);
    assertThat(miner.template(third)).isEqualTo("Invalid user <*> from <*> port <*>");
  }

  @Test
  void joinsTemplatesWhoseVariablesTookADifferentNumberOfTokens() {
    TemplateMiner miner = TemplateMiner.ofDefaults();
    int a = miner.add("close, 0 bytes sent, 0 bytes received, lifetime 00:01");
    int b = miner.add("close, 1190 bytes (1.16 KB) sent, 1671 bytes (1.63 KB) received, lifetime 00:02");
    assertThat(miner.cluster(a)).isEqualTo(miner.cluster(b));
    int error = miner.add("ERROR close, 0 bytes sent, 0 bytes received, lifetime 00:01");
    assertThat(miner.cluster(error)).isNotEqualTo(miner.cluster(a));
  }

  @Test
  void idsAreStableAndOverflowIsReportedPastTheLimit() {
    TemplateMiner miner = TemplateMiner.builder().maxTemplates(2).build();
    int a = miner.add("alpha one");
    int b = miner.add("beta two three");
    assertThat(miner.add("gamma four five six")).isEqualTo(TemplateMiner.OVERFLOW);
    assertThat(miner.add("alpha one")).isEqualTo(a);
    assertThat(miner.add("beta two three")).isEqualTo(b);
  }

  @Test
  void rejectsBadConfigurationNamingTheSetting() {
    assertThatThrownBy(() -> TemplateMiner.builder().similarity(0)).hasMessageContaining("similarity");
    assertThatThrownBy(() -> TemplateMiner.builder().depth(2)).hasMessageContaining("depth");
  }

  @Test
  void keepsAMillionLinesOfFourShapesInFourTemplates() {
    TemplateMiner miner = TemplateMiner.ofDefaults();
    String[] lines = new String[1024];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = switch (i % 4) {
        case 0 -> "GET /api/orders/" + i + " took " + (i % 300) + "ms status=200";
        case 1 -> "connection pool main acquired in " + i + "ms active=" + (i % 50);
        case 2 -> "user " + i + " logged in from 10.0.0." + (i % 255);
        default -> "processed batch " + i + " of " + (i * 7) + " records";
      };
    }
    for (int i = 0; i < 1_000_000; i++) {
      miner.add(lines[i & 1023]);
    }
    // Speed is measured by LogMiningBenchmark, not asserted here.
    assertThat(miner.size()).isEqualTo(4);
  }
}
