package dev.rca.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sampled keyword pass: the automaton's hits, in its order, and every IBAN start. */
class KeywordSieveTest {
  private final List<String> words = new ArrayList<>();
  private final List<Boolean> caseSensitive = new ArrayList<>();
  private final KeywordAutomaton automaton;
  private final KeywordSieve sieve;

  KeywordSieveTest() {
    for (CompiledRule r : RuleRedactor.withBuiltInRules().compiledRules()) {
      for (int i = 0; i < r.keywords().size(); i++) {
        words.add(r.keywordText(i));
        caseSensitive.add(r.keywordCaseSensitive(i));
      }
    }
    automaton = new KeywordAutomaton(words, caseSensitive);
    sieve = new KeywordSieve(words, caseSensitive, true);
  }

  /** Keyword hits as "keyword@start-end", then IBAN starts as "iban@at". */
  private static final class Recorded implements KeywordAutomaton.Hits {
    final List<String> hits = new ArrayList<>();
    final List<Integer> numberStarts = new ArrayList<>();

    @Override
    public void hit(int keyword, int start, int end) {
      hits.add(keyword + "@" + start + "-" + end);
    }

    @Override
    public void numberStart(int at) {
      numberStarts.add(at);
    }
  }

  private Recorded sieved(String line) {
    return sieved(sieve, line);
  }

  private static Recorded sieved(KeywordSieve by, String line) {
    Recorded r = new Recorded();
    by.scan(line, LineBytes.of(line), r);
    return r;
  }

  private List<String> automatonHits(String line) {
    Recorded r = new Recorded();
    automaton.scan(line, r);
    return r.hits;
  }

  /** Digits after a country code with a registered IBAN length. */
  private static List<Integer> digitsAfterACountryCode(String line) {
    List<Integer> at = new ArrayList<>();
    for (int i = 2; i < line.length(); i++) {
      if (NumberScanner.ibanCountries().contains(line.substring(i - 2, i))
          && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
        at.add(i);
      }
    }
    return at;
  }

  @Test
  void findsWhatTheAutomatonFindsInItsOrderOnRandomLines() {
    assertFindsWhatTheAutomatonFinds(sieve, new Random(11), 20_000);
  }

  @Test
  void findsTheSameWhicheverPairsASampleOfLogsChooses() {
    Random random = new Random(13);
    for (int sample = 0; sample < 8; sample++) {
      // counts that make any pair look common or rare, so that every offset gets chosen
      int[] counts = new int[1 << 16];
      for (int v = 0; v < counts.length; v++) {
        counts[v] = random.nextInt(4) == 0 ? random.nextInt(1_000_000) : random.nextInt(3);
      }
      KeywordSieve chosen = new KeywordSieve(words, caseSensitive, true, counts);
      assertFindsWhatTheAutomatonFinds(chosen, random, 3_000);
    }
  }

  private void assertFindsWhatTheAutomatonFinds(KeywordSieve by, Random random, int lines) {
    // keywords in any case, their pieces, and characters whose low byte is a keyword's character
    String[] pieces = {"x", " ", "=", ":", "_", "-", ".", "@", "::", "~", "Q", "é", "\u0170",
        "\u0140", "\u212A", "\uD83D\uDE00", "GB", "82", "T1", "DE", "0", "CA", "AT"};
    for (int line = 0; line < lines; line++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(12); k >= 0; k--) {
        if (random.nextBoolean()) {
          String w = words.get(random.nextInt(words.size()));
          int from = random.nextInt(3) == 0 ? random.nextInt(w.length()) : 0;
          for (char c : w.substring(from).toCharArray()) {
            sb.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
          }
        } else {
          sb.append(pieces[random.nextInt(pieces.length)]);
        }
      }
      String text = sb.toString();
      Recorded sieved = sieved(by, text);
      assertThat(sieved.hits).as(text).isEqualTo(automatonHits(text));
      assertThat(sieved.numberStarts).as(text).isEqualTo(digitsAfterACountryCode(text));
    }
  }

  @Test
  void findsKeywordsThatEndTheLineAtEitherParity() {
    for (String line : List.of("@", "a@", "ab::", "abc::", "x=token", "xy=token", "SK", "aSK",
        "Q~", "aQ~", "eyJ", "aeyJ", "pwd", "apwd")) {
      assertThat(sieved(line).hits).as(line).isNotEmpty().isEqualTo(automatonHits(line));
    }
  }

  @Test
  void foldsOnlyAsciiCapitalsAsTheAutomatonDoes() {
    // KELVIN SIGN folds to k in Unicode, but not in the automaton
    assertThat(sieved("to\u212Aen=abc").hits).isEmpty();
    assertThat(sieved("TOKEN=abc").hits).isNotEmpty();
  }

  @Test
  void leavesAShortKeywordWithACaseToTheAutomaton() {
    assertThat(KeywordSieve.handles(List.of("db", "@"), List.of(false, false))).isFalse();
    assertThat(KeywordSieve.handles(List.of("DB", "::"), List.of(true, false))).isTrue();
  }

  @Test
  void findsWhatTheAutomatonFindsForRandomUserKeywords() {
    Random random = new Random(3);
    String alphabet = "aAbB=_-.:@{~ ";
    for (int set = 0; set < 2_000; set++) {
      List<String> keywords = new ArrayList<>();
      List<Boolean> exact = new ArrayList<>();
      for (int k = 1 + random.nextInt(6); k > 0; k--) {
        keywords.add(randomText(random, alphabet, 1 + random.nextInt(8)));
        // a case-insensitive keyword of two letters is the automaton's, so keep those exact
        exact.add(random.nextBoolean() || keywords.get(keywords.size() - 1).length() <= 2);
      }
      String marked = "=" + keywords.get(0);
      if (random.nextBoolean() && (marked.length() > 2 || !marked.matches(".*[a-zA-Z].*"))) {
        // a user keyword that reads like the marked form of an exact one
        exact.set(0, true);
        keywords.add(marked);
        exact.add(false);
      }
      KeywordAutomaton reference = new KeywordAutomaton(keywords, exact);
      KeywordSieve candidate = new KeywordSieve(keywords, exact, false);
      for (int line = 0; line < 20; line++) {
        String text = randomText(random, alphabet + "\u0140\u0141", random.nextInt(40));
        Recorded expected = new Recorded();
        reference.scan(text, expected);
        Recorded actual = new Recorded();
        candidate.scan(text, LineBytes.of(text), actual);
        assertThat(actual.hits).as("%s in %s", keywords, text).isEqualTo(expected.hits);
      }
    }
  }

  private static String randomText(Random random, String alphabet, int length) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
