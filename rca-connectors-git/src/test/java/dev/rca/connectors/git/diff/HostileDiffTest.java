package dev.rca.connectors.git.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Untrusted diff text: mangled, huge or built to make patterns backtrack. */
class HostileDiffTest {
  private static final String SEED = """
      diff --git a/config/app.yaml b/config/app.yaml
      --- a/config/app.yaml
      +++ b/config/app.yaml
      @@ -1,6 +1,6 @@ spring:
         datasource:
           hikari:
      -      maximum-pool-size: 50
      +      maximum-pool-size: 5
      - name: X
      +  value: "1"
      --- a/db/V1.sql
      +++ b/db/V1.sql
      @@ -0,0 +1 @@
      +DROP INDEX i;
      """;

  @Test
  void mangledDiffsNeverThrowAndStayWithinBounds() {
    Random random = new Random(42);
    String alphabet = "-+ @\n:=\"'{}[]#;,.-_aZ09\t/\0";
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder(SEED);
      for (int edits = random.nextInt(40); edits > 0; edits--) {
        int at = random.nextInt(text.length() + 1);
        if (random.nextBoolean() && at < text.length()) {
          text.deleteCharAt(at);
        } else {
          text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }

      ChangeTouches t = ChangeTouches.of(List.of("config/app.yaml"), text.toString());

      assertThat(t.touches()).hasSizeLessThanOrEqualTo(ChangeTouches.MAX_TOUCHES);
      assertThat(t.attributes().size()).isLessThanOrEqualTo(ChangeTouches.MAX_LISTED + 3);
    }
  }

  @Test
  void readsA64KiBDiffOfPathologicalLinesQuickly() {
    StringBuilder text = new StringBuilder("--- a/a.conf\n+++ b/a.conf\n");
    String[] lines = {"+" + "a ".repeat(400) + "{", "-" + "x".repeat(900) + ":",
        "+\"" + "\\\\\"".repeat(300), "+" + "1".repeat(900) + "m", "-a = " + "[".repeat(900),
        "+" + "-Xmx".repeat(200), "+'SELECT " + " ".repeat(800)};
    int i = 0;
    while (text.length() < DiffReader.MAX_INPUT_CHARS) {
      text.append(lines[i++ % lines.length]).append('\n');
    }
    long start = System.nanoTime();

    ChangeTouches t = ChangeTouches.of(List.of(), text.toString());

    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
    assertThat(t.touches()).isNotEmpty();
  }
}
