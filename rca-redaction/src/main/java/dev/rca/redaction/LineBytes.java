package dev.rca.redaction;

/**
 * The low byte of each character of a line, zero-padded to whole longs plus one spare long, so
 * that scanners can read it a long at a time. A keyword or a digit is ASCII, so its
 * byte is its character; any other character can only look like a candidate, which the scanners
 * then confirm against the line itself.
 */
final class LineBytes {
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

  @SuppressWarnings("deprecation") // this copy keeps one byte per char, which is the point
  static void copy(String text, byte[] into) {
    text.getBytes(0, text.length(), into, 0);
  }
}
