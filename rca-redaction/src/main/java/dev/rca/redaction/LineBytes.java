package dev.rca.redaction;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The low byte of each character of a line, zero-padded to whole longs plus one spare long, so
 * that scanners can read it a long at a time. A keyword or a digit is ASCII, so its
 * byte is its character; any other character can only look like a candidate, which the scanners
 * then confirm against the line itself.
 */
final class LineBytes {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private LineBytes() {}

  static byte[] of(String text) {
    byte[] bytes = new byte[size(text.length())];
    copy(text, bytes);
    return bytes;
  }

  /** The bytes a line of {@code length} characters needs, padding included. */
  static int size(int length) {
    return ((length + 7) & ~7) + 8;
  }

  /** Zeroes the last two longs of the first {@code size} bytes, a {@link #size} of 16 or more. */
  static void clearLastLongs(byte[] bytes, int size) {
    LONGS.set(bytes, size - 16, 0L);
    LONGS.set(bytes, size - 8, 0L);
  }

  @SuppressWarnings("deprecation") // this copy keeps one byte per char, which is the point
  static void copy(String text, byte[] into) {
    text.getBytes(0, text.length(), into, 0);
  }
}
