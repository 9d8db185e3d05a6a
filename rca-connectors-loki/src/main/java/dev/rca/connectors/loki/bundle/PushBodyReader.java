package dev.rca.connectors.loki.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.rca.api.spi.SourceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams the entries of a Loki push-API body
 * ({@code {"streams":[{"stream":{labels},"values":[["<epoch ns>","line",{metadata}]]}]}}) with
 * Jackson's streaming parser, never building a tree of the file.
 *
 * <p>The service is the stream label {@code service}, else {@code job}, {@code app},
 * {@code service_name}, {@code service.name}, else {@code "unknown"}. Bad input never throws:
 * an entry with an unreadable timestamp is skipped, and a malformed file stops being read where
 * it breaks; both become warnings naming the file, line and column, e.g.
 * {@code logs/checkout.json line 3 col 17: expected '[' after "values"}.
 *
 * <p>Bounds: a string value may be up to {@link #DEFAULT_MAX_STRING} characters (Jackson's
 * {@code maxStringLength}); a longer one ends the file with a warning. Of a line at most
 * {@link #MAX_LINE} characters are passed on. At most {@value #MAX_WARNINGS} warnings are kept
 * per file, then one that counts the rest. A stream whose {@code values} precede its
 * {@code stream} labels is held in memory until the labels are read.
 *
 * <pre>{@code
 * List<String> warnings = new ArrayList<>();
 * long n = PushBodyReader.ofDefaults().read(path, "logs/checkout.json",
 *     (service, level, nanos, line) -> analysis.add(service, nanos, LogLevel.ofLabel(level), line),
 *     warnings).entries();
 * }</pre>
 */
public final class PushBodyReader {
  /** The default bound on one JSON string: 16 MiB characters. */
  public static final int DEFAULT_MAX_STRING = 16 * 1024 * 1024;
  /** The most characters of one log line passed on. */
  public static final int MAX_LINE = 64 * 1024;
  static final int MAX_WARNINGS = 20;
  private static final String[] SERVICE_LABELS = {"service", "job", "app", "service_name", "service.name"};

  private final JsonFactory factory;
  private final int maxStringLength;

  /** Receives the entries of a body, in file order. */
  @FunctionalInterface
  public interface EntrySink {
    /**
     * @param level the stream's {@code level} label, empty when it has none
     * @throws InterruptedException to stop reading when the investigation is cancelled
     * @throws SourceException to stop reading, e.g. when the deadline has passed
     */
    void accept(String service, String level, long epochNanos, String line)
        throws InterruptedException, SourceException;
  }

  /** How reading one file went. */
  public record Outcome(long entries, boolean broken) {}

  private PushBodyReader(int maxStringLength) {
    this.maxStringLength = maxStringLength;
    factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxStringLength).build())
        .build();
  }

  /** A reader bounding strings at {@link #DEFAULT_MAX_STRING}. */
  public static PushBodyReader ofDefaults() {
    return new PushBodyReader(DEFAULT_MAX_STRING);
  }

  /** A reader bounding every JSON string at {@code maxStringLength} characters (at least 1,024). */
  public static PushBodyReader withMaxStringLength(int maxStringLength) {
    if (maxStringLength < 1024) {
      throw new IllegalArgumentException("maxStringLength must be at least 1024: " + maxStringLength);
    }
    return new PushBodyReader(maxStringLength);
  }

  /**
   * Reads {@code file}, passing each entry to {@code sink} and adding problems to
   * {@code warnings}, each starting with {@code name} (the bundle-relative path).
   */
  public Outcome read(Path file, String name, EntrySink sink, List<String> warnings)
      throws InterruptedException, SourceException {
    long[] entries = {0};
    try (InputStream in = Files.newInputStream(file)) {
      new PlainPushBody(in, maxStringLength, sink, entries).body();
      return new Outcome(entries[0], false);
    } catch (PlainPushBody.Unusual | IOException e) {
      // not the plain form (or unreadable): Jackson reads it all again, and what it says stands
    }
    return general(file, name, sink, warnings, entries[0]);
  }

  /**
   * Reads {@code file} with Jackson, passing on entries after the first {@code delivered} (which
   * the plain reader passed on already).
   */
  Outcome general(Path file, String name, EntrySink sink, List<String> warnings, long delivered)
      throws InterruptedException, SourceException {
    Warnings w = new Warnings(name, warnings);
    long[] seen = {0};
    EntrySink rest = delivered == 0 ? sink : (service, level, nanos, line) -> {
      if (++seen[0] > delivered) {
        sink.accept(service, level, nanos, line);
      }
    };
    long[] entries = {0};
    JsonParser p = null;
    try (InputStream in = Files.newInputStream(file)) {
      p = factory.createParser(in);
      new BodyWalk(p, w, rest, entries).body();
      p.close();
      w.flush();
      return new Outcome(entries[0], false);
    } catch (JsonProcessingException e) {
      // constraint violations carry no location of their own; the parser knows where it stopped
      JsonLocation at = e.getLocation() != null ? e.getLocation() : p == null ? null : p.currentLocation();
      w.add(at, describe(e));
    } catch (IOException e) {
      // a bad encoding (CharConversionException) has no location of its own either
      w.add(p == null ? null : p.currentLocation(), "cannot read: " + e.getMessage());
    } catch (Malformed e) {
      w.add(e.at, e.getMessage());
    }
    w.flush();
    return new Outcome(entries[0], true);
  }

  private static String describe(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
      return "a string longer than the bound of this reader; the rest of the file is skipped (" + m + ")";
    }
    return m == null ? e.getClass().getSimpleName() : m;
  }

  /** The body's structure is not a push body; carries the position. */
  static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient JsonLocation at;

    Malformed(JsonLocation at, String message) {
      super(message, null, false, false);
      this.at = at;
    }
  }

  /** The walk over one body. */
  private static final class BodyWalk {
    private final JsonParser p;
    private final Warnings w;
    private final EntrySink sink;
    private final long[] entries;

    BodyWalk(JsonParser p, Warnings w, EntrySink sink, long[] entries) {
      this.p = p;
      this.w = w;
      this.sink = sink;
      this.entries = entries;
    }

    void body() throws IOException, InterruptedException, SourceException {
      expect(p.nextToken(), JsonToken.START_OBJECT, "expected '{' at the start of a push body");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if ("streams".equals(field)) {
          expect(t, JsonToken.START_ARRAY, "expected '[' after \"streams\"");
          while (p.nextToken() != JsonToken.END_ARRAY) {
            expect(p.currentToken(), JsonToken.START_OBJECT, "expected '{' for a stream");
            stream();
          }
        } else {
          p.skipChildren();
        }
      }
    }

    private void stream() throws IOException, InterruptedException, SourceException {
      Map<String, String> labels = null;
      String service = "";
      String level = "";
      List<Object[]> early = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if ("stream".equals(field)) {
          expect(t, JsonToken.START_OBJECT, "expected '{' after \"stream\"");
          labels = labels();
          // resolved once per stream, not per entry: a stream holds thousands of entries
          service = service(labels);
          level = labels.getOrDefault("level", "");
          if (early != null) {
            for (Object[] e : early) {
              emit(service, level, (Long) e[0], (String) e[1]);
            }
            early = null;
          }
        } else if ("values".equals(field)) {
          expect(t, JsonToken.START_ARRAY, "expected '[' after \"values\"");
          while (p.nextToken() != JsonToken.END_ARRAY) {
            if (!value()) {
              continue;
            }
            if (labels != null) {
              emit(service, level, nanos, line);
            } else {
              if (early == null) {
                early = new ArrayList<>();
              }
              early.add(new Object[] {nanos, line});
            }
          }
        } else {
          p.skipChildren();
        }
      }
      if (early != null) {
        Map<String, String> none = Map.of();
        for (Object[] e : early) {
          emit(service(none), none.getOrDefault("level", ""), (Long) e[0], (String) e[1]);
        }
      }
    }

    private Map<String, String> labels() throws IOException {
      Map<String, String> labels = new HashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken t = p.nextToken();
        if (t.isScalarValue()) {
          labels.put(key, p.getText());
        } else {
          p.skipChildren();
        }
      }
      return labels;
    }

    /** The entry {@link #value()} read last. */
    private long nanos;
    private String line = "";

    /**
     * Reads one {@code [ts, line, {metadata}?]} into {@link #nanos} and {@link #line}; false
     * (with a warning) when unusable.
     */
    private boolean value() throws IOException {
      JsonLocation at = p.currentTokenLocation();
      expect(p.currentToken(), JsonToken.START_ARRAY, "expected '[' for a [timestamp, line] value");
      JsonToken t = p.nextToken();
      long ns = Long.MIN_VALUE;
      String ts = null;
      if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT) {
        // digits straight from the parser's buffer: a string per timestamp was wasted work
        ns = parseNanos(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        if (ns == Long.MIN_VALUE) {
          ts = p.getText();
        }
      }
      if (t != JsonToken.END_ARRAY) {
        t = p.nextToken();
      }
      String text = null;
      if (t == JsonToken.VALUE_STRING) {
        int len = p.getTextLength();
        text = new String(p.getTextCharacters(), p.getTextOffset(), Math.min(len, MAX_LINE));
        t = p.nextToken();
      }
      while (t != JsonToken.END_ARRAY) {
        if (t == null) {
          throw new Malformed(p.currentLocation(), "unexpected end of input inside a value");
        }
        p.skipChildren(); // structured metadata and anything after it
        t = p.nextToken();
      }
      if (text == null) {
        w.add(at, "expected [\"<epoch ns>\", \"<line>\"]; entry skipped");
        return false;
      }
      if (ns == Long.MIN_VALUE) {
        w.add(at, "timestamp " + (ts == null ? "missing" : "\"" + clip(ts) + "\" is not epoch nanoseconds")
            + "; entry skipped");
        return false;
      }
      nanos = ns;
      line = text;
      return true;
    }

    private void emit(String service, String level, long nanos, String line)
        throws InterruptedException, SourceException {
      entries[0]++;
      sink.accept(service, level, nanos, line);
    }

    private void expect(JsonToken actual, JsonToken wanted, String what) {
      if (actual != wanted) {
        // at the end of input there is no token: its "location" is column 0 of line 1
        throw new Malformed(actual == null ? p.currentLocation() : p.currentTokenLocation(), what);
      }
    }
  }

  static String service(Map<String, String> labels) {
    for (String key : SERVICE_LABELS) {
      String v = labels.get(key);
      if (v != null && !v.isEmpty()) {
        return v;
      }
    }
    return "unknown";
  }

  /** Decimal epoch nanoseconds, or Long.MIN_VALUE. */
  static long parseNanos(@org.jspecify.annotations.Nullable String s) {
    return s == null ? Long.MIN_VALUE : parseNanos(s.toCharArray(), 0, s.length());
  }

  /** Decimal epoch nanoseconds in {@code chars[offset, offset + length)}, or Long.MIN_VALUE. */
  static long parseNanos(char[] chars, int offset, int length) {
    if (length == 0 || length > 19) {
      return Long.MIN_VALUE;
    }
    long v = 0;
    for (int i = offset; i < offset + length; i++) {
      char c = chars[i];
      if (c < '0' || c > '9') {
        return Long.MIN_VALUE;
      }
      v = v * 10 + (c - '0');
    }
    return v < 0 ? Long.MIN_VALUE : v;
  }

  private static String clip(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  /** A file's warnings, bounded. */
  private static final class Warnings {
    private final String name;
    private final List<String> out;
    private int count;

    Warnings(String name, List<String> out) {
      this.name = name;
      this.out = out;
    }

    void add(@org.jspecify.annotations.Nullable JsonLocation at, String what) {
      count++;
      if (count <= MAX_WARNINGS) {
        out.add(at == null ? name + ": " + what
            : name + " line " + at.getLineNr() + " col " + at.getColumnNr() + ": " + what);
      }
    }

    void flush() {
      if (count > MAX_WARNINGS) {
        out.add(name + ": " + (count - MAX_WARNINGS) + " more warnings not shown");
        count = MAX_WARNINGS;
      }
    }
  }
}
