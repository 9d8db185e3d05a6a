package dev.rca.core.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.rca.api.model.Alert;
import dev.rca.api.model.Hypothesis;
import dev.rca.api.model.InvestigationRequest;
import dev.rca.api.model.RootCauseReport;
import dev.rca.api.model.SourceStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The bytes of one audit record: a single line of compact JSON with a fixed field order, so the
 * hash of a line is a property of the record and not of a serializer's mood.
 */
final class AuditRecordFormat {
  /** The {@code prev} of the first record: there is nothing before it. */
  static final String GENESIS = "0".repeat(64);
  /** Queries kept per source; a source that issued thousands says so through the count. */
  static final int MAX_QUERIES = 50;
  /** Characters kept of any one text (query, summary, symptom, error). */
  static final int MAX_TEXT = 2000;

  private static final JsonFactory FACTORY = new JsonFactory();

  private AuditRecordFormat() {}

  /** The record's line without its line end. */
  static byte[] line(long seq, Instant time, RootCauseReport report, String prev) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeNumberField("seq", seq);
      json.writeStringField("time", time.toString());
      json.writeStringField("investigationId", report.investigationId());
      trigger(json, report.request());
      json.writeArrayFieldStart("sources");
      for (SourceStatus source : report.sources()) {
        source(json, source);
      }
      json.writeEndArray();
      Hypothesis top = report.causes().isEmpty() ? null : report.causes().get(0).hypothesis();
      conclusion(json, report, top);
      if (top == null) {
        json.writeNullField("confidence");
      } else {
        json.writeNumberField("confidence", top.confidence());
      }
      json.writeObjectFieldStart("redactions");
      for (Map.Entry<String, Long> rule : new TreeMap<>(report.redactionCounts()).entrySet()) {
        json.writeNumberField(rule.getKey(), rule.getValue());
      }
      json.writeEndObject();
      json.writeStringField("prev", prev);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return out.toByteArray();
  }

  /** The trigger as the report holds it, which is after redaction. */
  private static void trigger(JsonGenerator json, InvestigationRequest request) throws IOException {
    json.writeObjectFieldStart("trigger");
    json.writeArrayFieldStart("alerts");
    for (Alert alert : request.alerts()) {
      json.writeString(clip(alert.name()));
    }
    json.writeEndArray();
    json.writeArrayFieldStart("services");
    for (String service : request.services()) {
      json.writeString(clip(service));
    }
    json.writeEndArray();
    json.writeStringField("onset", request.onset().toString());
    json.writeStringField("symptom", clip(request.symptom()));
    json.writeEndObject();
  }

  private static void source(JsonGenerator json, SourceStatus source) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", source.name());
    json.writeStringField("signal", source.signal().name());
    json.writeStringField("status", source.state().name());
    json.writeNumberField("items", source.items());
    json.writeNumberField("elapsedMs", source.elapsedMs());
    List<String> queries = source.queries();
    json.writeArrayFieldStart("queries");
    for (String query : queries.subList(0, Math.min(MAX_QUERIES, queries.size()))) {
      json.writeString(clip(query));
    }
    json.writeEndArray();
    if (queries.size() > MAX_QUERIES) {
      json.writeNumberField("queriesLeftOut", queries.size() - MAX_QUERIES);
    }
    nullable(json, "error", source.error());
    json.writeEndObject();
  }

  private static void conclusion(JsonGenerator json, RootCauseReport report,
      @Nullable Hypothesis top) throws IOException {
    json.writeObjectFieldStart("conclusion");
    json.writeStringField("status", report.status().name());
    json.writeStringField("summary", clip(report.summary()));
    nullable(json, "service", top == null ? null : top.service());
    nullable(json, "kind", top == null ? null : top.kind().wireName());
    nullable(json, "changeId", top == null ? null : top.changeId());
    json.writeEndObject();
  }

  private static void nullable(JsonGenerator json, String name, @Nullable String value)
      throws IOException {
    if (value == null) {
      json.writeNullField(name);
    } else {
      json.writeStringField(name, clip(value));
    }
  }

  private static String clip(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
  }

  /** Lower-case hex SHA-256 of {@code bytes}. */
  static String sha256(byte[] bytes) {
    return sha256(bytes, 0, bytes.length);
  }

  static String sha256(byte[] bytes, int offset, int length) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(bytes, offset, length);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
