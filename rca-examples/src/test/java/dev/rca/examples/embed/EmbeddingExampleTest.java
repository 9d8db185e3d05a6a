package dev.rca.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rca.api.model.RootCauseReport;
import dev.rca.api.model.Signal;
import dev.rca.api.model.SourceState;
import dev.rca.core.Providers;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingExampleTest {
  @TempDir Path tmp;

  @Test
  void thirdPartySourceIsFoundThroughServiceLoaderByItsName() {
    assertThat(Providers.source(Signal.CHANGES, "deploy-calendar"))
        .isInstanceOf(DeployCalendarSourceProvider.class);
  }

  @Test
  void embeddedInvestigationUsesTheTeamsOwnSourceAndReportsItsBadLines() throws Exception {
    Path bundle = locate("rca-examples/bundles/deploy-regression");
    String onsetDay = Files.readString(bundle.resolve("incident.json"))
        .replaceAll("(?s).*\"startsAt\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    Path calendar = tmp.resolve("deploys.csv");
    Files.writeString(calendar, "# time,service,version\n" + onsetDay + ",cart,9.9.9\nnot,a\n");
    RootCauseReport report = EmbeddingExample.investigate(bundle, calendar);
    var changes = report.sources().stream().filter(s -> s.signal() == Signal.CHANGES)
        .findFirst().orElseThrow();
    assertThat(changes.name()).isEqualTo("deploy-calendar");
    assertThat(changes.state()).isEqualTo(SourceState.OK);
    assertThat(changes.warnings()).singleElement().asString().contains("deploys.csv line 3");
    assertThat(ChatOpsSink.message(report)).contains(report.status().name());
  }

  private static Path locate(String relative) {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve(relative))) {
        return p.resolve(relative);
      }
    }
    throw new IllegalStateException(relative + " not found");
  }
}
