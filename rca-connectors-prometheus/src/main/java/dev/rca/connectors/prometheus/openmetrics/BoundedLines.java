package dev.rca.connectors.prometheus.openmetrics;

import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Reads lines without ever holding more than a bound of characters: a line longer than the bound
 * is skipped to its end and reported as {@link #TOO_LONG}, since an untrusted file may hold one
 * gigantic line.
 */
final class BoundedLines {
  /** Returned in place of a line longer than the bound; compared by identity. */
  static final String TOO_LONG = new String("<too long>");

  private final Reader in;
  private final int maxLength;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;
  private int lineNumber;
  private final StringBuilder line = new StringBuilder();

  BoundedLines(Reader in, int maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  /** The number of the line last returned, from 1. */
  int lineNumber() {
    return lineNumber;
  }

  /** The next line without its terminator ({@code \n} or {@code \r\n}), or null at the end. */
  @Nullable String next() throws IOException {
    line.setLength(0);
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      // copy up to the newline in one piece: appending char by char was most of the reading cost
      int start = position;
      int end = start;
      while (end < limit && buffer[end] != '\n') {
        end++;
      }
      position = end < limit ? end + 1 : end;
      if (!tooLong) {
        if (line.length() + (end - start) > maxLength) {
          tooLong = true;
          line.setLength(0);
        } else {
          line.append(buffer, start, end - start);
        }
      }
      if (end < limit) {
        break;
      }
    }
    lineNumber++;
    if (tooLong) {
      return TOO_LONG;
    }
    int n = line.length();
    if (n > 0 && line.charAt(n - 1) == '\r') {
      line.setLength(n - 1);
    }
    return line.toString();
  }
}
