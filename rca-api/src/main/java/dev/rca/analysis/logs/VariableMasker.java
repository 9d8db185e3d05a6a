package dev.rca.analysis.logs;

/**
 * Splits a message on whitespace and replaces the variable parts with {@code <*>}: numbers, hex
 * and other digit-bearing tokens (IPv4/IPv6 with ports, UUIDs, timestamps, durations such as
 * {@code 250ms}), quoted strings, URLs, e-mail addresses, the digit-bearing segments of paths and
 * the values of {@code key=value} pairs that carry digits. Punctuation around a token is kept, so
 * {@code (id=42),} becomes {@code (id=<*>),}. A hand-written scan; no regular expressions.
 *
 * <pre>{@code
 * VariableMasker.mask("GET /orders/123?x=1 from 10.0.0.7:8080 took 1.5s");
 * // "GET /orders/<*>?<*> from <*> took <*>"
 * }</pre>
 */
public final class VariableMasker {
  private static final char[] WILDCARD = {'<', '*', '>'};

  private VariableMasker() {}

  /** The masked form of {@code message} as one string; for display and tests, not the hot path. */
  public static String mask(CharSequence message) {
    MaskedMessage out = new MaskedMessage();
    mask(message, out);
    return out.toString();
  }

  /** Masks {@code message} into {@code out}, replacing what {@code out} held. */
  public static void mask(CharSequence message, MaskedMessage out) {
    out.clear();
    int n = message.length();
    // one copy into a reused array: the scan reads every character several times, and array reads
    // are cheaper than String.charAt and compile to far less code
    char[] s = out.source(n);
    if (message instanceof String text) {
      text.getChars(0, n, s, 0);
    } else {
      for (int k = 0; k < n; k++) {
        s[k] = message.charAt(k);
      }
    }
    int i = 0;
    while (i < n && out.count < MaskedMessage.MAX_TOKENS) {
      char c = s[i];
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        i++;
        continue;
      }
      int end = tokenEnd(s, i, n);
      if ((c == '"' || c == '\'') && end > i) {
        int close = closingQuote(s, i, n);
        if (close > 0) {
          int after = close + 1;
          while (after < n && isTrailing(s[after])) {
            after++;
          }
          if (after == n || isSpace(s[after])) {
            begin(out);
            put(out, WILDCARD);
            putRange(out, s, close + 1, after);
            finish(out, Double.NaN);
            i = after;
            continue;
          }
        }
      }
      token(s, i, end, out);
      i = end;
    }
  }

  private static int tokenEnd(char[] s, int i, int n) {
    while (i < n && !isSpace(s[i])) {
      i++;
    }
    return i;
  }

  private static int closingQuote(char[] s, int open, int n) {
    char q = s[open];
    for (int i = open + 1; i < n; i++) {
      char c = s[i];
      if (c == '\\') {
        i++;
      } else if (c == q) {
        return i;
      }
    }
    return -1;
  }

  private static void token(char[] s, int start, int end, MaskedMessage out) {
    int cs = start;
    while (cs < end && isLeading(s[cs]) && !isWildcardAt(s, cs, end)) {
      cs++;
    }
    int ce = end;
    while (ce > cs && isTrailing(s[ce - 1]) && !(ce - cs >= 3 && isWildcardAt(s, ce - 3, ce))) {
      ce--;
    }
    begin(out);
    putRange(out, s, start, cs);
    double number = Double.NaN;
    boolean digit = false;
    int eq = -1;
    int at = -1;
    boolean scheme = false;
    for (int i = cs; i < ce; i++) {
      char c = s[i];
      if ((c >= '0' && c <= '9') || (c == '<' && isWildcardAt(s, i, ce))) {
        digit = true;
      } else if (c == '=' && eq < 0 && i > cs) {
        eq = i;
      } else if (c == '@' && at < 0 && i > cs) {
        at = i;
      } else if (c == ':' && i + 2 < ce && s[i + 1] == '/' && s[i + 2] == '/') {
        scheme = true;
      }
    }
    if (ce - cs > 1 && (s[cs] == '/' || isWindowsPath(s, cs, ce)) && !scheme) {
      path(s, cs, ce, out);
    } else if (scheme || (at > 0 && indexOf(s, '.', at, ce) > 0)) {
      put(out, WILDCARD);
    } else if (eq > 0) {
      putRange(out, s, cs, eq + 1);
      if (hasDigit(s, eq + 1, ce) || (eq + 1 < ce && (s[eq + 1] == '"' || s[eq + 1] == '\''))) {
        put(out, WILDCARD);
        number = Numbers.parse(s, eq + 1, ce);
      } else {
        putRange(out, s, eq + 1, ce);
      }
    } else if (digit || isCalendarWord(s, cs, ce)) {
      put(out, WILDCARD);
      number = Numbers.parse(s, cs, ce);
    } else {
      putRange(out, s, cs, ce);
    }
    putRange(out, s, ce, end);
    finish(out, number);
  }

  /** Keeps the constant segments of a path and masks those with digits and any query string. */
  private static void path(char[] s, int cs, int ce, MaskedMessage out) {
    int i = cs;
    while (i < ce) {
      char c = s[i];
      if (c == '?' || c == '#') {
        out.ensure(4);
        out.chars[out.length++] = c;
        put(out, WILDCARD);
        return;
      }
      if (c == '/' || c == '\\') {
        out.ensure(1);
        out.chars[out.length++] = c;
        i++;
        continue;
      }
      int seg = i;
      while (i < ce) {
        char d = s[i];
        if (d == '/' || d == '\\' || d == '?' || d == '#') {
          break;
        }
        i++;
      }
      if (hasDigit(s, seg, i)) {
        put(out, WILDCARD);
      } else {
        putRange(out, s, seg, i);
      }
    }
  }

  private static boolean isWindowsPath(char[] s, int cs, int ce) {
    return ce - cs > 3 && Character.isLetter(s[cs]) && s[cs + 1] == ':'
        && s[cs + 2] == '\\';
  }

  /** Digits, or a {@code <*>} that an upstream preprocessor already put in place of a variable. */
  private static boolean hasDigit(char[] s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s[i];
      if ((c >= '0' && c <= '9') || (c == '<' && isWildcardAt(s, i, to))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWildcardAt(char[] s, int i, int to) {
    return i + 2 < to && s[i] == '<' && s[i + 1] == '*' && s[i + 2] == '>';
  }

  private static final String CALENDAR = "MonTueWedThuFriSatSunJanFebMarAprMayJunJulAugSepOctNovDec";

  /** Day and month abbreviations are parts of a timestamp written out in the message. */
  private static boolean isCalendarWord(char[] s, int cs, int ce) {
    if (ce - cs != 3) {
      return false;
    }
    for (int k = 0; k < CALENDAR.length(); k += 3) {
      if (CALENDAR.charAt(k) == s[cs] && CALENDAR.charAt(k + 1) == s[cs + 1]
          && CALENDAR.charAt(k + 2) == s[cs + 2]) {
        return true;
      }
    }
    return false;
  }

  private static int indexOf(char[] s, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s[i] == c) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  private static boolean isLeading(char c) {
    return c == '(' || c == '[' || c == '{' || c == '<' || c == '"' || c == '\'' || c == '`';
  }

  private static boolean isTrailing(char c) {
    return c == ')' || c == ']' || c == '}' || c == '>' || c == ',' || c == ';' || c == ':'
        || c == '.' || c == '"' || c == '\'' || c == '`' || c == '!' || c == '?';
  }

  private static void begin(MaskedMessage out) {
    out.starts[out.count] = out.length;
  }

  private static void finish(MaskedMessage out, double number) {
    out.ends[out.count] = out.length;
    out.numbers[out.count] = number;
    out.count++;
  }

  private static void put(MaskedMessage out, char[] text) {
    out.ensure(text.length);
    System.arraycopy(text, 0, out.chars, out.length, text.length);
    out.length += text.length;
  }

  private static void putRange(MaskedMessage out, char[] s, int from, int to) {
    int len = to - from;
    if (len <= 0) {
      return;
    }
    out.ensure(len);
    System.arraycopy(s, from, out.chars, out.length, len);
    out.length += len;
  }
}
