package dev.rca.analysis.logs;

import java.util.Arrays;

/**
 * The tokens of one message after masking, in buffers reused from line to line so that the hot
 * path allocates nothing. Not thread-safe; read it before the next {@link VariableMasker#mask}.
 *
 * <pre>{@code
 * MaskedMessage m = new MaskedMessage();
 * VariableMasker.mask("took 250ms for order 42", m);
 * m.toString();      // "took <*> for order <*>"
 * m.number(1);       // 250.0 (milliseconds)
 * }</pre>
 */
public final class MaskedMessage {
  /** The most tokens kept of one message; the rest of a longer message is not mined. */
  public static final int MAX_TOKENS = 96;

  char[] chars = new char[256];
  int length;
  final int[] starts = new int[MAX_TOKENS];
  final int[] ends = new int[MAX_TOKENS];
  final double[] numbers = new double[MAX_TOKENS];
  int count;
  /** The message being masked, copied for the masker's scan; never the same array as chars. */
  private char[] source = new char[256];

  /** The number of tokens. */
  public int size() {
    return count;
  }

  /** Token {@code i} as text ({@code <*>} for a masked variable). */
  public String token(int i) {
    return new String(chars, starts[i], ends[i] - starts[i]);
  }

  /** The numeric value that token {@code i} masked (durations in milliseconds), else NaN. */
  public double number(int i) {
    return numbers[i];
  }

  char[] source(int length) {
    if (source.length < length) {
      source = new char[Math.max(length, source.length * 2)];
    }
    return source;
  }

  void clear() {
    length = 0;
    count = 0;
  }

  void ensure(int extra) {
    if (length + extra > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + extra));
    }
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(chars, starts[i], ends[i] - starts[i]);
    }
    return sb.toString();
  }
}
