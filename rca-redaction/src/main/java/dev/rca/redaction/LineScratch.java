package dev.rca.redaction;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The working memory for scanning one line, kept per thread and reused from line to line, so that
 * a clean line allocates nothing. Fresh memory for every line costs a cache miss per few dozen
 * bytes at log-stream rates, and those misses grow when other programs share the cache; reused
 * buffers stay in it. A buffer grown for a long line is let go after that line, so that one 5 MB
 * line does not keep 5 MB per thread.
 */
final class LineScratch {
  private static final ThreadLocal<LineScratch> PER_THREAD =
      ThreadLocal.withInitial(() -> new LineScratch(Thread.currentThread()));
  /**
   * The scratch acquired last, whichever thread's it is: a thread that finds its own here skips
   * the thread-local look-up, which costs as much as scanning a short line. Written and read
   * without locks; a thread only uses what it finds if it is the owner.
   */
  private static @Nullable LineScratch last;
  /** Buffers for lines up to this many characters are kept for the next line. */
  private static final int KEEP = 1 << 14;
  /** Lists of up to this many entries are kept: a few KB per thread, not hundreds. */
  private static final int KEEP_ENTRIES = 1 << 10;

  private final Thread owner;
  private boolean inUse;
  private byte[] bytes = new byte[0];
  private long[] numberBits = new long[0];
  private boolean[] woken = new boolean[0];
  private boolean anyWoken;
  /** Whether the line is all ASCII: 0 not yet known, 1 yes, -1 no. */
  private int ascii;
  /** Lines this thread has scanned, for taking one in {@link PairSample#EVERY}. */
  private int lines;
  /** Keyword hits as the sieve confirms them, before they are put in order. */
  final Findings keywordHits = new Findings();
  /** Where each keyword anchor lies, with the rule it wakes. */
  final Findings anchors = new Findings();
  /** Digits after an IBAN country code. */
  final IntList ibanStarts = new IntList();
  /** What the rules found, before overlaps are settled. */
  final Findings found = new Findings();
  /** The digit groups of the number being judged, and the separator before each. */
  final int[] groupSizes = new int[8];
  final char[] groupSeparators = new char[8];

  private LineScratch(Thread owner) {
    this.owner = owner;
  }

  /** This thread's scratch, or a fresh one when this thread is already using its own. */
  static LineScratch acquire() {
    Thread thread = Thread.currentThread();
    LineScratch s = last;
    if (s == null || s.owner != thread) {
      s = PER_THREAD.get();
      last = s;
    }
    if (s.inUse) {
      return new LineScratch(thread);
    }
    s.inUse = true;
    return s;
  }

  /** Empties the lists and lets go of what a long line made large. */
  void release() {
    keywordHits.clear(KEEP_ENTRIES);
    anchors.clear(KEEP_ENTRIES);
    ibanStarts.clear(KEEP_ENTRIES);
    found.clear(KEEP_ENTRIES);
    if (bytes.length > LineBytes.size(KEEP)) {
      bytes = new byte[0];
      numberBits = new long[0];
    }
    if (anyWoken) {
      Arrays.fill(woken, false);
      anyWoken = false;
    }
    ascii = 0;
    inUse = false;
  }

  /** Whether every character of the line is ASCII, worked out once per line. */
  boolean ascii(String text) {
    if (ascii == 0) {
      ascii = 1;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) >= 128) {
          ascii = -1;
          break;
        }
      }
    }
    return ascii > 0;
  }

  /** The line as {@link LineBytes}, in a buffer reused from the last line; not for empty lines. */
  byte[] lineBytes(String text) {
    int size = LineBytes.size(text.length());
    if (bytes.length < size) {
      bytes = new byte[Math.max(size, 256)];
    } else {
      // the padding past the line must read as zeros, whatever the last line left there: it is
      // the rest of the line's last long and the spare long, cleared before the line is copied
      LineBytes.clearLastLongs(bytes, size);
    }
    LineBytes.copy(text, bytes);
    return bytes;
  }

  /** A bit array of at least {@code longs} longs, holding whatever the last line left. */
  long[] numberBits(int longs) {
    if (numberBits.length < longs) {
      numberBits = new long[Math.max(longs, 16)];
    }
    return numberBits;
  }

  /** Whether this line is one this thread counts for a {@link PairSample}. */
  boolean sampleTurn() {
    return ++lines % PairSample.EVERY == 0;
  }

  /** Marks a rule as woken by an anchor. */
  void wake(int rule, int rules) {
    if (woken.length < rules) {
      woken = new boolean[rules];
    }
    woken[rule] = true;
    anyWoken = true;
  }

  boolean woken(int rule) {
    return anyWoken && woken[rule];
  }
}
