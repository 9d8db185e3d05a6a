package dev.rca.redaction;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Where in a line a number worth judging can start, computed eight characters at a time with
 * bitwise arithmetic on longs. {@link NumberScanner} accepts nothing shorter than seven characters
 * of digits and separators ({@code 1.2.3.4}) unless an IBAN's capitals stand before the digits,
 * and nearly every digit run in a log (time fields, durations, counts) is shorter. So the scanner
 * judges a run only when one of the positions here falls in it, and skips the rest without
 * looking at their characters one by one.
 *
 * <p>A position is set when it starts seven characters from {@code ' '} to {@code '9'}, a range
 * that holds every digit and every separator a run allows, and more: more only adds candidates.
 * IBAN starts come from {@link KeywordSieve}, which finds capitals on its pass anyway.
 */
final class NumberCandidates {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH = 0x8080808080808080L;

  private NumberCandidates() {}

  /** One bit per character of {@code bytes} (from {@link LineBytes}), 64 to a long. */
  static long[] of(byte[] bytes, int length) {
    return of(bytes, length, new long[longs(length)]);
  }

  /** The longs {@link #of(byte[], int, long[])} needs for a line of {@code length}. */
  static int longs(int length) {
    return Math.max(1, (length + 63) >>> 6);
  }

  /** As {@link #of(byte[], int)}, into {@code bits}, which has {@link #longs} longs or more. */
  static long[] of(byte[] bytes, int length, long[] bits) {
    int words = (length + 7) >>> 3;
    int blocks = (length + 63) >>> 6; // none for an empty line, which writes nothing
    // from the last block to the first, so that a block can look ahead into the one after it:
    // runs of two characters, of four (two runs of two), then of seven (two runs of four that
    // overlap by one). The bytes are read only as far as the line's last long, as a short line
    // would otherwise cost a whole block
    long nextRun = 0;
    long nextTwo = 0;
    long nextFour = 0;
    for (int b = blocks - 1; b >= 0; b--) {
      long run = 0;
      int inBlock = Math.min(8, words - (b << 3));
      for (int k = 0; k < inBlock; k++) {
        long w = (long) LONGS.get(bytes, (b << 6) + (k << 3));
        run |= gather(inRange(w, ' ', '9')) << (k << 3);
      }
      long two = run & (run >>> 1 | nextRun << 63);
      long four = two & (two >>> 2 | nextTwo << 62);
      bits[b] = four & (four >>> 3 | nextFour << 61);
      nextRun = run;
      nextTwo = two;
      nextFour = four;
    }
    return bits;
  }

  /** The high bit of each byte of {@code w} that lies in {@code [lo, hi]}, both below 128. */
  private static long inRange(long w, int lo, int hi) {
    long low = w & ~HIGH;
    long atLeast = low + (0x80 - lo) * ONES;
    long above = low + (0x7F - hi) * ONES;
    return atLeast & ~above & ~w & HIGH;
  }

  /** The eight high bits of a byte mask as the low eight bits of a long, byte k to bit k. */
  private static long gather(long highBits) {
    return ((highBits >>> 7) * 0x0102040810204080L) >>> 56;
  }
}
