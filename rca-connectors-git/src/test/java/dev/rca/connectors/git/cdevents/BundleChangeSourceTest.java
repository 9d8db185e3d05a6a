package dev.rca.connectors.git.cdevents;

import static dev.rca.connectors.git.cdevents.CdEventReaderTest.POOL_CUT_DIFF;
import static dev.rca.connectors.git.cdevents.CdEventReaderTest.customData;
import static dev.rca.connectors.git.cdevents.CdEventReaderTest.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rca.api.evidence.ChangeEvent;
import dev.rca.api.model.InvestigationRequest;
import dev.rca.api.model.Signal;
import dev.rca.api.spi.Deadline;
import dev.rca.api.spi.InvestigationScope;
import dev.rca.api.spi.SignalSourceProvider;
import dev.rca.api.spi.SourceConfig;
import dev.rca.api.spi.SourceResult;
import dev.rca.api.spi.SourceUnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleChangeSourceTest {
  private static final Instant ONSET = Instant.parse("2024-04-15T03:40:00Z");
  private static final String DEPLOYED = "dev.cdevents.service.deployed.0.1.1";
  @TempDir Path bundle;

  private static InvestigationScope scope() {
    return new InvestigationScope(InvestigationRequest.builder().onset(ONSET)
        .lookBack(Duration.ofMinutes(60)).lookAhead(Duration.ofMinutes(15)).build(),
        Deadline.after(Duration.ofSeconds(10)));
  }

  private void write(String file, String body) throws Exception {
    Files.createDirectories(bundle.resolve("changes"));
    Files.writeString(bundle.resolve("changes").resolve(file), body);
  }

  @Test
  void keepsOnlyChangesInsideTheWindowSortedByTime() throws Exception {
    write("b.json", "[" + event("late", DEPLOYED, "2024-04-15T03:56:00Z", "cart", "") + ","
        + event("end", DEPLOYED, "2024-04-15T03:55:00Z", "cart", "") + ","
        + event("old", DEPLOYED, "2024-04-15T02:39:59Z", "cart", "") + "]");
    write("a.json", event("in", DEPLOYED, "2024-04-15T03:38:00Z", "payments", ""));
    write("readme.txt", "ignored");

    SourceResult result = new BundleChangeSource(bundle).gather(scope());

    assertThat(result.items()).extracting(e -> ((ChangeEvent) e).changeId())
        .containsExactly("in", "end");
    assertThat(result.items()).extracting(e -> e.id()).containsExactly("change-1", "change-2");
    assertThat(result.itemsRead()).isEqualTo(4);
    assertThat(result.queries()).containsExactly("read changes/a.json", "read changes/b.json");
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void keepsTheFirstOfTwoEventsWithOneId() throws Exception {
    write("a.json", event("x", DEPLOYED, "2024-04-15T03:38:00Z", "payments", ""));
    write("b.json", event("x", DEPLOYED, "2024-04-15T03:39:00Z", "cart", ""));

    SourceResult result = new BundleChangeSource(bundle).gather(scope());

    assertThat(result.items()).singleElement().extracting(e -> e.service()).isEqualTo("payments");
    assertThat(result.warnings()).containsExactly(
        "changes/b.json: duplicate change id x, kept the first");
  }

  @Test
  void missingChangesDirectoryMeansTheSignalIsUnavailable() {
    assertThatThrownBy(() -> new BundleChangeSource(bundle).gather(scope()))
        .isInstanceOf(SourceUnavailableException.class)
        .hasMessage("no changes/ directory in bundle " + bundle);
  }

  @Test
  void providerIsRegisteredAndValidatesTheEndpoint() {
    SignalSourceProvider provider = ServiceLoader.load(SignalSourceProvider.class).stream()
        .map(ServiceLoader.Provider::get)
        .filter(p -> p.signal() == Signal.CHANGES && p.name().equals("bundle"))
        .findFirst().orElseThrow();

    assertThat(provider.create(new SourceConfig(Signal.CHANGES, "bundle", bundle.toString(), null,
        Map.of())).name()).isEqualTo("bundle-changes");
    assertThatThrownBy(() -> provider.create(new SourceConfig(Signal.CHANGES, "bundle", " ", null,
        Map.of()))).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("changes.endpoint: ");
  }

  @Test
  void tellsADocsOnlyChangeFromAPoolCutLandingMinutesApart() throws Exception {
    String merged = "dev.cdevents.change.merged.0.2.0";
    String readme = "diff --git a/README.md b/README.md\n--- a/README.md\n+++ b/README.md\n"
        + "@@ -1 +1,2 @@\n # Payments\n+Pool sizing: see docs/pool.md\n";
    write("config-repo.json", "[" + event("c-docs", merged, "2024-04-15T03:36:00Z", "PR-9",
        customData(Map.of("service", "payments", "title", "Document pool sizing", "diff", readme)))
        + "," + event("c-8812", merged, "2024-04-15T03:38:30Z", "PR-10",
        customData(Map.of("service", "payments", "title", "Reduce pool", "diff", POOL_CUT_DIFF)))
        + "]");

    SourceResult result = new BundleChangeSource(bundle).gather(scope());

    assertThat(result.items()).extracting(e -> ((ChangeEvent) e).changeId(),
            e -> ((ChangeEvent) e).attributes().get("risk"),
            e -> ((ChangeEvent) e).attributes().get("touches"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("c-docs", "low", "docs"),
            org.assertj.core.groups.Tuple.tuple("c-8812", "high", "pool"));
    assertThat(result.items()).extracting(e -> ((ChangeEvent) e).type())
        .containsExactly(ChangeEvent.Type.OTHER, ChangeEvent.Type.CONFIG);
    assertThat(((ChangeEvent) result.items().get(0)).summary())
        .isEqualTo("payments change merged: Document pool sizing (README.md); docs only");
    assertThat(result.warnings()).isEmpty();
  }
}
