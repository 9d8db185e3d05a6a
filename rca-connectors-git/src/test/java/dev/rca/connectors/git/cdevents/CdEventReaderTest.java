package dev.rca.connectors.git.cdevents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rca.api.evidence.ChangeEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CdEventReaderTest {
  @TempDir Path dir;
  private final List<String> warnings = new ArrayList<>();

  static String event(String id, String type, String timestamp, String subjectId,
      String customData) {
    return "{\"context\":{\"specversion\":\"0.4.1\",\"id\":\"" + id + "\",\"source\":\"/ci\","
        + "\"type\":\"" + type + "\",\"timestamp\":\"" + timestamp + "\"},"
        + "\"subject\":{\"id\":\"" + subjectId + "\",\"source\":\"/ci\",\"content\":"
        + "{\"environment\":{\"id\":\"prod\"}}}"
        + (customData.isEmpty() ? "" : ",\"customData\":" + customData) + "}";
  }

  static final String POOL_CUT_DIFF = """
      diff --git a/apps/payments/values-prod.yaml b/apps/payments/values-prod.yaml
      index a771fc5..2716f91 100644
      --- a/apps/payments/values-prod.yaml
      +++ b/apps/payments/values-prod.yaml
      @@ -18,6 +18,6 @@ spring:
         datasource:
           hikari:
      -      maximum-pool-size: 40
      +      maximum-pool-size: 4
             connection-timeout: 30000
             idle-timeout: 600000
      """;

  static String customData(Map<String, Object> fields) throws Exception {
    return new ObjectMapper().writeValueAsString(fields);
  }

  private List<ChangeEvent> read(String body) throws Exception {
    Path file = dir.resolve("c.json");
    Files.writeString(file, body);
    return new CdEventReader().read(file, "changes/c.json", warnings::add);
  }

  private ChangeEvent one(String body) throws Exception {
    List<ChangeEvent> changes = read(body);
    assertThat(warnings).isEmpty();
    assertThat(changes).hasSize(1);
    return changes.get(0);
  }

  @Test
  void mapsADeploymentFromASingleObject() throws Exception {
    ChangeEvent c = one(event("d-1", "dev.cdevents.service.deployed.0.1.1",
        "2024-04-15T05:38:00+02:00", "prod/payments",
        "{\"version\":\"1.4.2\",\"previousVersion\":\"1.4.1\",\"author\":\"ci@example.com\"}"));

    assertThat(c.type()).isEqualTo(ChangeEvent.Type.DEPLOY);
    assertThat(c.changeId()).isEqualTo("d-1");
    assertThat(c.service()).isEqualTo("payments");
    assertThat(c.at()).isEqualTo(Instant.parse("2024-04-15T03:38:00Z"));
    assertThat(c.summary()).isEqualTo("payments deployed 1.4.2 (was 1.4.1)");
    assertThat(c.attributes()).containsEntry("author", "ci@example.com")
        .containsEntry("environment", "prod").containsEntry("version", "1.4.2");
    assertThat(c.link()).startsWith("file:").endsWith("c.json#event=d-1");
  }

  @Test
  void mapsEveryTypeOfAnArray() throws Exception {
    String ts = "2024-04-15T03:30:00Z";
    List<ChangeEvent> changes = read("[" + String.join(",",
        event("a", "dev.cdevents.service.upgraded.0.2.0", ts, "cart", "{\"version\":\"2\"}"),
        event("b", "dev.cdevents.service.rolledback.0.2.0", ts, "cart", ""),
        event("c", "dev.cdevents.change.merged.0.2.0", ts, "PR-7",
            "{\"service\":\"payments\",\"files\":[\"helm/payments/values.yaml\"],"
                + "\"title\":\"reduce pool size\"}"),
        event("d", "dev.cdevents.change.merged.0.2.0", ts, "PR-8",
            "{\"service\":\"payments\",\"files\":[\"src/Pool.java\",\"config/app.yaml\"]}"),
        event("e", "dev.cdeventsx.featureflag-flag.changed.0.1.0", ts, "flags",
            "{\"service\":\"pricing\",\"flag\":\"new-pricing\",\"from\":\"on\",\"to\":\"off\"}"),
        event("f", "dev.cdeventsx.autoscaler-scale.changed.0.1.0", ts, "hpa",
            "{\"service\":\"api\",\"from\":3,\"to\":10,\"desiredReplicas\":10,\"actualReplicas\":3}"),
        event("g", "dev.cdevents.pipelinerun.finished.0.1.1", ts, "ns/build-42",
            "{\"message\":\"nightly\"}")) + "]");

    assertThat(warnings).isEmpty();
    assertThat(changes).extracting(ChangeEvent::type).containsExactly(
        ChangeEvent.Type.DEPLOY, ChangeEvent.Type.ROLLBACK, ChangeEvent.Type.CONFIG,
        ChangeEvent.Type.OTHER, ChangeEvent.Type.FEATURE_FLAG, ChangeEvent.Type.SCALING,
        ChangeEvent.Type.OTHER);
    assertThat(changes).extracting(ChangeEvent::service).containsExactly(
        "cart", "cart", "payments", "payments", "pricing", "api", "build-42");
    assertThat(changes).extracting(ChangeEvent::summary).containsExactly(
        "cart upgraded 2",
        "cart rolled back",
        "payments config change merged: reduce pool size (helm/payments/values.yaml)",
        "payments change merged (src/Pool.java, config/app.yaml)",
        "flag new-pricing on→off",
        "scale 3→10 failed: desired 10, actual 3",
        "build-42 pipelinerun finished: nightly");
    assertThat(changes.get(5).attributes()).containsEntry("desiredReplicas", "10")
        .containsEntry("actualReplicas", "3").containsEntry("from", "3");
  }

  @Test
  void takesFilesFromTheDiffAndClipsIt() throws Exception {
    String diff = "diff --git a/config/payments.yaml b/config/payments.yaml\\n"
        + "--- a/config/payments.yaml\\n+++ b/config/payments.yaml\\n"
        + "-maxPoolSize: 50\\n+maxPoolSize: 5\\n" + "x".repeat(70_000);
    ChangeEvent c = one(event("c-8812", "dev.cdevents.change.merged.0.2.0",
        "2024-04-15T03:30:00Z", "PR-1", "{\"service\":\"payments\",\"diff\":\"" + diff
            + "\",\"url\":\"https://git.example.com/pr/1\"}"));

    assertThat(c.type()).isEqualTo(ChangeEvent.Type.CONFIG);
    assertThat(c.files()).containsExactly("config/payments.yaml");
    assertThat(c.diff()).startsWith("diff --git").contains("+maxPoolSize: 5")
        .hasSizeLessThan(CdEventMapping.MAX_DIFF_CHARS + 100);
    assertThat(c.link()).isEqualTo("https://git.example.com/pr/1");
  }

  @Test
  void warnsAboutAnEventWithoutIdAndKeepsTheOthers() throws Exception {
    List<ChangeEvent> changes = read("[\n"
        + event("a", "dev.cdevents.service.deployed.0.1.1", "2024-04-15T03:30:00Z", "cart", "")
        + ",\n  " + event("", "dev.cdevents.service.deployed.0.1.1", "2024-04-15T03:31:00Z",
            "cart", "")
        + ",\n  " + event("c", "dev.cdevents.service.deployed.0.1.1", "yesterday", "cart", "")
        + "\n]");

    assertThat(changes).extracting(ChangeEvent::changeId).containsExactly("a");
    assertThat(warnings).containsExactly(
        "changes/c.json line 3 col 3 (event 1): event skipped: missing context.id",
        "changes/c.json line 4 col 3 (event 2): event skipped: context.timestamp is not an "
            + "RFC 3339 time: \"yesterday\"");
  }

  @Test
  void reportsAMalformedFileWithPositionAndKeepsEventsBefore() throws Exception {
    List<ChangeEvent> changes = read("[\n"
        + event("a", "dev.cdevents.service.deployed.0.1.1", "2024-04-15T03:30:00Z", "cart", "")
        + ",\n  {\"context\": oops}\n]");

    assertThat(changes).extracting(ChangeEvent::changeId).containsExactly("a");
    assertThat(warnings).singleElement().asString()
        .startsWith("changes/c.json line 3 col 15: Unrecognized token 'oops'");
  }

  @Test
  void describesWhatAMergedConfigChangeTouchedAndHowRiskyItIs() throws Exception {
    ChangeEvent c = one(event("c-8812", "dev.cdevents.change.merged.0.2.0", "2024-04-15T03:30:00Z",
        "PR-1", customData(Map.of("service", "payments", "title", "Reduce pool",
            "diff", POOL_CUT_DIFF))));

    assertThat(c.type()).isEqualTo(ChangeEvent.Type.CONFIG);
    assertThat(c.attributes()).containsEntry("touches", "pool")
        .containsEntry("touch.1", "spring.datasource.hikari.maximum-pool-size: 40 -> 4 (x0.1)")
        .containsEntry("risk", "high");
    assertThat(c.summary()).isEqualTo("payments config change merged: Reduce pool "
        + "(apps/payments/values-prod.yaml); pool spring.datasource.hikari.maximum-pool-size: "
        + "40 -> 4 (x0.1)");
  }

  @Test
  void aMergedImageBumpInAYamlFileIsNotAConfigChange() throws Exception {
    String diff = "--- a/apps/payments/values.yaml\n+++ b/apps/payments/values.yaml\n"
        + "@@ -1,2 +1,2 @@\n image:\n-  tag: 1.4.1\n+  tag: 1.4.2\n";
    ChangeEvent c = one(event("c-1", "dev.cdevents.change.merged.0.2.0", "2024-04-15T03:30:00Z",
        "PR-2", customData(Map.of("service", "payments", "diff", diff))));

    assertThat(c.type()).isEqualTo(ChangeEvent.Type.OTHER);
    assertThat(c.attributes()).containsEntry("touches", "code").containsEntry("risk", "medium");
  }

  @Test
  void aMergedMigrationIsAHighRiskQueryChangeOfCode() throws Exception {
    String diff = "--- /dev/null\n+++ b/db/migration/V9__idx.sql\n@@ -0,0 +1 @@\n"
        + "+DROP INDEX idx_orders_customer;\n";
    ChangeEvent c = one(event("c-2", "dev.cdevents.change.merged.0.2.0", "2024-04-15T03:30:00Z",
        "PR-3", customData(Map.of("service", "orders", "diff", diff))));

    assertThat(c.type()).isEqualTo(ChangeEvent.Type.OTHER);
    assertThat(c.files()).containsExactly("db/migration/V9__idx.sql");
    assertThat(c.attributes()).containsEntry("touches", "query").containsEntry("risk", "high")
        .containsEntry("touch.1", "db/migration/V9__idx.sql: DROP INDEX idx_orders_customer;");
    assertThat(c.summary()).endsWith("; query db/migration/V9__idx.sql: DROP INDEX idx_orders_customer;");
  }

  @Test
  void aDeploymentWithoutDiffOrFilesGetsNoTouchAttributes() throws Exception {
    ChangeEvent c = one(event("d-1", "dev.cdevents.service.deployed.0.1.1", "2024-04-15T03:30:00Z",
        "prod/payments", "{\"version\":\"1.4.2\"}"));

    assertThat(c.attributes()).doesNotContainKeys("touches", "touch.1", "risk");
    assertThat(c.summary()).isEqualTo("payments deployed 1.4.2");
  }

  @Test
  void judgesFlagAndScalingEventsFromTheirFromAndTo() throws Exception {
    String ts = "2024-04-15T03:30:00Z";
    List<ChangeEvent> changes = read("[" + String.join(",",
        event("f1", "dev.cdeventsx.featureflag-flag.changed.0.1.0", ts, "flags",
            "{\"service\":\"pricing\",\"flag\":\"new-pricing\",\"from\":false,\"to\":true}"),
        event("s1", "dev.cdeventsx.autoscaler-scale.changed.0.1.0", ts, "hpa",
            "{\"service\":\"api\",\"from\":8,\"to\":2}")) + "]");

    assertThat(changes).extracting(c -> c.attributes().get("touches"),
            c -> c.attributes().get("touch.1"), c -> c.attributes().get("risk"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("flag", "new-pricing: false -> true", "high"),
            org.assertj.core.groups.Tuple.tuple("resource", "replicas: 8 -> 2 (x0.25)", "high"));
    assertThat(changes.get(0).summary()).isEqualTo("flag new-pricing false→true");
  }
}
