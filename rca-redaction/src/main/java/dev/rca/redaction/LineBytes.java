package dev.rca.redaction;

/**
 * The low byte of each character of a line, zero-padded to whole 64-character blocks plus one
 * spare long, so that scanners can read it a long at a time. A keyword or a digit is ASCII, so its
 * byte is its character; any other character can only look like a candidate, which the scanners
 * then confirm against the line itself.
 */
final class LineBytes {
  private LineBytes() {}

  @SuppressWarnings("deprecation") // this copy keeps one byte per char, which is the point
  static byte[] of(String text) {
    int n = text.length();
    byte[] bytes = new byte[((n + 63) & ~63) + 8];
    text.getBytes(0, n, bytes, 0);
    return bytes;
  }
}
