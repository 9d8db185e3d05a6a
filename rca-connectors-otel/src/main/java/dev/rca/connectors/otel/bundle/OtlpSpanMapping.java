package dev.rca.connectors.otel.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rca.analysis.traces.SpanRecord;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Turns the JSON of one OTLP span into a {@link SpanRecord}, leniently where exporters differ. */
final class OtlpSpanMapping {

  private OtlpSpanMapping() {}

  /** Thrown for a span that cannot be used; the message says what is missing. */
  static final class UnusableSpan extends Exception {
    UnusableSpan(String message) {
      super(message, null, false, false);
    }
  }

  static SpanRecord span(JsonNode span, String service) throws UnusableSpan {
    String traceId = id(span.path("traceId"));
    String spanId = id(span.path("spanId"));
    if (traceId.isEmpty() || spanId.isEmpty()) {
      throw new UnusableSpan("span skipped: missing " + (traceId.isEmpty() ? "traceId" : "spanId"));
    }
    String parent = id(span.path("parentSpanId"));
    if (parent.chars().allMatch(c -> c == '0')) {
      parent = "";
    }
    long start = nanos(span, "startTimeUnixNano");
    long end = nanos(span, "endTimeUnixNano");
    Map<String, String> attributes = new HashMap<>();
    keep(span.path("attributes"), attributes);
    for (JsonNode event : span.path("events")) {
      if ("exception".equals(event.path("name").asText(""))) {
        Map<String, String> found = new HashMap<>();
        keep(event.path("attributes"), found);
        found.forEach(attributes::putIfAbsent);
      }
    }
    JsonNode status = span.path("status");
    return new SpanRecord(traceId, spanId, parent, service, span.path("name").asText(""),
        kind(span.path("kind")), start, end, isError(status.path("code")),
        SpanRecord.clip(status.path("message").asText("")), attributes);
  }

  /** The value of {@code service.name} among a resource's attributes, empty when absent. */
  static String serviceName(JsonNode resource) {
    for (JsonNode kv : resource.path("attributes")) {
      if ("service.name".equals(kv.path("key").asText(""))) {
        return anyValue(kv.path("value"));
      }
    }
    return "";
  }

  /**
   * Ids as lower-case hex, as the OTLP/JSON encoding writes them; some exporters use the
   * protobuf JSON mapping's base64 instead, which is converted so that parent links still match.
   */
  static String id(JsonNode node) {
    String raw = node.asText("").trim();
    if (isHex(raw)) {
      return raw.toLowerCase(Locale.ROOT);
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(raw);
      if (bytes.length != 8 && bytes.length != 16) {
        return raw;
      }
      StringBuilder hex = new StringBuilder(bytes.length * 2);
      for (byte b : bytes) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    } catch (IllegalArgumentException notBase64) {
      return raw;
    }
  }

  private static boolean isHex(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static long nanos(JsonNode span, String field) throws UnusableSpan {
    JsonNode node = span.path(field);
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return node.asLong();
    }
    if (node.isTextual()) {
      try {
        return Long.parseLong(node.asText().trim());
      } catch (NumberFormatException e) {
        throw new UnusableSpan("span skipped: " + field + " is not a number: \""
            + SpanRecord.clip(node.asText()) + "\"");
      }
    }
    throw new UnusableSpan("span skipped: missing " + field);
  }

  static SpanRecord.Kind kind(JsonNode node) {
    String digits = node.asText("");
    if (node.isIntegralNumber() || (digits.length() == 1 && Character.isDigit(digits.charAt(0)))) {
      int k = node.asInt();
      SpanRecord.Kind[] kinds = SpanRecord.Kind.values();
      return k >= 0 && k < kinds.length ? kinds[k] : SpanRecord.Kind.UNSPECIFIED;
    }
    String text = node.asText("").toUpperCase(Locale.ROOT);
    if (text.startsWith("SPAN_KIND_")) {
      text = text.substring("SPAN_KIND_".length());
    }
    try {
      return SpanRecord.Kind.valueOf(text);
    } catch (IllegalArgumentException unknown) {
      return SpanRecord.Kind.UNSPECIFIED;
    }
  }

  static boolean isError(JsonNode code) {
    if (code.isNumber()) {
      return code.asInt() == 2;
    }
    String text = code.asText("").toUpperCase(Locale.ROOT);
    return text.equals("2") || text.equals("STATUS_CODE_ERROR") || text.equals("ERROR");
  }

  private static void keep(JsonNode attributes, Map<String, String> into) {
    for (JsonNode kv : attributes) {
      String key = kv.path("key").asText("");
      if (SpanRecord.keeps(key)) {
        into.put(key, SpanRecord.clip(anyValue(kv.path("value"))));
      }
    }
  }

  /** An OTLP {@code AnyValue} as text: scalars as written, arrays as {@code [a, b]}, maps as {@code {k=v}}. */
  static String anyValue(JsonNode value) {
    if (value.has("stringValue")) {
      return value.get("stringValue").asText();
    }
    for (String scalar : new String[] {"intValue", "boolValue", "doubleValue", "bytesValue"}) {
      if (value.has(scalar)) {
        return value.get(scalar).asText();
      }
    }
    if (value.has("arrayValue")) {
      StringBuilder sb = new StringBuilder("[");
      for (JsonNode v : value.get("arrayValue").path("values")) {
        sb.append(sb.length() > 1 ? ", " : "").append(anyValue(v));
      }
      return sb.append(']').toString();
    }
    if (value.has("kvlistValue")) {
      StringBuilder sb = new StringBuilder("{");
      for (JsonNode kv : value.get("kvlistValue").path("values")) {
        sb.append(sb.length() > 1 ? ", " : "").append(kv.path("key").asText(""))
            .append('=').append(anyValue(kv.path("value")));
      }
      return sb.append('}').toString();
    }
    return value.isValueNode() ? value.asText() : "";
  }
}
