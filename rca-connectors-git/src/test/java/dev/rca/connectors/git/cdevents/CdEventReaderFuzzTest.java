package dev.rca.connectors.git.cdevents;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rca.api.evidence.ChangeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the CDEvents reader. {@code mvn verify} replays the seeds in
 * {@code src/test/resources/dev/rca/connectors/git/cdevents/CdEventReaderFuzzTestInputs}; real
 * fuzzing: {@code JAZZER_FUZZ=1 ./mvnw -o -pl rca-api,rca-connectors-git test
 * -Dtest=CdEventReaderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false}. Invariants: any bytes
 * read without an exception; every change has an id, a link and values within the documented
 * bounds (diff 64 KiB plus a note, 1,000 files, 1 KiB per value); every warning names the file,
 * line and column.
 */
class CdEventReaderFuzzTest {
  private static final String NAME = "changes/fuzz.json";
  private static final Pattern AT = Pattern.compile(
      "\\Q" + NAME + "\\E line [1-9]\\d* col [1-9]\\d*( \\(event \\d+\\))?: .+", Pattern.DOTALL);
  private static final Pattern WHOLE_FILE = Pattern.compile("\\Q" + NAME + "\\E: cannot read: .*");
  private static final Path FILE = scratchFile();

  @FuzzTest(maxDuration = "60s")
  @Timeout(10)
  void readsAnyBytesIntoBoundedChangesAndPositionedWarnings(byte[] body) throws Exception {
    Files.write(FILE, body);
    List<String> warnings = new ArrayList<>();

    List<ChangeEvent> changes = new CdEventReader().read(FILE, NAME, warnings::add);

    for (ChangeEvent c : changes) {
      assertThat(c.changeId()).isNotBlank();
      assertThat(c.link()).isNotBlank();
      assertThat(c.summary().length()).isLessThanOrEqualTo(CdEventMapping.MAX_VALUE_CHARS);
      assertThat(c.diff().length()).isLessThanOrEqualTo(CdEventMapping.MAX_DIFF_CHARS + 64);
      assertThat(c.files()).hasSizeLessThanOrEqualTo(ChangedFiles.MAX_FILES);
      c.files().forEach(f ->
          assertThat(f.length()).isLessThanOrEqualTo(CdEventMapping.MAX_VALUE_CHARS));
      c.attributes().forEach((k, v) ->
          assertThat(v.length()).as(k).isLessThanOrEqualTo(CdEventMapping.MAX_VALUE_CHARS));
    }
    for (String w : warnings) {
      if (!AT.matcher(w).matches()) {
        assertThat(w).matches(WHOLE_FILE);
      }
    }
  }

  private static Path scratchFile() {
    try {
      Path dir = Files.createTempDirectory("cdevents-fuzz");
      dir.toFile().deleteOnExit();
      Path file = dir.resolve("fuzz.json");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
