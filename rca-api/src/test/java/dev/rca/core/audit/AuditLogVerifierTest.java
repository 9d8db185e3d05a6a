package dev.rca.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rca.core.report.SampleReports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogVerifierTest {
  @TempDir Path dir;
  private Path log;
  private AuditHead firstHead;

  @BeforeEach
  void writeFourRecords() throws Exception {
    log = dir.resolve("rca-audit.jsonl");
    AuditLog audit = AuditLog.open(log, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    firstHead = audit.append(SampleReports.confident());
    audit.append(SampleReports.empty());
    audit.append(SampleReports.confident());
    audit.append(SampleReports.empty());
  }

  private List<String> lines() throws Exception {
    return new ArrayList<>(Files.readAllLines(log));
  }

  private void rewrite(List<String> lines) throws Exception {
    Files.write(log, lines);
  }

  @Test
  void intactLogVerifies() throws Exception {
    AuditLogVerifier.Result result = AuditLogVerifier.verify(log);

    assertThat(result.intact()).isTrue();
    assertThat(result.records()).isEqualTo(4);
    assertThat(result.firstBrokenLine()).isZero();
    assertThat(result.message()).endsWith("4 records, chain intact, head matches");
  }

  @Test
  void editedRecordIsNamedByItsLine() throws Exception {
    List<String> lines = lines();
    lines.set(1, lines.get(1).replace("INSUFFICIENT_EVIDENCE", "CONFIDENT"));
    rewrite(lines);

    AuditLogVerifier.Result result = AuditLogVerifier.verify(log);

    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenLine()).isEqualTo(2);
    assertThat(result.records()).isEqualTo(1);
    assertThat(result.message()).isEqualTo(log + " line 2 was changed after it was written: its "
        + "hash no longer matches the prev of line 3");
  }

  @Test
  void removedMiddleRecordIsNamed() throws Exception {
    List<String> lines = lines();
    lines.remove(1);
    rewrite(lines);

    AuditLogVerifier.Result result = AuditLogVerifier.verify(log);

    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenLine()).isEqualTo(2);
    assertThat(result.message()).contains("line 2 has seq 3 where 2 was due: record(s) 2 were removed");
  }

  @Test
  void reorderedRecordsAreDetected() throws Exception {
    List<String> lines = lines();
    lines.add(1, lines.remove(2));
    rewrite(lines);

    AuditLogVerifier.Result result = AuditLogVerifier.verify(log);

    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenLine()).isEqualTo(2);
    assertThat(result.message()).contains("reordered");
  }

  @Test
  void truncatedLastLineIsDetected() throws Exception {
    byte[] bytes = Files.readAllBytes(log);
    Files.write(log, java.util.Arrays.copyOf(bytes, bytes.length - 30));

    AuditLogVerifier.Result result = AuditLogVerifier.verify(log);

    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenLine()).isEqualTo(4);
    assertThat(result.message()).contains("line 4 is incomplete");
  }

  @Test
  void garbageLineIsNamedWithoutQuotingIt() throws Exception {
    List<String> lines = lines();
    lines.set(2, "{\"seq\": 3, not json at all");
    rewrite(lines);

    AuditLogVerifier.Result result = AuditLogVerifier.verify(log);

    assertThat(result.firstBrokenLine()).isEqualTo(3);
    assertThat(result.message()).contains("line 3 is not an audit record")
        .doesNotContain("not json at all");
  }

  @Test
  void recordsCutFromTheEndAreDetectedThroughTheHeadFile() throws Exception {
    rewrite(lines().subList(0, 2));

    AuditLogVerifier.Result result = AuditLogVerifier.verify(log);

    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenLine()).isEqualTo(3);
    assertThat(result.message()).contains("cut from the end");
  }

  @Test
  void editedLastRecordIsDetectedThroughTheHeadFile() throws Exception {
    List<String> lines = lines();
    lines.set(3, lines.get(3).replace("inv-0", "inv-9"));
    rewrite(lines);

    AuditLogVerifier.Result result = AuditLogVerifier.verify(log);

    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenLine()).isEqualTo(4);
  }

  @Test
  void withoutTheHeadFileSaysWhatItCannotSee() throws Exception {
    Files.delete(AuditHead.fileFor(log));
    rewrite(lines().subList(0, 2));

    AuditLogVerifier.Result result = AuditLogVerifier.verify(log);

    assertThat(result.intact()).isTrue();
    assertThat(result.message()).contains("no head file, so records cut from the end");
  }

  @Test
  void anchorKeptElsewhereCatchesAChainRewrittenFromTheStart() throws Exception {
    assertThat(AuditLogVerifier.verify(log, firstHead).intact()).isTrue();

    // Rewriting the log from scratch gives a valid chain and head file, but not the old anchor.
    Files.delete(log);
    Files.delete(AuditHead.fileFor(log));
    AuditLog forger = AuditLog.open(log, Clock.fixed(Instant.EPOCH.plusSeconds(1), ZoneOffset.UTC));
    forger.append(SampleReports.empty());
    assertThat(AuditLogVerifier.verify(log).intact()).isTrue();

    AuditLogVerifier.Result result = AuditLogVerifier.verify(log, firstHead);
    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenLine()).isEqualTo(1);
  }

  @Test
  void headOneBehindAfterACrashStillVerifies() throws Exception {
    List<String> lines = lines();
    AuditHead third = new AuditHead(3, AuditLogTest.sha256(lines.get(2)));
    third.writeBeside(log);

    AuditLogVerifier.Result result = AuditLogVerifier.verify(log);

    assertThat(result.intact()).isTrue();
    assertThat(result.message()).contains("one record behind");
  }
}
