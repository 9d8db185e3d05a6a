package dev.rca.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The positions worth judging: exactly the starts of seven characters from ' ' to '9'. */
class NumberCandidatesTest {
  /** The definition, one position at a time. */
  private static boolean startsSeven(String text, int i) {
    if (i + 7 > text.length()) {
      return false;
    }
    for (int k = i; k < i + 7; k++) {
      if (text.charAt(k) < ' ' || text.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }

  private static void assertMarksExactly(String text) {
    long[] bits = NumberCandidates.of(LineBytes.of(text), text.length());
    for (int i = 0; i < text.length(); i++) {
      boolean marked = (bits[i >>> 6] >>> i & 1) != 0;
      assertThat(marked).as("position %d of [%s]", i, text).isEqualTo(startsSeven(text, i));
    }
  }

  @Test
  void marksRunsThatCrossTheEdgeOfA64CharacterBlock() {
    String pad = "a".repeat(60);
    assertMarksExactly(pad + "1234567z");     // starts 4 before the edge, ends 3 past it
    assertMarksExactly(pad + "12 34-5/");      // separators count as run characters
    assertMarksExactly(pad + "123456");        // six at the end of the line: none
    assertMarksExactly("z".repeat(57) + "1234567" + "8".repeat(70)); // across two edges
  }

  @Test
  void marksWhatTheDefinitionMarksOnRandomLines() {
    Random random = new Random(11);
    String alphabet = "0123456789 .-/:aZ\"";
    for (int round = 0; round < 2_000; round++) {
      StringBuilder line = new StringBuilder();
      int length = 1 + random.nextInt(200);
      for (int i = 0; i < length; i++) {
        line.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
            : (char) ('0' + random.nextInt(10)));
      }
      assertMarksExactly(line.toString());
    }
  }
}
