package dev.rca.core.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rca.api.model.Alert;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the Alertmanager payload reader. {@code mvn verify} replays the seeds
 * in {@code src/test/resources/dev/rca/core/trigger/AlertmanagerPayloadFuzzTestInputs}; real
 * fuzzing: {@code JAZZER_FUZZ=1 ./mvnw -o -pl rca-api test -Dtest=AlertmanagerPayloadFuzzTest}.
 * Invariant: any bytes give either alerts (at least one, each with a start) or a
 * {@link TriggerException} whose message names the file; nothing else escapes.
 */
class AlertmanagerPayloadFuzzTest {
  private static final String NAME = "incident.json";
  private static final Path FILE = scratchFile();

  @FuzzTest(maxDuration = "60s")
  @Timeout(10)
  void readsAnyBytesIntoAlertsOrATriggerExceptionNamingTheFile(byte[] body) throws IOException {
    Files.write(FILE, body);
    List<Alert> alerts;
    try {
      alerts = AlertmanagerPayload.read(FILE, NAME);
    } catch (TriggerException e) {
      assertThat(e.getMessage()).startsWith(NAME).hasSizeGreaterThan(NAME.length() + 2);
      return;
    }
    assertThat(alerts).isNotEmpty().hasSizeLessThanOrEqualTo(AlertmanagerPayload.MAX_ALERTS);
    for (Alert a : alerts) {
      assertThat(a.startsAt()).isNotNull();
      assertThat(a.name()).isNotNull();
    }
  }

  private static Path scratchFile() {
    try {
      Path dir = Files.createTempDirectory("alertmanager-fuzz");
      dir.toFile().deleteOnExit();
      Path file = dir.resolve(NAME);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
