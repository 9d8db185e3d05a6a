package dev.rca.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rca.core.report.SampleReports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-05-01T12:15:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private Path log() {
    return dir.resolve("rca-audit.jsonl");
  }

  static String sha256(String line) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(line.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void appendsOneLinePerRecordChainedToTheExactBytesOfThePrevious() throws Exception {
    AuditLog audit = AuditLog.open(log(), CLOCK);
    audit.write(SampleReports.confident());
    audit.write(SampleReports.empty());
    AuditHead head = audit.append(SampleReports.confident());

    List<String> lines = Files.readAllLines(log());
    assertThat(lines).hasSize(3);
    assertThat(MAPPER.readTree(lines.get(0)).get("prev").asText()).isEqualTo("0".repeat(64));
    assertThat(MAPPER.readTree(lines.get(1)).get("prev").asText()).isEqualTo(sha256(lines.get(0)));
    assertThat(MAPPER.readTree(lines.get(2)).get("prev").asText()).isEqualTo(sha256(lines.get(1)));
    assertThat(MAPPER.readTree(lines.get(2)).get("seq").asLong()).isEqualTo(3);
    assertThat(head).isEqualTo(new AuditHead(3, sha256(lines.get(2))));
    assertThat(audit.head()).isEqualTo(head);
  }

  @Test
  void recordsRedactedTriggerSourcesQueriesAndConclusion() throws Exception {
    AuditLog.open(log(), CLOCK).write(SampleReports.confident());

    String line = Files.readAllLines(log()).get(0);
    JsonNode record = MAPPER.readTree(line);
    List<String> fields = new ArrayList<>();
    record.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("seq", "time", "investigationId", "trigger", "sources",
        "conclusion", "confidence", "redactions", "prev");
    assertThat(record.get("time").asText()).isEqualTo("2024-05-01T12:15:00Z");
    assertThat(record.get("trigger").get("alerts").get(0).asText()).isEqualTo("HighErrorRate");
    assertThat(record.get("trigger").get("onset").asText()).isEqualTo("2024-05-01T12:00:00Z");
    assertThat(record.get("sources").get(0).get("queries").get(0).asText())
        .isEqualTo("{service=\"payments\"}");
    assertThat(record.get("sources").get(2).get("error").asText()).isEqualTo("deadline passed");
    assertThat(record.get("conclusion").get("service").asText()).isEqualTo("payments");
    assertThat(record.get("conclusion").get("kind").asText()).isEqualTo("config");
    assertThat(record.get("conclusion").get("changeId").asText()).isEqualTo("c-8812");
    assertThat(record.get("confidence").asDouble()).isEqualTo(0.91);
    assertThat(record.get("redactions").get("password").asLong()).isPositive();
    assertThat(line).doesNotContain("hunter2").doesNotContain("\n");
  }

  @Test
  void recordsNullConclusionFieldsWhenNoCauseWasFound() throws Exception {
    AuditLog.open(log(), CLOCK).write(SampleReports.empty());

    JsonNode record = MAPPER.readTree(Files.readAllLines(log()).get(0));
    assertThat(record.get("conclusion").get("status").asText()).isEqualTo("INSUFFICIENT_EVIDENCE");
    assertThat(record.get("conclusion").get("service").isNull()).isTrue();
    assertThat(record.get("confidence").isNull()).isTrue();
  }

  @Test
  void chainContinuesAcrossReopen() throws Exception {
    AuditLog.open(log(), CLOCK).write(SampleReports.confident());
    AuditLog.open(log(), CLOCK).write(SampleReports.confident());
    AuditLog reopened = AuditLog.open(log(), CLOCK);
    reopened.write(SampleReports.empty());

    assertThat(reopened.head().seq()).isEqualTo(3);
    assertThat(AuditLogVerifier.verify(log()).intact()).isTrue();
  }

  @Test
  void concurrentAppendsFromTwoInstancesKeepOneChain() throws Exception {
    AuditLog first = AuditLog.open(log(), CLOCK);
    AuditLog second = AuditLog.open(log(), CLOCK);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<AuditHead>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        AuditLog target = i % 2 == 0 ? first : second;
        results.add(pool.submit(() -> target.append(SampleReports.confident())));
      }
      for (Future<AuditHead> f : results) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    AuditLogVerifier.Result result = AuditLogVerifier.verify(log());
    assertThat(result.intact()).as(result.message()).isTrue();
    assertThat(result.records()).isEqualTo(16);
  }

  @Test
  void refusesToOpenALogWhoseLastLineWasCutShort() throws Exception {
    AuditLog audit = AuditLog.open(log(), CLOCK);
    audit.write(SampleReports.confident());
    byte[] bytes = Files.readAllBytes(log());
    Files.write(log(), java.util.Arrays.copyOf(bytes, bytes.length - 10));

    assertThatThrownBy(() -> AuditLog.open(log(), CLOCK))
        .isInstanceOf(IOException.class).hasMessageContaining("incomplete line");
    assertThatThrownBy(() -> audit.write(SampleReports.confident()))
        .isInstanceOf(IOException.class).hasMessageContaining("incomplete line");
  }

  @Test
  void refusesToOpenALogCutFromTheEndBehindItsHead() throws Exception {
    AuditLog audit = AuditLog.open(log(), CLOCK);
    audit.write(SampleReports.confident());
    audit.write(SampleReports.confident());
    audit.write(SampleReports.confident());
    List<String> lines = Files.readAllLines(log());
    Files.write(log(), lines.subList(0, 1));

    assertThatThrownBy(() -> AuditLog.open(log(), CLOCK))
        .isInstanceOf(IOException.class).hasMessageContaining("cut from the end");
  }

  @Test
  void providerOpensTheLogAtThePathOption() throws Exception {
    new AuditLogProvider().create(Map.of("path", log().toString())).write(SampleReports.empty());

    assertThat(Files.readAllLines(log())).hasSize(1);
    assertThatThrownBy(() -> new AuditLogProvider().create(Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("option path is required");
  }
}
