package dev.rca.core.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rca.api.model.InvestigationRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentBundleTest {
  @TempDir Path dir;

  private static final String PAYLOAD = """
      {"version":"4","status":"firing","receiver":"rca","alerts":[
        {"status":"firing","labels":{"alertname":"HighLatency","job":"checkout"},
         "annotations":{"summary":"p99 over 2s"},"startsAt":"2024-04-15T03:43:10Z",
         "endsAt":"0001-01-01T00:00:00Z","generatorURL":"http://prom/graph","fingerprint":"a1"},
        {"status":"firing","labels":{"alertname":"HighErrorRate","service":"cart"},
         "annotations":{},"startsAt":"2024-04-15T03:42:00+00:00","fingerprint":"b2"},
        {"status":"resolved","labels":{"alertname":"Old","service":"search"},
         "startsAt":"2024-04-15T01:00:00Z","endsAt":"2024-04-15T01:10:00Z"}]}
      """;

  @Test
  void onsetIsTheEarliestFiringAlertAndServicesComeFromFallbackLabels() throws Exception {
    Files.writeString(dir.resolve("incident.json"), PAYLOAD);
    Files.writeString(dir.resolve("topology.json"),
        "{\"services\":{\"checkout\":{\"dependsOn\":[\"cart\"]}}}");
    IncidentBundle bundle = IncidentBundle.open(dir);
    InvestigationRequest request = bundle.request(Duration.ofMinutes(60), Duration.ofMinutes(15));
    assertThat(request.onset()).isEqualTo(Instant.parse("2024-04-15T03:42:00Z"));
    assertThat(request.services()).containsExactly("checkout", "cart");
    assertThat(request.alerts().get(0).endsAt()).isNull();
    assertThat(request.window().from()).isEqualTo(Instant.parse("2024-04-15T02:42:00Z"));
    assertThat(request.topology().callees("checkout")).containsExactly("cart");
    assertThat(request.symptom()).contains("HighLatency on checkout: p99 over 2s");
  }

  @Test
  void malformedIncidentNamesFileAndPosition() throws Exception {
    Files.writeString(dir.resolve("incident.json"), "{\"alerts\": [\n  {\"labels\": }\n]}");
    assertThatThrownBy(() -> IncidentBundle.open(dir)).isInstanceOf(TriggerException.class)
        .hasMessageContaining("incident.json line 2 col");
  }

  @Test
  void missingIncidentAndBadTimesAreActionableErrors() throws Exception {
    assertThatThrownBy(() -> IncidentBundle.open(dir)).hasMessageContaining("incident.json: missing");
    Files.writeString(dir.resolve("incident.json"),
        "{\"alerts\":[{\"labels\":{},\"startsAt\":\"yesterday\"}]}");
    assertThatThrownBy(() -> IncidentBundle.open(dir))
        .hasMessageContaining("alerts[0].startsAt: \"yesterday\" is not an RFC 3339 time");
    Files.writeString(dir.resolve("incident.json"), "{\"alerts\":[]}");
    assertThatThrownBy(() -> IncidentBundle.open(dir)).hasMessageContaining("\"alerts\" is empty");
  }

  @Test
  void brokenTopologyIsAWarningNotAFailure() throws Exception {
    Files.writeString(dir.resolve("incident.json"), PAYLOAD);
    Files.writeString(dir.resolve("topology.json"), "{\"services\": [1,2]}");
    IncidentBundle bundle = IncidentBundle.open(dir);
    assertThat(bundle.topology().isEmpty()).isTrue();
    assertThat(bundle.warnings()).singleElement().asString().contains("topology.json");
  }
}
