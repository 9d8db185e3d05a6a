package dev.rca.redaction;

/**
 * A rule's pattern written out by hand, for a pattern that runs from an anchor: what RE2J's
 * {@code lookingAt} on {@code text[from, to)} reports as the value, for text of ASCII characters
 * (see {@link KeyValueSyntax} for why only those).
 */
@FunctionalInterface
interface AnchoredMatcher {
  /** No match, or a match whose value is empty. */
  long NO_MATCH = -1;

  /** The value's span as {@link #span}, or {@link #NO_MATCH}. */
  long valueSpan(String text, int from, int to);

  static long span(int start, int end) {
    return (long) start << 32 | end;
  }

  static int start(long span) {
    return (int) (span >>> 32);
  }

  static int end(long span) {
    return (int) span;
  }
}
