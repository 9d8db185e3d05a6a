package dev.rca.connectors.prometheus.openmetrics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits UTF-8 bytes into lines exactly as {@link BoundedLines} splits the decoded text, but
 * leaves each line as bytes in a reused buffer: decoding every character of a large file was most
 * of the cost of reading it, and an ASCII sample line needs no decoding at all. A line is a slice
 * {@code [start, end)} of {@link #bytes()} without its {@code \n} or {@code \r\n};
 * {@link #ascii()} says whether every byte is below 0x80, and {@link #text()} decodes it (invalid
 * UTF-8 becomes U+FFFD, as the reader does).
 *
 * <p>Bound: like {@link BoundedLines}, a line of more than {@code maxLength} characters is
 * {@link #tooLong()}; since a character takes at most three bytes per UTF-16 unit, at most
 * {@code 3 * maxLength} bytes of a line are ever held.
 */
final class ByteLines {
  private final InputStream in;
  private final int maxLength;
  private final int maxBytes;
  private byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private boolean eof;
  private int lineNumber;
  private int start;
  private int end;
  private boolean ascii;
  private boolean tooLong;

  ByteLines(InputStream in, int maxLength) {
    this.in = in;
    this.maxLength = maxLength;
    this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 16, 3L * maxLength);
  }

  /** Moves to the next line; false at the end of the input. */
  boolean next() throws IOException {
    int scan = position;
    boolean negative = false;
    tooLong = false;
    while (true) {
      int i = scan;
      byte[] b = buffer;
      int lim = limit;
      while (i < lim && b[i] != '\n') {
        negative |= b[i] < 0;
        i++;
      }
      if (i < lim) {
        return found(position, i, i + 1, negative);
      }
      if (eof) {
        if (i == position && !tooLong) {
          return false;
        }
        return found(position, i, i, negative);
      }
      if (i - position > maxBytes) {
        // certainly more than maxLength characters: drop what is held and skip to the newline
        tooLong = true;
        position = i;
      }
      scan = fill(i);
    }
  }

  /** Reads more input behind the pending line; returns where scanning resumes. */
  private int fill(int scanned) throws IOException {
    int held = limit - position;
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, held);
      scanned -= position;
      position = 0;
      limit = held;
    }
    if (limit == buffer.length) {
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    }
    int n = in.read(buffer, limit, buffer.length - limit);
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
    }
    return scanned;
  }

  private boolean found(int from, int to, int next, boolean negative) {
    lineNumber++;
    position = next;
    start = from;
    end = to > from && buffer[to - 1] == '\r' ? to - 1 : to;
    ascii = !negative;
    if (!tooLong && to - from > maxLength) {
      // the reader counts characters, the '\r' included
      tooLong = negative ? decode(from, to).length() > maxLength : true;
    }
    return true;
  }

  private String decode(int from, int to) {
    return new String(buffer, from, to - from, negative(from, to) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
  }

  private boolean negative(int from, int to) {
    for (int i = from; i < to; i++) {
      if (buffer[i] < 0) {
        return true;
      }
    }
    return false;
  }

  /** The number of the current line, from 1. */
  int lineNumber() {
    return lineNumber;
  }

  byte[] bytes() {
    return buffer;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  boolean ascii() {
    return ascii;
  }

  boolean tooLong() {
    return tooLong;
  }

  /** The current line as text, {@link BoundedLines#TOO_LONG} when it is too long. */
  String text() {
    if (tooLong) {
      return BoundedLines.TOO_LONG;
    }
    return new String(buffer, start, end - start, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
  }
}
