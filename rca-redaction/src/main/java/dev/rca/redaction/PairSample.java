package dev.rca.redaction;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How often each character pair occurs in the lines a redactor has seen: one line in {@value
 * #EVERY} is counted, until {@value #LINES} are. {@link KeywordSieve} then samples each keyword by
 * the pairs that are rarest in these logs, not in log text in general, and every pair it tests
 * that is not a keyword's is a hit it confirms for nothing. The sieve finds the same keywords
 * whichever pairs it samples, so the sample decides how fast a line is scanned, never what is
 * found.
 *
 * <p>The counts are plain ints that threads add to without locks: a lost increment only leaves a
 * count a little low. They take 256 KB until the sample is complete; the line that completes it
 * pays, once, for rebuilding the sieve.
 */
final class PairSample {
  /** One line in this many is counted. */
  static final int EVERY = 16;
  /** The sample is complete after this many lines. */
  static final int LINES = 2048;
  /** Longer lines are not counted, so that one 5 MB line cannot swamp the sample. */
  private static final int LONGEST = RuleRedactor.LONG_LINE;

  private final int[] counts = new int[1 << 16];
  private final AtomicInteger lines = new AtomicInteger();

  /**
   * Counts the pairs at every position of a line, given as its {@link LineBytes}; returns whether
   * this line completed the sample, which happens for exactly one line.
   */
  boolean count(byte[] bytes, int length) {
    if (length > LONGEST) {
      return false;
    }
    for (int p = 0; p + 1 < length; p++) {
      counts[(bytes[p] & 0xFF) | (bytes[p + 1] & 0xFF) << 8]++;
    }
    return lines.incrementAndGet() == LINES;
  }

  /** The counts, by pair: the first character in the low byte, the second in the high byte. */
  int[] counts() {
    return counts.clone();
  }
}
