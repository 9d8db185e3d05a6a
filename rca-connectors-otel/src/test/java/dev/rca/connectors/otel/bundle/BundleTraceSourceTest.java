package dev.rca.connectors.otel.bundle;

import static dev.rca.connectors.otel.bundle.Otlp.ONSET;
import static dev.rca.connectors.otel.bundle.Otlp.request;
import static dev.rca.connectors.otel.bundle.Otlp.span;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rca.api.evidence.TraceFinding;
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
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleTraceSourceTest {
  @TempDir Path bundle;

  private static InvestigationScope scope() {
    return new InvestigationScope(InvestigationRequest.builder().onset(ONSET).build(),
        Deadline.after(Duration.ofSeconds(10)));
  }

  private void write(String file, String body) throws Exception {
    Files.createDirectories(bundle.resolve("traces"));
    Files.writeString(bundle.resolve("traces").resolve(file), body);
  }

  private static final String ERROR = "\"status\":{\"code\":2,\"message\":\"failed\"}";

  @Test
  void findsTheErrorOriginAndCallGraphAcrossFiles() throws Exception {
    write("a-checkout.json", request("checkout",
        span("t1", "a1", "", "POST /checkout", 30, 900, ERROR)));
    write("b-payments.json", request("payments",
        span("t1", "b1", "a1", "POST /charge", 30, 800, ERROR),
        span("t1", "c1", "b1", "INSERT payments", 30, 700, "\"kind\":3," + ERROR
            + ",\"attributes\":[{\"key\":\"db.system\",\"value\":{\"stringValue\":\"postgresql\"}}]")
            .replace("\"kind\":2,", "")));
    write("notes.txt", "not a trace");

    SourceResult result = new BundleTraceSource(bundle).gather(scope());

    assertThat(result.itemsRead()).isEqualTo(3);
    assertThat(result.warnings()).isEmpty();
    assertThat(result.queries()).containsExactly("read traces/a-checkout.json",
        "read traces/b-payments.json");
    assertThat(result.observedCalls().callees("checkout")).containsExactly("payments");
    assertThat(result.items()).singleElement().satisfies(e -> {
      TraceFinding f = (TraceFinding) e;
      assertThat(f.kind()).isEqualTo(TraceFinding.Kind.ERROR_ORIGIN);
      assertThat(f.service()).isEqualTo("payments");
      assertThat(f.operation()).isEqualTo("INSERT payments");
      assertThat(f.attributes()).containsEntry("peer", "postgresql");
      assertThat(f.at()).isEqualTo(ONSET.plusSeconds(30));
      assertThat(f.link()).startsWith("file:").endsWith("traces/#trace=t1");
    });
  }

  @Test
  void keepsWhatItCouldReadFromAMalformedFile() throws Exception {
    write("a.json", request("cart", span("t", "01", "", "GET", 0, 5, "")));
    write("b.json", "{\"resourceSpans\": [}");

    SourceResult result = new BundleTraceSource(bundle).gather(scope());

    assertThat(result.itemsRead()).isEqualTo(1);
    assertThat(result.warnings()).singleElement().asString()
        .startsWith("traces/b.json line 1 col 20: ");
  }

  @Test
  void stopsWhenCancelled() throws Exception {
    write("a.json", request("cart", span("t", "01", "", "GET", 0, 5, "")));
    Thread.currentThread().interrupt();

    assertThatThrownBy(() -> new BundleTraceSource(bundle).gather(scope()))
        .isInstanceOf(InterruptedException.class);
  }

  @Test
  void missingTracesDirectoryMeansTheSignalIsUnavailable() {
    assertThatThrownBy(() -> new BundleTraceSource(bundle).gather(scope()))
        .isInstanceOf(SourceUnavailableException.class)
        .hasMessage("no traces/ directory in bundle " + bundle);
  }

  @Test
  void providerIsRegisteredAndValidatesTheEndpoint() {
    SignalSourceProvider provider = ServiceLoader.load(SignalSourceProvider.class).stream()
        .map(ServiceLoader.Provider::get)
        .filter(p -> p.signal() == Signal.TRACES && p.name().equals("bundle"))
        .findFirst().orElseThrow();

    assertThat(provider.create(new SourceConfig(Signal.TRACES, "bundle", bundle.toString(), null,
        Map.of("maxSpans", 1000))).name()).isEqualTo("bundle-traces");
    assertThatThrownBy(() -> provider.create(new SourceConfig(Signal.TRACES, "bundle",
        bundle.resolve("nope").toString(), null, Map.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("traces.endpoint: ");
    assertThatThrownBy(() -> provider.create(new SourceConfig(Signal.TRACES, "bundle",
        bundle.toString(), null, Map.of("maxSpans", "lots"))))
        .hasMessageStartingWith("options.maxSpans: ");
  }
}
