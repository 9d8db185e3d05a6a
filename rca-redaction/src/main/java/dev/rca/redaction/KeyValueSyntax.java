package dev.rca.redaction;

import static dev.rca.redaction.AnchoredMatcher.NO_MATCH;
import static dev.rca.redaction.AnchoredMatcher.span;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The patterns of the key=value rules, written out by hand. RE2J runs a pattern such as
 * {@code password=...} in its NFA at about a hundred nanoseconds a character, and runs it again to
 * report the capture groups: 10 to 30 µs for a line holding a password or a token, as much as a
 * hundred clean lines cost. Each matcher here returns the value RE2J's {@code lookingAt} reports,
 * trying the same alternatives in the same order as the pattern (leftmost-first, as a backtracking
 * engine would), so that both give the same span; {@code KeyValueSyntaxTest} holds every matcher
 * against its pattern on random text. The rules' patterns are built from the same word lists.
 *
 * <p>The matchers are exact for ASCII text only: under {@code (?i)} RE2J also matches the Kelvin
 * sign for {@code k} and the long s for {@code s}. The redactor runs the pattern on other lines.
 */
final class KeyValueSyntax {
  private KeyValueSyntax() {}

  /**
   * The separator and value shared by the key=value rules: JSON, YAML, logfmt, query strings,
   * headers, escaped JSON inside a log message. Its groups 1, 2 and 3 hold the value.
   */
  static final String ASSIGNED_VALUE = "\\\\?[\"']?\\s{0,3}(?:[:=]|=>)\\s{0,3}"
      + "(?:\"([^\"\\r\\n]+)\"|'([^'\\r\\n]+)'|\\\\?[\"']?"
      + "([^\\s\"'&,;}\\]\\\\]+))";

  /** The alternatives of a word list, as a pattern: {@code password|passwd}. */
  static String alternatives(List<String> words) {
    return String.join("|", words);
  }

  /**
   * {@code (?i)([\w.-]*(?:WORDS)[\w.-]*)} and {@link #ASSIGNED_VALUE}, from the start of a key:
   * the key is a run of word characters, dots and dashes holding one of the words (all of which
   * are such characters), and the separator starts where the run ends, as none of its
   * characters can stand in a key.
   */
  static AnchoredMatcher assignment(List<String> words) {
    String[] lower = lowerCase(words);
    for (String w : lower) {
      if (w.isEmpty() || !w.chars().allMatch(c -> isKeyChar((char) c))) {
        throw new IllegalArgumentException("key word '" + w + "' is not [\\w.-]+");
      }
    }
    return (text, from, to) -> {
      int keyEnd = from;
      while (keyEnd < to && isKeyChar(text.charAt(keyEnd))) {
        keyEnd++;
      }
      return keyEnd < to && holdsAny(text, from, keyEnd, lower)
          ? assignedValue(text, keyEnd, to) : NO_MATCH;
    };
  }

  /** {@link #ASSIGNED_VALUE} from {@code p}, in the pattern's order of alternatives. */
  static long assignedValue(String text, int p, int to) {
    for (int a = p + (is(text, p, to, '\\') ? 1 : 0); a >= p; a--) {
      for (int b = a + (isQuote(text, a, to) ? 1 : 0); b >= a; b--) {
        for (int c = b + spaces(text, b, to, 3); c >= b; c--) {
          // the pattern's "=>" never decides: after "=", the ">" starts a bare value
          if (is(text, c, to, ':') || is(text, c, to, '=')) {
            long v = valueAfterSeparator(text, c + 1, to);
            if (v != NO_MATCH) {
              return v;
            }
          }
        }
      }
    }
    return NO_MATCH;
  }

  private static long valueAfterSeparator(String text, int p, int to) {
    for (int e = p + spaces(text, p, to, 3); e >= p; e--) {
      long v = quoted(text, e, to, '"');
      v = v != NO_MATCH ? v : quoted(text, e, to, '\'');
      v = v != NO_MATCH ? v : bareValue(text, e, to);
      if (v != NO_MATCH) {
        return v;
      }
    }
    return NO_MATCH;
  }

  /** {@code "([^"\r\n]+)"}, or the same with {@code '}. */
  private static long quoted(String text, int p, int to, char quote) {
    if (!is(text, p, to, quote)) {
      return NO_MATCH;
    }
    int end = p + 1;
    while (end < to && text.charAt(end) != quote && text.charAt(end) != '\r'
        && text.charAt(end) != '\n') {
      end++;
    }
    return end > p + 1 && is(text, end, to, quote) ? span(p + 1, end) : NO_MATCH;
  }

  /** {@code \\?["']?([^\s"'&,;}\]\\]+)}. */
  private static long bareValue(String text, int p, int to) {
    for (int a = p + (is(text, p, to, '\\') ? 1 : 0); a >= p; a--) {
      for (int b = a + (isQuote(text, a, to) ? 1 : 0); b >= a; b--) {
        int end = b;
        while (end < to && "\t\n\f\r \"'&,;}]\\".indexOf(text.charAt(end)) < 0) {
          end++;
        }
        if (end > b) {
          return span(b, end);
        }
      }
    }
    return NO_MATCH;
  }

  /**
   * {@code (?i)(?:WORDS)[\w-]*[\s:="'(]{1,6}(?:is\s|of\s|was\s)?([A-Za-z0-9+/_=~.-]{16,})}: a
   * long value within a few characters of a secret word, as in {@code the api key is ...}.
   */
  static AnchoredMatcher valueNearWord(List<String> words) {
    return afterWord(words, (text, from, to) -> {
      int p = from;
      while (p < to && (isWordChar(text.charAt(p)) || text.charAt(p) == '-')) {
        p++;
      }
      int separators = 0;
      while (separators < 6 && p + separators < to
          && " \t\n\f\r:=\"'(".indexOf(text.charAt(p + separators)) >= 0) {
        separators++;
      }
      for (int q = p + separators; q > p; q--) {
        int filler = filler(text, q, to);
        long v = filler > 0 ? longValue(text, q + filler, to) : NO_MATCH;
        v = v != NO_MATCH ? v : longValue(text, q, to);
        if (v != NO_MATCH) {
          return v;
        }
      }
      return NO_MATCH;
    });
  }

  /**
   * One of {@code words} at {@code from} (ASCII letters in either case), then {@code rest} from
   * its end; the words are tried in order, as the alternatives of a pattern are.
   */
  private static AnchoredMatcher afterWord(List<String> words, AnchoredMatcher rest) {
    String[] lower = lowerCase(words);
    return (text, from, to) -> {
      for (String w : lower) {
        if (AsciiCase.startsWith(text, from, to, w)) {
          long v = rest.valueSpan(text, from + w.length(), to);
          if (v != NO_MATCH) {
            return v;
          }
        }
      }
      return NO_MATCH;
    };
  }

  /** {@code is\s}, {@code of\s} or {@code was\s}: how many characters, or 0. */
  private static int filler(String text, int p, int to) {
    for (String w : new String[] {"is", "of", "was"}) {
      if (AsciiCase.startsWith(text, p, to, w) && spaces(text, p + w.length(), to, 1) == 1) {
        return w.length() + 1;
      }
    }
    return 0;
  }

  /** {@code [A-Za-z0-9+/_=~.-]{16,}}. */
  private static long longValue(String text, int p, int to) {
    int end = p;
    while (end < to && (isWordChar(text.charAt(end)) || "+/=~.-".indexOf(text.charAt(end)) >= 0)) {
      end++;
    }
    return end - p >= 16 ? span(p, end) : NO_MATCH;
  }

  /**
   * {@code (?i)\b(?:NAMES)\\?["']?\s{0,3}[:=]\s{0,3}\\?["']?(?:(?:SCHEMES)\s+)?([^\s"',;\\]{6,})}:
   * an Authorization header's credential, after its scheme. The region starts at the name, whose
   * first character is a letter, so {@code \b} holds there.
   */
  static AnchoredMatcher headerCredential(List<String> names, List<String> schemes) {
    AnchoredMatcher credential = afterWord(schemes, (text, p, to) -> spacedValue(text, p, to, 6,
        "\t\n\f\r \"',;\\"));
    return afterWord(names, (text, p, to) -> {
      for (int a = p + (is(text, p, to, '\\') ? 1 : 0); a >= p; a--) {
        for (int b = a + (isQuote(text, a, to) ? 1 : 0); b >= a; b--) {
          for (int c = b + spaces(text, b, to, 3); c >= b; c--) {
            if (is(text, c, to, ':') || is(text, c, to, '=')) {
              long v = headerValue(text, c + 1, to, credential);
              if (v != NO_MATCH) {
                return v;
              }
            }
          }
        }
      }
      return NO_MATCH;
    });
  }

  /** {@code \s{0,3}\\?["']?(?:(?:SCHEMES)\s+)?([^\s"',;\\]{6,})}. */
  private static long headerValue(String text, int p, int to, AnchoredMatcher schemeCredential) {
    for (int e = p + spaces(text, p, to, 3); e >= p; e--) {
      for (int f = e + (is(text, e, to, '\\') ? 1 : 0); f >= e; f--) {
        for (int g = f + (isQuote(text, f, to) ? 1 : 0); g >= f; g--) {
          long v = schemeCredential.valueSpan(text, g, to);
          if (v != NO_MATCH) {
            return v;
          }
          v = run(text, g, to, 6, "\t\n\f\r \"',;\\");
          if (v != NO_MATCH) {
            return v;
          }
        }
      }
    }
    return NO_MATCH;
  }

  /**
   * {@code (?i)\b(?:SCHEMES)\s+([A-Za-z0-9._~+/=-]{8,})}: a Bearer or Basic credential outside a
   * header. The region starts at the scheme, a letter, so {@code \b} holds there.
   */
  static AnchoredMatcher schemeCredential(List<String> schemes) {
    return afterWord(schemes, (text, p, to) -> spacedValue(text, p, to, 8, null));
  }

  /**
   * {@code \s+}, then a value of at least {@code min} characters: those not in {@code excluded},
   * or with none given, {@code [A-Za-z0-9._~+/=-]}.
   */
  private static long spacedValue(String text, int p, int to, int min,
      @Nullable String excluded) {
    for (int r = p + spaces(text, p, to, Integer.MAX_VALUE); r > p; r--) {
      long v = excluded == null ? tokenValue(text, r, to, min) : run(text, r, to, min, excluded);
      if (v != NO_MATCH) {
        return v;
      }
    }
    return NO_MATCH;
  }

  /** {@code [A-Za-z0-9._~+/=-]{min,}}. */
  private static long tokenValue(String text, int p, int to, int min) {
    int end = p;
    while (end < to && (isWordChar(text.charAt(end)) || "._~+/=-".indexOf(text.charAt(end)) >= 0)) {
      end++;
    }
    return end - p >= min ? span(p, end) : NO_MATCH;
  }

  /**
   * {@code (?i)(?:WORDS)\s{0,3}=\s{0,3}([^;\r\n"']+);}: an ADO or ODBC connection string's
   * {@code Password=...;}.
   */
  static AnchoredMatcher connectionStringValue(List<String> words) {
    return afterWord(words, (text, p, to) -> {
      for (int c = p + spaces(text, p, to, 3); c >= p; c--) {
        if (!is(text, c, to, '=')) {
          continue;
        }
        for (int e = c + 1 + spaces(text, c + 1, to, 3); e >= c + 1; e--) {
          int end = e;
          while (end < to && ";\r\n\"'".indexOf(text.charAt(end)) < 0) {
            end++;
          }
          if (end > e && is(text, end, to, ';')) {
            return span(e, end);
          }
        }
      }
      return NO_MATCH;
    });
  }

  /** At least {@code min} characters not in {@code excluded}, as many as there are. */
  private static long run(String text, int p, int to, int min, String excluded) {
    int end = p;
    while (end < to && excluded.indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return end - p >= min ? span(p, end) : NO_MATCH;
  }

  /** How many of RE2's {@code \s} (tab, newline, form feed, return, space) at p, at most max. */
  private static int spaces(String text, int p, int to, int max) {
    int n = 0;
    while (n < max && p + n < to && " \t\n\f\r".indexOf(text.charAt(p + n)) >= 0) {
      n++;
    }
    return n;
  }

  private static boolean is(String text, int p, int to, char c) {
    return p < to && text.charAt(p) == c;
  }

  private static boolean isQuote(String text, int p, int to) {
    return is(text, p, to, '"') || is(text, p, to, '\'');
  }

  private static boolean holdsAny(String text, int from, int to, String[] lower) {
    for (int i = from; i < to; i++) {
      for (String w : lower) {
        if (AsciiCase.startsWith(text, i, to, w)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isWordChar(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        || c == '_';
  }

  /** {@code [\w.-]}. */
  private static boolean isKeyChar(char c) {
    return isWordChar(c) || c == '.' || c == '-';
  }

  private static String[] lowerCase(List<String> words) {
    return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toArray(String[]::new);
  }
}
