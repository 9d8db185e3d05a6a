package dev.rca.redaction;

/**
 * Where a rule's match can start at the earliest, read off a literal every match holds: the
 * {@code @} of an e-mail address, the {@code ://} of a URL. Searching from there instead of from
 * the window's start finds the same leftmost match, since none can start before it, and spares
 * RE2 (whose matcher steps every position of the input) the text in between; when the literal is
 * missing the pattern does not run at all.
 */
@FunctionalInterface
interface MatchStart {
  /**
   * The earliest position at or after {@code from} where a match may start, or -1 when none can.
   */
  int earliest(CharSequence text, int from);

  /**
   * Matches hold {@code literal} right after a run of {@code runChars} (a class, e.g.
   * {@code A-Za-z0-9+.-}) that holds no character of the literal; a match starts within that run.
   */
  static MatchStart afterRunBefore(String literal, String runChars) {
    boolean[] run = TokenShape.of(runChars, 0, 0).charset();
    for (char c : literal.toCharArray()) {
      if (c < 128 && run[c]) {
        throw new IllegalArgumentException("run class holds '" + c + "' of " + literal);
      }
    }
    return (text, from) -> {
      int at = indexOf(text, literal, from);
      if (at < 0) {
        return -1;
      }
      while (at > from && text.charAt(at - 1) < 128 && run[text.charAt(at - 1)]) {
        at--;
      }
      return at;
    };
  }

  private static int indexOf(CharSequence text, String literal, int from) {
    if (text instanceof String s) {
      return s.indexOf(literal, from);
    }
    return text.toString().indexOf(literal, from);
  }
}
