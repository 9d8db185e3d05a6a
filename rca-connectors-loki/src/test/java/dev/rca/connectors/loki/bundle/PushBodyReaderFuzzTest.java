package dev.rca.connectors.loki.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the Loki push-body reader. {@code mvn verify} replays the seeds in
 * {@code src/test/resources/dev/rca/connectors/loki/bundle/PushBodyReaderFuzzTestInputs}; real
 * fuzzing: {@code JAZZER_FUZZ=1 ./mvnw -o -pl rca-api,rca-connectors-loki test
 * -Dtest=PushBodyReaderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false}. Invariants: any bytes
 * read without an exception; every entry has a service, a level, non-negative epoch
 * nanoseconds and a line within {@link PushBodyReader#MAX_LINE}; the outcome counts exactly the
 * entries delivered; every warning names the file, and a line and column unless it is one of the
 * whole-file notes; warnings stay within their bound, and a broken file says why.
 */
class PushBodyReaderFuzzTest {
  private static final String NAME = "logs/fuzz.json";
  private static final Pattern AT = Pattern.compile(
      "\\Q" + NAME + "\\E line [1-9]\\d* col [1-9]\\d*: .+", Pattern.DOTALL);
  /** Notes about the file as a whole: the count of unlisted warnings, an unreadable encoding. */
  private static final Pattern WHOLE_FILE = Pattern.compile(
      "\\Q" + NAME + "\\E: (\\d+ more warnings not shown|cannot read: .+)", Pattern.DOTALL);
  private static final Path FILE = scratchFile();
  /** Small, so that the fuzzer reaches the string bound with inputs of a few kilobytes. */
  private static final PushBodyReader READER = PushBodyReader.withMaxStringLength(1024);

  @FuzzTest(maxDuration = "60s")
  @Timeout(10)
  void readsAnyBytesIntoWellFormedEntriesAndPositionedWarnings(byte[] body) throws Exception {
    Files.write(FILE, body);
    List<String> warnings = new ArrayList<>();
    long[] delivered = {0};

    PushBodyReader.Outcome outcome = READER.read(FILE, NAME, (service, level, nanos, line) -> {
      delivered[0]++;
      assertThat(service).isNotEmpty();
      assertThat(level).isNotNull();
      assertThat(nanos).isNotNegative();
      assertThat(line.length()).isLessThanOrEqualTo(PushBodyReader.MAX_LINE);
    }, warnings);

    assertThat(outcome.entries()).isEqualTo(delivered[0]);
    assertThat(warnings).hasSizeLessThanOrEqualTo(PushBodyReader.MAX_WARNINGS + 1);
    for (String w : warnings) {
      if (!AT.matcher(w).matches()) {
        assertThat(w).matches(WHOLE_FILE);
      }
    }
    if (outcome.broken()) {
      assertThat(warnings).isNotEmpty();
    }
  }

  private static Path scratchFile() {
    try {
      Path dir = Files.createTempDirectory("push-body-fuzz");
      dir.toFile().deleteOnExit();
      Path file = dir.resolve("fuzz.json");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
