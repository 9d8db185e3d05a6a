package dev.rca.redaction;

import org.jspecify.annotations.Nullable;

/**
 * The e-mail and URL-credential patterns, searched for by hand. Both rules wake at every
 * {@code @}, and RE2J steps its NFA through each window at about a hundred nanoseconds a
 * character, several microseconds a line. Each search here finds the match RE2J's {@code find}
 * does: the leftmost start, then the alternatives in the pattern's order. Their structure makes
 * that cheap to follow: a run of one character class is always taken whole, as the next part of
 * the pattern cannot start with a character of the run. {@code AddressSyntaxTest} holds both
 * against their patterns on random text. Every class here is ASCII and {@code \b} is RE2's ASCII
 * word boundary, so the searches are exact for any text.
 */
final class AddressSyntax {
  private AddressSyntax() {}

  /** Most labels after the first that the e-mail pattern takes before the top-level domain. */
  private static final int MAX_LABELS = 8;

  /**
   * {@code \b([A-Za-z0-9._%+-]+@LABEL(?:\.LABEL){0,8}\.[A-Za-z]{2,24})\b}, where a LABEL is
   * {@code [A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?}.
   */
  static final String EMAIL = "\\b([A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
      + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?){0," + MAX_LABELS + "}"
      + "\\.[A-Za-z]{2,24})\\b";

  /** {@code [A-Za-z][A-Za-z0-9+.-]*://[^\s:/@?#]*:([^\s@/]+)@}: scheme://user:password@. */
  static final String URL_PASSWORD = "[A-Za-z][A-Za-z0-9+.-]*://[^\\s:/@?#]*:([^\\s@/]+)@";

  /**
   * The search for {@link #EMAIL}. Every match ends its local part at an {@code @}, which the
   * local part's class lacks, so the candidates are the {@code @}s in order: a start is the first
   * word boundary in the run before one, and if the domain after it fails, every other start
   * before the same {@code @} fails with it.
   */
  static WindowMatcher email() {
    return (text, from, regionStart, regionEnd) -> {
      for (int at = from; at < regionEnd; ) {
        int a = text.indexOf('@', at);
        if (a < 0 || a >= regionEnd) {
          return null;
        }
        int run = a;
        while (run > at && isLocalPartChar(text.charAt(run - 1))) {
          run--;
        }
        for (int s = run; s < a; s++) {
          if (boundary(text, s, regionStart, regionEnd)) {
            int end = domainEnd(text, a + 1, regionStart, regionEnd);
            if (end > 0) {
              return new WindowMatcher.Match(s, end, s, end);
            }
            break;
          }
        }
        at = a + 1;
      }
      return null;
    };
  }

  /**
   * Where the domain starting at {@code p} ends, or -1. A label must end where its run of
   * {@code [A-Za-z0-9-]} ends, since a dot must follow it; of the labels that form, the pattern
   * takes as many as it may and gives them back one by one until a top-level domain follows.
   */
  private static int domainEnd(String text, int p, int regionStart, int regionEnd) {
    int[] labelEnds = new int[MAX_LABELS + 1];
    labelEnds[0] = labelEnd(text, p, regionEnd);
    if (labelEnds[0] < 0) {
      return -1;
    }
    int labels = 0;
    while (labels < MAX_LABELS && is(text, labelEnds[labels], regionEnd, '.')) {
      int next = labelEnd(text, labelEnds[labels] + 1, regionEnd);
      if (next < 0) {
        break;
      }
      labelEnds[++labels] = next;
    }
    for (int taken = labels; taken >= 0; taken--) {
      int dot = labelEnds[taken];
      if (!is(text, dot, regionEnd, '.')) {
        continue;
      }
      int end = dot + 1;
      while (end < regionEnd && isLetter(text.charAt(end))) {
        end++;
      }
      int letters = end - dot - 1;
      if (letters >= 2 && letters <= 24 && boundary(text, end, regionStart, regionEnd)) {
        return end;
      }
    }
    return -1;
  }

  /** The end of the label at {@code p}: its run of {@code [A-Za-z0-9-]}, alphanumeric at both ends. */
  private static int labelEnd(String text, int p, int regionEnd) {
    int end = p;
    while (end < regionEnd && (isAlphanumeric(text.charAt(end)) || text.charAt(end) == '-')) {
      end++;
    }
    return end > p && isAlphanumeric(text.charAt(p)) && isAlphanumeric(text.charAt(end - 1))
        ? end : -1;
  }

  /**
   * The search for {@link #URL_PASSWORD}. A match holds {@code ://} right after its scheme, so
   * the candidates are the {@code ://}s in order: a start is the first letter of the scheme's run
   * before one; the user, the password and the {@code @} then follow or not whatever the start.
   */
  static WindowMatcher urlPassword() {
    return (text, from, regionStart, regionEnd) -> {
      for (int at = from; at < regionEnd; ) {
        int c = text.indexOf("://", at);
        if (c < 0 || c + 3 > regionEnd) {
          return null;
        }
        int run = c;
        while (run > at && isSchemeChar(text.charAt(run - 1))) {
          run--;
        }
        int s = run;
        while (s < c && !isLetter(text.charAt(s))) {
          s++;
        }
        WindowMatcher.@Nullable Match m = s < c ? credential(text, s, c + 3, regionEnd) : null;
        if (m != null) {
          return m;
        }
        at = c + 1;
      }
      return null;
    };
  }

  /** {@code [^\s:/@?#]*:([^\s@/]+)@} from {@code p}, for a match starting at {@code start}. */
  private static WindowMatcher.@Nullable Match credential(String text, int start, int p,
      int regionEnd) {
    int colon = p;
    while (colon < regionEnd && " \t\n\f\r:/@?#".indexOf(text.charAt(colon)) < 0) {
      colon++;
    }
    if (!is(text, colon, regionEnd, ':')) {
      return null;
    }
    int at = colon + 1;
    while (at < regionEnd && " \t\n\f\r@/".indexOf(text.charAt(at)) < 0) {
      at++;
    }
    return at > colon + 1 && is(text, at, regionEnd, '@')
        ? new WindowMatcher.Match(start, at + 1, colon + 1, at) : null;
  }

  /** RE2's {@code \b} at {@code p}: a word character on one side only; outside the region, none. */
  private static boolean boundary(String text, int p, int regionStart, int regionEnd) {
    boolean before = p > regionStart && isWordChar(text.charAt(p - 1));
    boolean after = p < regionEnd && isWordChar(text.charAt(p));
    return before != after;
  }

  private static boolean is(String text, int p, int regionEnd, char c) {
    return p < regionEnd && text.charAt(p) == c;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAlphanumeric(char c) {
    return isLetter(c) || (c >= '0' && c <= '9');
  }

  private static boolean isWordChar(char c) {
    return isAlphanumeric(c) || c == '_';
  }

  /** {@code [A-Za-z0-9._%+-]}. */
  private static boolean isLocalPartChar(char c) {
    return isAlphanumeric(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  /** {@code [A-Za-z0-9+.-]}. */
  private static boolean isSchemeChar(char c) {
    return isAlphanumeric(c) || c == '+' || c == '.' || c == '-';
  }
}
