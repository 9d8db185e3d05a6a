package dev.rca.examples.redact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rca.api.model.InvestigationRequest;
import dev.rca.api.model.RootCauseReport;
import dev.rca.api.model.Signal;
import dev.rca.api.spi.SourceConfig;
import dev.rca.core.Investigator;
import dev.rca.core.Providers;
import dev.rca.core.audit.AuditLog;
import dev.rca.core.engine.DeterministicEngine;
import dev.rca.core.report.MarkdownReport;
import dev.rca.core.report.ReportJson;
import dev.rca.core.trigger.IncidentBundle;
import dev.rca.examples.ExampleBundles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plants canary secrets in every signal of a copy of an example bundle (log lines, metric labels,
 * span attributes, alert annotations, a CDEvents diff) and proves that none reaches the engine,
 * a sink, the JSON or Markdown report, or the audit log.
 */
class CanaryLeakTest {
  static final String LOG_PASSWORD = "Cn4ryL0gPassw0rd";
  static final String LOG_TOKEN = "ghp_" + "C4n4ryL0gT0k3nAbCdEfGhIjKlMnOpQrStUv";
  static final String LOG_EMAIL = "canary.log@example.com";
  static final String METRIC_EMAIL = "canary.metrics@example.com";
  static final String METRIC_TOKEN = "glpat-" + "C4n4ryM3tr1cT0k3nXyZ";
  static final String SPAN_PASSWORD = "Cn4rySp4nPw9";
  static final String SPAN_JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjYW5hcnkifQ.C4n4rySpanSig0123456789";
  static final String ALERT_EMAIL = "canary.alert@example.com";
  static final String ALERT_KEY = "AKIA" + "C4N4RYALERTKEY77";
  static final String DIFF_KEY = "sk_live_" + "C4n4ryD1ffK3yAbCdEfGhIjK";
  static final String DIFF_CARD = "4111 1111 1111 1111";
  static final List<String> CANARIES = List.of(LOG_PASSWORD, LOG_TOKEN, LOG_EMAIL, METRIC_EMAIL,
      METRIC_TOKEN, SPAN_PASSWORD, SPAN_JWT, ALERT_EMAIL, ALERT_KEY, DIFF_KEY, DIFF_CARD);

  @TempDir Path tmp;

  @Test
  void plantedSecretsNeverReachEngineSinksReportsOrAuditLog() throws Exception {
    Path bundle = plantCanaries(ExampleBundles.copy("deploy-regression", tmp.resolve("bundle")));
    StringBuilder seenByEngine = new StringBuilder();
    List<String> seenBySink = new ArrayList<>();
    Path audit = tmp.resolve("audit.jsonl");
    DeterministicEngine deterministic = new DeterministicEngine();
    Investigator.Builder b = Investigator.builder()
        .engine(evidence -> {
          seenByEngine.append(evidence.request()).append(evidence.items())
              .append(evidence.sources()).append(evidence.graph())
              .append(evidence.redactionCounts());
          return deterministic.rank(evidence);
        })
        .redactor(Providers.redactor("default").create(Map.of()))
        .sink(report -> seenBySink.add(report.toString()))
        .sink(AuditLog.open(audit))
        .sourceTimeout(Duration.ofSeconds(60)).overallTimeout(Duration.ofSeconds(90));
    for (Signal s : Signal.values()) {
      b.source(Providers.source(s, "bundle").create(
          new SourceConfig(s, "bundle", bundle.toString(), null, Map.of())));
    }
    InvestigationRequest request = IncidentBundle.open(bundle)
        .request(Duration.ofMinutes(60), Duration.ofMinutes(15));
    assertThat(request.toString()).as("the alert carries its canaries before redaction")
        .contains(ALERT_EMAIL, ALERT_KEY);

    RootCauseReport report;
    try (Investigator investigator = b.build()) {
      report = investigator.investigate(request);
    }

    String engine = seenByEngine.toString();
    assertThat(engine).as("evidence reached the engine, redacted")
        .contains("<email:", "<aws-key:", "<github-token:");
    assertThat(report.redactionCounts()).containsKeys("email", "aws-access-key-id");
    List<String> outputs = List.of(engine, String.join("\n", seenBySink),
        ReportJson.toJson(report), MarkdownReport.render(report), Files.readString(audit));
    for (String output : outputs) {
      for (String canary : CANARIES) {
        assertThat(output).as("canary %s", canary).doesNotContain(canary)
            .doesNotContain(java.net.URLEncoder.encode(canary, java.nio.charset.StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void metricLabelValuesStayOutOfEvidenceLinks() throws Exception {
    Path bundle = plantCanaries(ExampleBundles.copy("deploy-regression", tmp.resolve("bundle")));
    Investigator.Builder b = Investigator.builder().engine(new DeterministicEngine())
        .redactor(Providers.redactor("default").create(Map.of()));
    for (Signal s : Signal.values()) {
      b.source(Providers.source(s, "bundle").create(
          new SourceConfig(s, "bundle", bundle.toString(), null, Map.of())));
    }
    try (Investigator investigator = b.build()) {
      String json = ReportJson.toJson(investigator.investigate(IncidentBundle.open(bundle)
          .request(Duration.ofMinutes(60), Duration.ofMinutes(15))));
      assertThat(json).doesNotContain(METRIC_TOKEN, "canary.metrics%40example.com");
    }
  }

  /** Puts each canary where real data would carry it, failing if a signal file did not change. */
  static Path plantCanaries(Path bundle) throws IOException {
    // every log line, whatever its format, ends with the canaries
    edit(bundle, "logs", ".json", t -> t.replaceAll("(\\[\"[0-9]+\",\"[^\"\\\\]*)",
        "$1 user " + LOG_EMAIL + " password=" + LOG_PASSWORD + " token=" + LOG_TOKEN + " "));
    edit(bundle, "metrics", ".om", t -> t.replace("{service=\"", "{owner=\"" + METRIC_EMAIL
        + "\",build=\"token " + METRIC_TOKEN + "\",service=\""));
    edit(bundle, "traces", ".json", t -> t.replace("\"attributes\":[{\"key\":\"http.request.method\"",
        "\"attributes\":[{\"key\":\"db.connection_string\",\"value\":{\"stringValue\":"
            + "\"postgres://app:" + SPAN_PASSWORD + "@db:5432/orders\"}},{\"key\":"
            + "\"http.request.header.authorization\",\"value\":{\"stringValue\":\"Bearer "
            + SPAN_JWT + "\"}},{\"key\":\"http.request.method\""));
    edit(bundle, "changes", ".json", t -> t.replace("\"customData\" : {",
        "\"customData\" : {\n      \"author\" : \"" + ALERT_EMAIL + "\",\n      \"diff\" : \""
            + "--- a/app.yaml\\n+++ b/app.yaml\\n-  stripe_key: old\\n+  stripe_key: " + DIFF_KEY
            + "\\n+  test_card: " + DIFF_CARD + "\\n\","));
    Path incident = bundle.resolve("incident.json");
    String alert = Files.readString(incident);
    String planted = alert.replace("\"summary\" : \"", "\"summary\" : \"contact " + ALERT_EMAIL
        + " key " + ALERT_KEY + " ");
    assertThat(planted).isNotEqualTo(alert);
    Files.writeString(incident, planted);
    return bundle;
  }

  private static void edit(Path bundle, String dir, String suffix, UnaryOperator<String> change)
      throws IOException {
    try (Stream<Path> files = Files.list(bundle.resolve(dir))) {
      for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
        String before = Files.readString(f);
        String after = change.apply(before);
        assertThat(after).as("canary planted in %s", f).isNotEqualTo(before);
        Files.writeString(f, after);
      }
    }
  }
}
