package dev.rca.redaction;

/**
 * A token that is a fixed prefix plus a run of one charset, e.g. {@code ghp_} and 36 base62
 * characters: matched by hand from the anchor the keyword pass found, with no regular expression
 * at all. Most provider tokens have this shape, which keeps their rules nearly free.
 *
 * @param charset the characters the body may hold
 * @param min fewest body characters
 * @param max most body characters; a longer run is not this token (it is part of a longer word)
 */
record TokenShape(boolean[] charset, int min, int max) {

  static final String BASE62 = "A-Za-z0-9";

  /** {@code ranges} in the usual class syntax without brackets, e.g. {@code A-Za-z0-9_-}. */
  static TokenShape of(String ranges, int min, int max) {
    boolean[] set = new boolean[128];
    for (int i = 0; i < ranges.length(); i++) {
      char c = ranges.charAt(i);
      if (i + 2 < ranges.length() && ranges.charAt(i + 1) == '-') {
        for (char x = c; x <= ranges.charAt(i + 2); x++) {
          set[x] = true;
        }
        i += 2;
      } else {
        set[c] = true;
      }
    }
    return new TokenShape(set, min, max);
  }

  boolean holds(char c) {
    return c < 128 && charset[c];
  }

  /**
   * The end of the token whose prefix spans [start, prefixEnd); when there is none, {@code -1}
   * minus how far the body run was read, so the caller need not read it again.
   */
  int match(String text, int start, int prefixEnd) {
    if (start > 0) {
      char b = text.charAt(start - 1);
      if (Character.isLetterOrDigit(b) || b == '_') {
        return -1;
      }
    }
    int n = text.length();
    int limit = (int) Math.min(n, (long) prefixEnd + max + 1);
    int j = prefixEnd;
    while (j < limit && holds(text.charAt(j))) {
      j++;
    }
    int len = j - prefixEnd;
    if (len < min || len > max) {
      return -1 - j;
    }
    if (j < n) {
      char a = text.charAt(j);
      if (Character.isLetterOrDigit(a) || a == '_') {
        return -1 - j;
      }
    }
    return j;
  }
}
