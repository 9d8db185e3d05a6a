package dev.rca.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode parse(String json) throws Exception {
    return MAPPER.readTree(json);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void writesContractFieldsFirstAndInContractOrder() throws Exception {
    JsonNode root = parse(ReportJson.toJson(SampleReports.confident()));

    assertThat(fieldNames(root)).startsWith("status", "summary", "hypotheses", "sources", "timings");
    assertThat(fieldNames(root.get("hypotheses").get(0)))
        .startsWith("service", "kind", "changeId", "confidence", "statement", "evidence");
    assertThat(fieldNames(root.get("hypotheses").get(0).get("evidence").get(0)))
        .startsWith("id", "source", "link", "excerpt");
    assertThat(fieldNames(root.get("sources").get(0)))
        .startsWith("name", "signal", "status", "elapsedMs", "items", "error");
  }

  @Test
  void writesContractValuesWithWireNames() throws Exception {
    JsonNode root = parse(ReportJson.toJson(SampleReports.confident()));

    assertThat(root.get("status").asText()).isEqualTo("CONFIDENT");
    JsonNode top = root.get("hypotheses").get(0);
    assertThat(top.get("service").asText()).isEqualTo("payments");
    assertThat(top.get("kind").asText()).isEqualTo("config");
    assertThat(top.get("changeId").asText()).isEqualTo("c-8812");
    assertThat(top.get("confidence").asDouble()).isEqualTo(0.91);
    assertThat(top.get("evidence").get(0).get("id").asText()).isEqualTo("ev-17");
    assertThat(top.get("evidence").get(0).get("source").asText()).isEqualTo("changes");
    assertThat(top.get("evidence").get(1).get("source").asText()).isEqualTo("logs");
    assertThat(root.get("hypotheses").get(1).get("changeId").isNull()).isTrue();
    assertThat(root.get("hypotheses").get(1).get("kind").asText()).isEqualTo("database");
    assertThat(root.get("timings").get("totalMs").asLong()).isEqualTo(1310);
  }

  @Test
  void writesSourceStatusWithNullErrorWhenOk() throws Exception {
    JsonNode sources = parse(ReportJson.toJson(SampleReports.confident())).get("sources");

    assertThat(sources.get(0).get("name").asText()).isEqualTo("loki");
    assertThat(sources.get(0).get("signal").asText()).isEqualTo("LOGS");
    assertThat(sources.get(0).get("status").asText()).isEqualTo("OK");
    assertThat(sources.get(0).get("items").asLong()).isEqualTo(183220);
    assertThat(sources.get(0).get("elapsedMs").asLong()).isEqualTo(412);
    assertThat(sources.get(0).get("error").isNull()).isTrue();
    assertThat(sources.get(0).get("warnings").get(0).asText()).startsWith("logs/api.json line 3");
    assertThat(sources.get(2).get("status").asText()).isEqualTo("TIMED_OUT");
    assertThat(sources.get(2).get("error").asText()).isEqualTo("deadline passed");
  }

  @Test
  void writesExtrasNamingMissingSourcesAndRedactionCounts() throws Exception {
    JsonNode root = parse(ReportJson.toJson(SampleReports.confident()));

    assertThat(root.get("investigationId").asText()).isEqualTo("inv-1");
    assertThat(root.get("onset").asText()).isEqualTo("2024-05-01T12:00:00Z");
    assertThat(root.get("window").get("from").asText()).isEqualTo("2024-05-01T11:00:00Z");
    assertThat(root.get("services").toString()).isEqualTo("[\"payments\",\"checkout\"]");
    assertThat(root.get("missing").toString()).isEqualTo("[\"tempo\"]");
    assertThat(root.get("redactions").get("password").asLong()).isPositive();
  }

  @Test
  void carriesOnlyRedactedExcerpts() {
    String json = ReportJson.toJson(SampleReports.confident());

    assertThat(json).doesNotContain("hunter2").contains("<password:1>");
  }

  @Test
  void prettyPrintsWithTwoSpaceIndentAndColonSpace() {
    String json = ReportJson.toJson(SampleReports.confident());

    assertThat(json).startsWith("{\n  \"status\": \"CONFIDENT\",\n  \"summary\": ");
    assertThat(json).contains("\n  \"hypotheses\": [\n    {\n      \"service\": \"payments\",");
    assertThat(json).doesNotContain("\r").doesNotContain(" : ").endsWith("}\n");
  }

  @Test
  void writesEmptyListsCompactly() throws Exception {
    String json = ReportJson.toJson(SampleReports.empty());

    assertThat(json).contains("\"hypotheses\": [],").contains("\"sources\": [],");
    assertThat(parse(json).get("status").asText()).isEqualTo("INSUFFICIENT_EVIDENCE");
  }

  @Test
  void givesTheSameBytesForTheSameReport() {
    assertThat(ReportJson.toJson(SampleReports.confident()))
        .isEqualTo(ReportJson.toJson(SampleReports.confident()));
  }
}
