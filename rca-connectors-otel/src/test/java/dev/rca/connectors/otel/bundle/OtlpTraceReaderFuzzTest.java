package dev.rca.connectors.otel.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rca.analysis.traces.SpanRecord;
import dev.rca.api.spi.Deadline;
import dev.rca.api.spi.DeadlineExceededException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the OTLP/JSON trace reader. {@code mvn verify} replays the seeds in
 * {@code src/test/resources/dev/rca/connectors/otel/bundle/OtlpTraceReaderFuzzTestInputs}; real
 * fuzzing: {@code JAZZER_FUZZ=1 ./mvnw -o -pl rca-api,rca-connectors-otel test
 * -Dtest=OtlpTraceReaderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false}. Invariants: any
 * bytes read without an exception and end (JSON Lines restarts included); every span has ids, a
 * service, an end not before its start and only kept, clipped attributes; the count returned is
 * the count delivered; every warning names the file, and a line and column unless it is one of
 * the whole-file notes; warnings stay within their bound.
 */
class OtlpTraceReaderFuzzTest {
  private static final String NAME = "traces/fuzz.json";
  private static final Pattern AT = Pattern.compile(
      "\\Q" + NAME + "\\E line [1-9]\\d* col [1-9]\\d*: .+", Pattern.DOTALL);
  private static final Pattern WHOLE_FILE = Pattern.compile("\\Q" + NAME
      + "\\E: (\\d+ more spans skipped|\\d+ further problems not listed|cannot read: .*)");
  private static final Path FILE = scratchFile();

  @FuzzTest(maxDuration = "60s")
  @Timeout(10)
  void readsAnyBytesIntoWellFormedSpansAndPositionedWarnings(byte[] body) throws Exception {
    Files.write(FILE, body);
    List<SpanRecord> spans = new ArrayList<>();
    List<String> warnings = new ArrayList<>();

    long count = new OtlpTraceReader(Deadline.after(Duration.ofMinutes(5)))
        .read(FILE, NAME, spans::add, warnings::add);

    assertThat(count).isEqualTo(spans.size());
    for (SpanRecord s : spans) {
      assertThat(s.traceId()).isNotEmpty();
      assertThat(s.spanId()).isNotEmpty();
      assertThat(s.service()).isNotEmpty();
      assertThat(s.endEpochNanos()).isGreaterThanOrEqualTo(s.startEpochNanos());
      assertThat(s.statusMessage().length()).isLessThanOrEqualTo(SpanRecord.MAX_ATTRIBUTE_CHARS);
      s.attributes().forEach((k, v) -> {
        assertThat(SpanRecord.keeps(k)).as(k).isTrue();
        assertThat(v.length()).isLessThanOrEqualTo(SpanRecord.MAX_ATTRIBUTE_CHARS);
      });
    }
    assertThat(warnings).hasSizeLessThanOrEqualTo(OtlpTraceReader.MAX_WARNINGS + 2);
    for (String w : warnings) {
      if (!AT.matcher(w).matches()) {
        assertThat(w).matches(WHOLE_FILE);
      }
    }
  }

  /**
   * Found while fuzzing: every broken JSON line restarts the reading, which re-reads the lines
   * before it, so 64,000 broken lines took three minutes that no deadline could stop.
   */
  @Test
  void aDeadlineStopsTheRestartsOverManyBrokenJsonLines() throws Exception {
    Files.writeString(FILE, "{\"resourceSpans\":[ broken\n".repeat(20_000));
    long start = System.nanoTime();

    assertThatThrownBy(() -> new OtlpTraceReader(Deadline.after(Duration.ofMillis(200)))
        .read(FILE, NAME, s -> { }, w -> { }))
        .isInstanceOf(DeadlineExceededException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  private static Path scratchFile() {
    try {
      Path dir = Files.createTempDirectory("otlp-fuzz");
      dir.toFile().deleteOnExit();
      Path file = dir.resolve("fuzz.json");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
