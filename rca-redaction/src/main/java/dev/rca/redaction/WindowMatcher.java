package dev.rca.redaction;

import org.jspecify.annotations.Nullable;

/**
 * A rule's pattern written out by hand, for a pattern searched for in a window of a line: the
 * match RE2J's {@code find} reports on the region {@code text[regionStart, regionEnd)}, searching
 * from {@code from} (see {@link AddressSyntax}).
 */
@FunctionalInterface
interface WindowMatcher {
  /** The leftmost match starting at or after {@code from}, or null for none. */
  @Nullable Match find(String text, int from, int regionStart, int regionEnd);

  /** Where a match lies, and its value within it. */
  record Match(int start, int end, int valueStart, int valueEnd) {}
}
