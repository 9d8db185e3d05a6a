package dev.rca.connectors.otel.bundle;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rca.analysis.traces.SpanRecord;
import dev.rca.api.spi.Deadline;
import dev.rca.api.spi.DeadlineExceededException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams the spans of an OTLP/JSON trace file: one {@code ExportTraceServiceRequest} object, a
 * JSON array of them, or JSON Lines of them (one per line), as exporters write all three.
 *
 * <p>Only one span's JSON is held at a time (plus, when a {@code resource} comes after its
 * spans, the converted spans of that one {@code resourceSpans} entry), so files of any size are
 * read in constant memory. Accepts {@code scopeSpans} and the older
 * {@code instrumentationLibrarySpans}, ids in hex (or base64), times and {@code intValue}s as
 * strings or numbers, kinds and status codes as numbers or enum names.
 *
 * <p>Bad input becomes a warning naming the file and position, e.g.
 * {@code traces/a.json line 3 col 17: Unexpected character ('}' ...)}; the spans read before
 * are kept. In a JSON Lines file reading resumes on the line after a broken one. At most
 * {@value #MAX_WARNINGS} warnings are given per file.
 *
 * <pre>{@code
 * OtlpTraceReader reader = new OtlpTraceReader(scope.deadline());
 * long spans = reader.read(file, "traces/" + file.getFileName(), analysis::add, result::warning);
 * }</pre>
 */
public final class OtlpTraceReader {
  static final int MAX_WARNINGS = 20;
  private static final String UNKNOWN_SERVICE = "unknown_service";

  private final ObjectMapper mapper = new ObjectMapper();
  private final JsonFactory json = mapper.getFactory();
  private final Deadline deadline;

  public OtlpTraceReader(Deadline deadline) {
    this.deadline = requireNonNull(deadline, "deadline");
  }

  /**
   * Reads {@code file}, passing each span to {@code spans} and each problem to {@code warnings}.
   *
   * @param name the file as warnings name it, e.g. {@code traces/checkout.json}
   * @return the number of spans passed on
   */
  public long read(Path file, String name, Consumer<SpanRecord> spans, Consumer<String> warnings)
      throws InterruptedException, DeadlineExceededException {
    FileRead read = new FileRead(name, spans, warnings);
    int skipLines = 0;
    while (skipLines >= 0) {
      // each restart re-reads the lines before it, so a file of many broken lines is slow
      deadline.check();
      try (Reader in = open(file, skipLines)) {
        skipLines = read.parse(json.createParser(in), skipLines);
      } catch (IOException e) {
        read.warn(name + ": cannot read: " + e.getMessage());
        skipLines = -1;
      }
    }
    read.finish();
    return read.count;
  }

  private static Reader open(Path file, int skipLines) throws IOException {
    BufferedReader in = new BufferedReader(
        new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
    for (int i = 0; i < skipLines && in.readLine() != null; i++) {
      // skipping the lines read before a broken JSON line
    }
    return in;
  }

  /** The state of reading one file, across restarts after broken JSON lines. */
  private final class FileRead {
    final String name;
    final Consumer<SpanRecord> spans;
    final Consumer<String> warnings;
    long count;
    int warned;
    long unusable;
    boolean singleLineRoots = true;
    int rootsRead;

    FileRead(String name, Consumer<SpanRecord> spans, Consumer<String> warnings) {
      this.name = name;
      this.spans = spans;
      this.warnings = warnings;
    }

    /** Parses from {@code lineOffset}; returns the line count to skip to resume, or -1 when done. */
    int parse(JsonParser p, int lineOffset)
        throws IOException, InterruptedException, DeadlineExceededException {
      int rootLine = 0;
      try (p) {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          rootLine = p.currentTokenLocation().getLineNr();
          if (t == JsonToken.START_OBJECT) {
            request(p, lineOffset);
          } else if (t == JsonToken.START_ARRAY) {
            while (p.nextToken() == JsonToken.START_OBJECT) {
              request(p, lineOffset);
            }
            if (p.currentToken() != JsonToken.END_ARRAY) {
              warnAt(p.currentTokenLocation(), lineOffset,
                  "expected an ExportTraceServiceRequest object in the array");
              return -1;
            }
          } else {
            warnAt(p.currentTokenLocation(), lineOffset,
                "expected an ExportTraceServiceRequest object or an array of them");
            return -1;
          }
          rootsRead++;
          singleLineRoots &= p.currentLocation().getLineNr() == rootLine;
        }
        return -1;
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String what = firstLine(e.getOriginalMessage());
        if (at == null) {
          warn(name + ": " + what);
          return -1;
        }
        warnAt(at, lineOffset, what);
        // A JSON Lines file goes on with the next line; a pretty-printed document cannot.
        boolean lines = at.getLineNr() == rootLine || rootLine == 0
            || (rootsRead > 0 && singleLineRoots);
        return lines && at.getLineNr() > 0 ? lineOffset + at.getLineNr() : -1;
      }
    }

    private void request(JsonParser p, int lineOffset)
        throws IOException, InterruptedException, DeadlineExceededException {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("resourceSpans") && value == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            resourceSpans(p, lineOffset);
          }
        } else {
          p.skipChildren();
        }
      }
    }

    private void resourceSpans(JsonParser p, int lineOffset)
        throws IOException, InterruptedException, DeadlineExceededException {
      String service = null;
      List<SpanRecord> waiting = new ArrayList<>();
      try {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          JsonToken value = p.nextToken();
          if (field.equals("resource") && value == JsonToken.START_OBJECT) {
            service = OtlpSpanMapping.serviceName(mapper.readTree(p));
            service = service.isEmpty() ? UNKNOWN_SERVICE : service;
          } else if ((field.equals("scopeSpans") || field.equals("instrumentationLibrarySpans"))
              && value == JsonToken.START_ARRAY) {
            while (p.nextToken() == JsonToken.START_OBJECT) {
              scopeSpans(p, lineOffset, service, waiting);
            }
          } else {
            p.skipChildren();
          }
        }
      } finally {
        // Spans read before the resource (or before a break) still count, named once it is known.
        String known = service == null ? UNKNOWN_SERVICE : service;
        for (SpanRecord s : waiting) {
          emit(new SpanRecord(s.traceId(), s.spanId(), s.parentSpanId(), known, s.name(),
              s.kind(), s.startEpochNanos(), s.endEpochNanos(), s.error(), s.statusMessage(),
              s.attributes()));
        }
      }
    }

    private void scopeSpans(JsonParser p, int lineOffset, String service, List<SpanRecord> waiting)
        throws IOException, InterruptedException, DeadlineExceededException {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (!field.equals("spans") || value != JsonToken.START_ARRAY) {
          p.skipChildren();
          continue;
        }
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          JsonLocation at = p.currentTokenLocation();
          if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            unusable(at, lineOffset, "span skipped: expected an object");
            continue;
          }
          JsonNode span = mapper.readTree(p);
          try {
            SpanRecord record = OtlpSpanMapping.span(span, service == null ? "" : service);
            if (service == null) {
              waiting.add(record);
            } else {
              emit(record);
            }
          } catch (OtlpSpanMapping.UnusableSpan e) {
            unusable(at, lineOffset, e.getMessage());
          }
        }
      }
    }

    private void emit(SpanRecord span) throws InterruptedException, DeadlineExceededException {
      if (++count % 4096 == 0) {
        deadline.check();
      }
      spans.accept(span);
    }

    private void unusable(JsonLocation at, int lineOffset, String what) {
      if (unusable++ == 0) {
        warnAt(at, lineOffset, what);
      }
    }

    void finish() {
      if (unusable > 1) {
        warn(name + ": " + (unusable - 1) + " more spans skipped");
      }
      if (warned > MAX_WARNINGS) {
        warnings.accept(name + ": " + (warned - MAX_WARNINGS) + " further problems not listed");
      }
    }

    private void warnAt(JsonLocation at, int lineOffset, String what) {
      warn(name + " line " + (at.getLineNr() + lineOffset) + " col " + at.getColumnNr() + ": "
          + what);
    }

    void warn(String text) {
      if (warned++ < MAX_WARNINGS) {
        warnings.accept(text);
      }
    }
  }

  private static String firstLine(String message) {
    String m = message == null ? "malformed JSON" : message;
    int nl = m.indexOf('\n');
    m = nl >= 0 ? m.substring(0, nl) : m;
    // Jackson appends where the unclosed object began, naming a source it has redacted.
    int marker = m.indexOf(" (start marker at");
    m = marker >= 0 ? m.substring(0, marker) : m;
    return m.length() > 200 ? m.substring(0, 199) + "…" : m;
  }
}
