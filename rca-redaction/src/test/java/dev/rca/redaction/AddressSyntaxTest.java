package dev.rca.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written searches find, one after another, what their patterns find. */
class AddressSyntaxTest {
  private static final String[] EMAIL_PIECES = {"@", "@", ".", ".", "-", "_", "%", "+", "a", "Z",
      "9", "com", "example", "co", "x1", "org-", "b.c", " ", "<", ">", "\"", "'", ":", "é", "\u212A",
      "user", "first.last", "-1", "..", "@@", "a@b", "museum", "abcdefghijklmnopqrstuvwxyz",
      "abcdefghijklmnopqrstuvwx", "abcdefghijklmnopqrstuvwxy", "a.b.c.d.e.f.g.h", ".i.j.k"};
  private static final String[] URL_PIECES = {"://", "://", ":", ":", "@", "@", "/", "?", "#", " ",
      "\t", "postgres", "mongodb+srv", "a", "Z", "9", "+", ".", "-", "app", "s3cr3t", "é", "%40",
      "db-1", ":5432", "x:y", "http", "1", "_"};

  @Test
  void theEmailSearchFindsWhatItsPatternFinds() {
    int found = compare(AddressSyntax.email(), Pattern.compile(AddressSyntax.EMAIL), new int[0],
        EMAIL_PIECES, new String[] {"", " ", "x", "_", "."}, new String[] {"@"},
        new String[] {".", ".", ".", "-", "a.", "1."}, 11);
    assertThat(found).isGreaterThan(5_000);
  }

  @Test
  void theUrlPasswordSearchFindsWhatItsPatternFinds() {
    int found = compare(AddressSyntax.urlPassword(), Pattern.compile(AddressSyntax.URL_PASSWORD),
        new int[] {1}, URL_PIECES, new String[] {"", " ", "jdbc:", "1", "+"},
        new String[] {"://", "://", ":/", "//"}, new String[] {":", "@", "/", "?", "#", ":"}, 12);
    assertThat(found).isGreaterThan(3_000);
  }

  /**
   * Compares the matches on random texts and regions; returns how many there were. Half the
   * texts are pieces in any order; the other half word, {@code link}, then words with mostly the
   * {@code inner} pieces between them in their order, and a piece now and then, as an address is
   * written and mistyped.
   */
  private static int compare(WindowMatcher search, Pattern pattern, int[] valueGroups,
      String[] pieces, String[] before, String[] links, String[] inner, long seed) {
    Random random = new Random(seed);
    String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    int found = 0;
    for (int i = 0; i < 40_000; i++) {
      StringBuilder sb = new StringBuilder();
      if (random.nextBoolean()) {
        for (int k = random.nextInt(16); k >= 0; k--) {
          sb.append(pieces[random.nextInt(pieces.length)]);
        }
      } else {
        sb.append(before[random.nextInt(before.length)]);
        for (int part = 0; part < 5; part++) {
          for (int k = 1 + random.nextInt(part == 4 ? 4 : 9); k > 0; k--) {
            sb.append(letters.charAt(random.nextInt(part == 4 ? 26 : letters.length())));
          }
          if (random.nextInt(8) == 0) {
            sb.append(pieces[random.nextInt(pieces.length)]);
          }
          if (part < 4) {
            // the inner pieces mostly in their order: user ":" password "@" host
            sb.append(part == 0 ? links[random.nextInt(links.length)]
                : inner[random.nextInt(3) != 0 ? part - 1 : random.nextInt(inner.length)]);
          }
        }
        sb.append(before[random.nextInt(before.length)]);
      }
      String text = sb.toString();
      int regionStart = random.nextInt(4) == 0 ? random.nextInt(text.length() + 1) : 0;
      int regionEnd = random.nextInt(4) == 0
          ? regionStart + random.nextInt(text.length() - regionStart + 1) : text.length();
      List<String> expected = patternMatches(pattern, valueGroups, text, regionStart, regionEnd);
      assertThat(searchMatches(search, text, regionStart, regionEnd))
          .as("[%s] in %d-%d", text, regionStart, regionEnd).isEqualTo(expected);
      found += expected.size();
    }
    return found;
  }

  private static List<String> searchMatches(WindowMatcher search, String text, int regionStart,
      int regionEnd) {
    List<String> out = new ArrayList<>();
    for (int at = regionStart; at <= regionEnd; ) {
      WindowMatcher.Match m = search.find(text, at, regionStart, regionEnd);
      if (m == null) {
        break;
      }
      out.add(m.start() + "-" + m.end() + " value " + m.valueStart() + "-" + m.valueEnd());
      at = m.end() > m.start() ? m.end() : m.start() + 1;
    }
    return out;
  }

  private static List<String> patternMatches(Pattern pattern, int[] valueGroups, String text,
      int regionStart, int regionEnd) {
    List<String> out = new ArrayList<>();
    Matcher m = pattern.matcher(text.substring(regionStart, regionEnd));
    int at = 0;
    while (at <= regionEnd - regionStart && m.find(at)) {
      int vs = m.start();
      int ve = m.end();
      for (int g : valueGroups) {
        if (m.start(g) >= 0) {
          vs = m.start(g);
          ve = m.end(g);
          break;
        }
      }
      out.add((regionStart + m.start()) + "-" + (regionStart + m.end()) + " value "
          + (regionStart + vs) + "-" + (regionStart + ve));
      at = m.end() > m.start() ? m.end() : m.start() + 1;
    }
    return out;
  }
}
