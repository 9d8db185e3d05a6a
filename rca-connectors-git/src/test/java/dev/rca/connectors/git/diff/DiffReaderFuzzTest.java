package dev.rca.connectors.git.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the unified-diff reader and what reads settings out of it. {@code mvn
 * verify} replays the seeds in
 * {@code src/test/resources/dev/rca/connectors/git/diff/DiffReaderFuzzTestInputs}; real fuzzing:
 * {@code JAZZER_FUZZ=1 ./mvnw -o -pl rca-api,rca-connectors-git test -Dtest=DiffReaderFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}. Invariants: any text reads without an exception,
 * within every documented bound (files, hunks, lines, line length), and judging its touches
 * neither throws nor exceeds their bounds.
 */
class DiffReaderFuzzTest {

  @FuzzTest(maxDuration = "60s")
  @Timeout(10)
  void readsAnyTextWithinItsBounds(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);

    UnifiedDiff diff = new DiffReader().read(text);

    assertThat(diff.files()).hasSizeLessThanOrEqualTo(DiffReader.MAX_FILES);
    assertThat(diff.skippedLines()).isNotNegative();
    int hunks = 0;
    int lines = 0;
    for (FileDiff f : diff.files()) {
      assertThat(f.added() + f.removed()).isNotNegative();
      for (Hunk h : f.hunks()) {
        hunks++;
        assertThat(h.lines()).isNotEmpty();
        for (DiffLine l : h.lines()) {
          lines++;
          assertThat(l.text().length()).isLessThan(DiffReader.MAX_LINE_CHARS);
          assertThat(l.text()).doesNotContain("\n");
        }
      }
    }
    assertThat(hunks).isLessThanOrEqualTo(DiffReader.MAX_HUNKS);
    assertThat(lines).isLessThanOrEqualTo(DiffReader.MAX_LINES);

    ChangeTouches touches = ChangeTouches.of(List.of("config/app.yaml"), text);
    assertThat(touches.touches()).hasSizeLessThanOrEqualTo(ChangeTouches.MAX_TOUCHES);
    assertThat(touches.attributes().size()).isLessThanOrEqualTo(ChangeTouches.MAX_LISTED + 3);
    touches.headline();
    touches.configurationOnly();
  }
}
