package dev.rca.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Matcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Each hand-written matcher reports the value its rule's pattern does, on random ASCII text. */
class KeyValueSyntaxTest {
  /** Pieces of key=value text and of its near misses, in no particular order. */
  private static final String[] PIECES = {"=", ":", "=>", ">", " ", "  ", "\t", "\r", "\n",
      "\f", "\u000b", "\"", "'", "\\", ";", ",", "&", "}", "]", "(", "is ", "of ", "was ", "IS\t",
      "-", "_", ".", "a", "Z", "9", "+", "/", "~", "@", "db.", "X-", "_id", "s"};
  private static final String VALUE_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  @Test
  void everyHandWrittenMatcherReportsWhatItsPatternReports() {
    Random random = new Random(20261121);
    List<CompiledRule> handWritten = new ArrayList<>();
    for (CompiledRule r : RuleRedactor.withBuiltInRules().compiledRules()) {
      if (r.matcher() != null) {
        handWritten.add(r);
      }
    }
    assertThat(handWritten).extracting(CompiledRule::id).contains("password-assignment",
        "token-assignment", "high-entropy-near-keyword", "authorization-header", "bearer-token",
        "connection-string-password");
    for (CompiledRule r : handWritten) {
      int matched = 0;
      for (int i = 0; i < 50_000; i++) {
        String text = randomText(random, r);
        int from = random.nextInt(4) == 0 ? random.nextInt(text.length() + 1) : 0;
        int to = random.nextInt(3) == 0 ? from + random.nextInt(text.length() - from + 1)
            : text.length();
        long expected = patternValue(r, text, from, to);
        long actual = r.matcher().valueSpan(text, from, to);
        assertThat(describe(text, actual)).as("%s on [%s] from %d to %d", r.id(), text, from, to)
            .isEqualTo(describe(text, expected));
        matched += expected != AnchoredMatcher.NO_MATCH ? 1 : 0;
      }
      // the text must often hold a value, or the comparison proves little
      assertThat(matched).as(r.id()).isGreaterThan(1_000);
    }
  }

  @Test
  void aLineWithOtherThanAsciiCharactersRunsThePattern() {
    // under (?i) RE2J reads the Kelvin sign as k, so the key is "\u212Aey_token" and its value
    // is found; the hand-written matcher would stop at the sign
    String line = "\u212Aey_token=Zx81kQ02mmPq7Lw0 sent";
    String redacted = RuleRedactor.withBuiltInRules().openSession().redact(line);
    assertThat(redacted).doesNotContain("Zx81kQ02mmPq7Lw0").contains("<token:");
    CompiledRule tokenRule = RuleRedactor.withBuiltInRules().compiledRules().stream()
        .filter(r -> r.id().equals("token-assignment")).findFirst().orElseThrow();
    assertThat(tokenRule.matcher().valueSpan(line, 0, line.length()))
        .isEqualTo(AnchoredMatcher.NO_MATCH);
  }

  /** What RE2J's lookingAt on text[from, to) gives as the value, as the redactor takes it. */
  private static long patternValue(CompiledRule r, String text, int from, int to) {
    Matcher m = r.pattern().matcher(text.substring(from, to));
    if (!m.lookingAt()) {
      return AnchoredMatcher.NO_MATCH;
    }
    long value = r.valueOf(m);
    int vs = AnchoredMatcher.start(value);
    int ve = AnchoredMatcher.end(value);
    return ve > vs ? AnchoredMatcher.span(from + vs, from + ve) : AnchoredMatcher.NO_MATCH;
  }

  private static String describe(String text, long span) {
    return span == AnchoredMatcher.NO_MATCH ? "no match"
        : AnchoredMatcher.start(span) + "-" + AnchoredMatcher.end(span) + " ["
            + text.substring(AnchoredMatcher.start(span), AnchoredMatcher.end(span)) + "]";
  }

  /** Half the time key, separator and value in the usual order with odd bits; else any order. */
  private static String randomText(Random random, CompiledRule r) {
    return random.nextBoolean() ? assignment(random, r) : jumble(random, r);
  }

  private static String assignment(Random random, CompiledRule r) {
    StringBuilder sb = new StringBuilder();
    if (r.anchor() == RuleSpec.Anchor.AT_KEY) {
      sb.append(pick(random, "", "db.", "X-", "_id", "s", "-", "."));
    }
    sb.append(keyword(random, r));
    if (r.anchor() == RuleSpec.Anchor.AT_KEY || random.nextInt(4) == 0) {
      sb.append(pick(random, "", "db.", "X-", "_id", "s", "-", "."));
    }
    sb.append(usually(random, "", "\\", "\"", "'", "\\\"", ";"))
        .append(usually(random, "", " ", "  ", "\t", "   ", "    ", "\n"))
        // a scheme and its credential stand apart, a key and its value either side of a sign
        .append(usually(random, r.id().equals("bearer-token") ? " " : "=", ":", "=>", "==", ": ",
            "(", "\"", "'", "= is ", ":=", ">", " "))
        .append(usually(random, "", " ", "  ", "\t", "   ", "    ", "\n"))
        .append(usually(random, "", "\\", "\"", "'", "\\\"", ";"));
    if (random.nextInt(3) == 0) {
      sb.append(keyword(random, r)).append(usually(random, " ", "  ", "", "\t"));
    }
    for (int j = 1 + random.nextInt(random.nextBoolean() ? 8 : 40); j > 0; j--) {
      sb.append(random.nextInt(30) == 0 ? PIECES[random.nextInt(PIECES.length)]
          : VALUE_CHARS.charAt(random.nextInt(VALUE_CHARS.length())));
    }
    // a connection string's value ends in a semicolon
    sb.append(usually(random, r.id().equals("connection-string-password") ? ";" : "", "\"", "'",
        ";", "\\", " "));
    if (random.nextBoolean()) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  /** The first choice two times in three, else any. */
  private static String usually(Random random, String... choices) {
    return random.nextInt(3) != 0 ? choices[0] : pick(random, choices);
  }

  private static String pick(Random random, String... choices) {
    return choices[random.nextInt(choices.length)];
  }

  /** Starts with one of the rule's keywords most times, then pieces, values and keywords. */
  private static String jumble(Random random, CompiledRule r) {
    StringBuilder sb = new StringBuilder();
    if (random.nextInt(4) != 0) {
      sb.append(keyword(random, r));
    }
    for (int k = random.nextInt(12); k >= 0; k--) {
      switch (random.nextInt(6)) {
        case 0 -> sb.append(keyword(random, r));
        case 1 -> {
          for (int j = 1 + random.nextInt(random.nextBoolean() ? 8 : 48); j > 0; j--) {
            sb.append(VALUE_CHARS.charAt(random.nextInt(VALUE_CHARS.length())));
          }
        }
        default -> sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return sb.toString();
  }

  /** A keyword of the rule, or a word its pattern knows, in a random case, sometimes cut short. */
  private static String keyword(Random random, CompiledRule r) {
    String[] more = {"bearer ", "Basic ", "token ", "api-key ", "NTLM ", "key ", "pwd", "secret"};
    String w = random.nextInt(5) == 0 ? more[random.nextInt(more.length)]
        : r.keywordText(random.nextInt(r.keywords().size()));
    StringBuilder sb = new StringBuilder();
    for (char c : w.toCharArray()) {
      sb.append(random.nextBoolean() ? c : Character.toUpperCase(c));
    }
    String cased = sb.toString().toLowerCase(Locale.ROOT).equals(w.toLowerCase(Locale.ROOT))
        ? sb.toString() : w;
    return random.nextInt(10) == 0 ? cased.substring(0, random.nextInt(cased.length() + 1))
        : cased;
  }
}
