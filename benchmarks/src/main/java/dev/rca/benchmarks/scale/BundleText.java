package dev.rca.benchmarks.scale;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;


/**
 * A buffered UTF-8 text file written piece by piece, with JSON string quoting, so bundles of
 * hundreds of megabytes are written without ever holding a file in memory.
 *
 * <pre>{@code
 * try (BundleText out = BundleText.create(dir.resolve("logs/cart.json"))) {
 *   out.raw("{\"streams\":[").quoted(line).raw("]}");
 * }
 * }</pre>
 */
public final class BundleText implements Closeable {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final int SIZE = 1 << 16;
  private final Writer out;
  // own buffer: BufferedWriter locks on every char, which dominates writing 10^8 characters
  private final char[] buf = new char[SIZE];
  private int len;

  private BundleText(Writer out) {
    this.out = out;
  }

  /** Creates (or replaces) {@code file}, making its directory when needed. */
  public static BundleText create(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return new BundleText(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
  }

  public BundleText raw(CharSequence s) throws IOException {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      put(s.charAt(i));
    }
    return this;
  }

  public BundleText raw(char c) throws IOException {
    put(c);
    return this;
  }

  public BundleText number(long v) throws IOException {
    return raw(Long.toString(v));
  }

  /** {@code s} as a JSON string, quotes included. */
  public BundleText quoted(CharSequence s) throws IOException {
    put('"');
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        put(c);
        continue;
      }
      put('\\');
      switch (c) {
        case '"' -> put('"');
        case '\\' -> put('\\');
        case '\n' -> put('n');
        case '\t' -> put('t');
        case '\r' -> put('r');
        default -> {
          put('u');
          put('0');
          put('0');
          put(HEX[c >> 4]);
          put(HEX[c & 15]);
        }
      }
    }
    put('"');
    return this;
  }

  private void put(char c) throws IOException {
    if (len == SIZE) {
      out.write(buf, 0, len);
      len = 0;
    }
    buf[len++] = c;
  }

  @Override
  public void close() throws IOException {
    out.write(buf, 0, len);
    len = 0;
    out.close();
  }
}
