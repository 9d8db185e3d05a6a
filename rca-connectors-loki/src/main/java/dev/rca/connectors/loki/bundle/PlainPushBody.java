package dev.rca.connectors.loki.bundle;

import dev.rca.api.spi.SourceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the plain form of a push body straight from its bytes: ASCII text,
 * {@code {"streams":[{"stream":{labels},"values":[["<ns>","<line>"],...]},...]}} with the labels
 * before the values, string label values, no metadata and no warnings to give. That is what
 * bundles hold, and skipping a general JSON parser's character decoding halves the cost of
 * reading them. At the first thing outside that form it throws {@link Unusual}, having passed on
 * only entries the general reader passes on too, in the same order; {@link PushBodyReader} then
 * reads the file again with Jackson and skips the entries already delivered, so the outcome
 * (entries, warnings, positions) is always the general reader's.
 *
 * <p>Bounds: a string longer than the reader's bound is unusual, so at most that many bytes of
 * one string are held.
 */
final class PlainPushBody {
  /** The body leaves the plain form here. */
  static final class Unusual extends Exception {
    private static final long serialVersionUID = 1L;

    Unusual() {
      super(null, null, false, false);
    }
  }

  private static final Unusual UNUSUAL = new Unusual();
  private static final byte[] STREAMS = "streams".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] VALUES = "values".getBytes(StandardCharsets.US_ASCII);

  private final InputStream in;
  private final int maxString;
  private final PushBodyReader.EntrySink sink;
  private final long[] entries;
  private byte[] buf = new byte[1 << 16];
  private int pos;
  private int lim;
  private char[] chars = new char[1024];
  private byte[] unescaped = new byte[1024];
  /** Where the last string read lies in {@link #buf}, its quotes excluded. */
  private int textStart;
  private int textEnd;
  private boolean escaped;

  PlainPushBody(InputStream in, int maxString, PushBodyReader.EntrySink sink, long[] entries) {
    this.in = in;
    this.maxString = maxString;
    this.sink = sink;
    this.entries = entries;
  }

  void body() throws IOException, Unusual, InterruptedException, SourceException {
    expect('{');
    key(STREAMS);
    expect('[');
    if (peek() == ']') {
      pos++;
    } else {
      do {
        stream();
      } while (separator(']'));
    }
    expect('}');
  }

  private void stream() throws IOException, Unusual, InterruptedException, SourceException {
    expect('{');
    key(STREAM);
    Map<String, String> labels = labels();
    String service = PushBodyReader.service(labels);
    String level = labels.getOrDefault("level", "");
    expect(',');
    key(VALUES);
    expect('[');
    if (peek() == ']') {
      pos++;
    } else {
      do {
        expect('[');
        string();
        long nanos = nanos();
        expect(',');
        string();
        String line = text(PushBodyReader.MAX_LINE);
        expect(']');
        entries[0]++;
        sink.accept(service, level, nanos, line);
      } while (separator(']'));
    }
    expect('}');
  }

  private Map<String, String> labels() throws IOException, Unusual {
    expect('{');
    Map<String, String> labels = new HashMap<>();
    if (peek() == '}') {
      pos++;
      return labels;
    }
    do {
      string();
      String key = text(Integer.MAX_VALUE);
      expect(':');
      string();
      labels.put(key, text(Integer.MAX_VALUE));
    } while (separator('}'));
    return labels;
  }

  /** Decimal epoch nanoseconds of the string just read, as {@link PushBodyReader#parseNanos} reads them. */
  private long nanos() throws Unusual {
    int len = textEnd - textStart;
    if (escaped || len == 0 || len > 19) {
      throw UNUSUAL;
    }
    long v = 0;
    for (int i = textStart; i < textEnd; i++) {
      int c = buf[i];
      if (c < '0' || c > '9') {
        throw UNUSUAL;
      }
      v = v * 10 + (c - '0');
    }
    if (v < 0) {
      throw UNUSUAL;
    }
    return v;
  }

  /** The string just read, decoded, at most {@code max} characters of it. */
  private String text(int max) throws Unusual {
    if (!escaped) {
      return new String(buf, textStart, Math.min(textEnd - textStart, max), StandardCharsets.ISO_8859_1);
    }
    // runs between escapes are copied whole, and the string is made from Latin-1 bytes, which
    // the JDK copies in bulk; only an escape beyond Latin-1 needs the character path
    if (unescaped.length < textEnd - textStart) {
      unescaped = new byte[Math.max(textEnd - textStart, unescaped.length * 2)];
    }
    byte[] out = unescaped;
    int n = 0;
    int i = textStart;
    while (i < textEnd) {
      int run = i;
      while (i < textEnd && buf[i] != '\\') {
        i++;
      }
      System.arraycopy(buf, run, out, n, i - run);
      n += i - run;
      if (i >= textEnd) {
        break;
      }
      int e = buf[i + 1];
      switch (e) {
        case '"', '\\', '/' -> out[n++] = (byte) e;
        case 'n' -> out[n++] = '\n';
        case 't' -> out[n++] = '\t';
        case 'r' -> out[n++] = '\r';
        case 'b' -> out[n++] = '\b';
        case 'f' -> out[n++] = '\f';
        case 'u' -> {
          int v = hex(i + 2);
          if (v > 0xFF) {
            return wideText(max);
          }
          out[n++] = (byte) v;
          i += 4;
        }
        default -> throw UNUSUAL;
      }
      i += 2;
    }
    return new String(out, 0, Math.min(n, max), StandardCharsets.ISO_8859_1);
  }

  /** The four hex digits at {@code buf[at]} as a character code. */
  private int hex(int at) throws Unusual {
    int v = 0;
    for (int k = 0; k < 4; k++) {
      int d = Character.digit(buf[at + k], 16);
      if (d < 0) {
        throw UNUSUAL;
      }
      v = v * 16 + d;
    }
    return v;
  }

  /** {@link #text} for a string with an escape beyond Latin-1. */
  private String wideText(int max) throws Unusual {
    int n = 0;
    if (chars.length < textEnd - textStart) {
      chars = new char[Math.max(textEnd - textStart, chars.length * 2)];
    }
    for (int i = textStart; i < textEnd; i++) {
      int c = buf[i];
      if (c != '\\') {
        chars[n++] = (char) c;
        continue;
      }
      int e = buf[++i];
      switch (e) {
        case '"', '\\', '/' -> chars[n++] = (char) e;
        case 'n' -> chars[n++] = '\n';
        case 't' -> chars[n++] = '\t';
        case 'r' -> chars[n++] = '\r';
        case 'b' -> chars[n++] = '\b';
        case 'f' -> chars[n++] = '\f';
        case 'u' -> {
          chars[n++] = (char) hex(i + 1);
          i += 4;
        }
        default -> throw UNUSUAL;
      }
    }
    return new String(chars, 0, Math.min(n, max));
  }

  /**
   * Reads a string token into {@link #textStart}..{@link #textEnd}; unusual when it holds a byte
   * outside ASCII, a raw control character or a malformed escape, or exceeds the bound.
   */
  private void string() throws IOException, Unusual {
    if (peek() != '"') {
      throw UNUSUAL;
    }
    pos++;
    int i = pos;
    boolean esc = false;
    while (true) {
      if (i >= lim) {
        int shift = fill(pos);
        i -= shift;
        if (i >= lim) {
          throw UNUSUAL; // the input ended inside the string
        }
      }
      int c = buf[i];
      if (c == '"') {
        break;
      }
      if (c < 0x20) {
        throw UNUSUAL; // a control character, or a byte beyond ASCII (negative)
      }
      if (c == '\\') {
        esc = true;
        if (i + 5 >= lim) {
          int shift = fill(pos);
          i -= shift;
        }
        if (i + 1 >= lim) {
          throw UNUSUAL;
        }
        if (buf[i + 1] == 'u') {
          if (i + 5 >= lim) {
            throw UNUSUAL;
          }
          i += 5;
        } else {
          i += 1;
        }
      }
      i++;
      if (i - pos > maxString) {
        throw UNUSUAL;
      }
    }
    textStart = pos;
    textEnd = i;
    escaped = esc;
    pos = i + 1;
  }

  private void key(byte[] name) throws IOException, Unusual {
    string();
    if (escaped || !Arrays.equals(buf, textStart, textEnd, name, 0, name.length)) {
      throw UNUSUAL;
    }
    expect(':');
  }

  /** After an element: true for a comma (another follows), false for {@code close}. */
  private boolean separator(char close) throws IOException, Unusual {
    int c = peek();
    pos++;
    if (c == ',') {
      return true;
    }
    if (c == close) {
      return false;
    }
    throw UNUSUAL;
  }

  private void expect(char c) throws IOException, Unusual {
    if (peek() != c) {
      throw UNUSUAL;
    }
    pos++;
  }

  /** The next byte that is not JSON whitespace, not consumed; -1 at the end of the input. */
  private int peek() throws IOException {
    while (true) {
      while (pos < lim) {
        byte c = buf[pos];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
          return c;
        }
        pos++;
      }
      fill(pos);
      if (pos >= lim) {
        return -1;
      }
    }
  }

  /**
   * Keeps {@code buf[keep, lim)}, moved to the front, and reads more behind it; returns how far
   * the kept bytes moved. The buffer grows when the kept bytes fill it (bounded by the string
   * bound, which {@link #string()} enforces).
   */
  private int fill(int keep) throws IOException {
    int held = lim - keep;
    if (keep > 0) {
      System.arraycopy(buf, keep, buf, 0, held);
      pos -= keep;
      lim = held;
    }
    if (lim == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, lim, buf.length - lim);
    if (n > 0) {
      lim += n;
    }
    return keep;
  }
}
