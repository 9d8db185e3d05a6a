package dev.rca.connectors.otel.bundle;

import java.time.Instant;

/** Writes small OTLP/JSON bodies for tests. */
final class Otlp {
  static final Instant ONSET = Instant.parse("2024-04-15T03:40:00Z");

  private Otlp() {}

  static String nanos(long secondsFromOnset) {
    return Long.toString((ONSET.getEpochSecond() + secondsFromOnset) * 1_000_000_000L);
  }

  /** One span as OTLP/JSON; {@code extra} is spliced in as further fields. */
  static String span(String trace, String id, String parent, String name, long startSec,
      long millis, String extra) {
    long start = (ONSET.getEpochSecond() + startSec) * 1_000_000_000L;
    return "{\"traceId\":\"" + trace + "\",\"spanId\":\"" + id + "\",\"parentSpanId\":\"" + parent
        + "\",\"name\":\"" + name + "\",\"kind\":2,\"startTimeUnixNano\":\"" + start
        + "\",\"endTimeUnixNano\":\"" + (start + millis * 1_000_000L) + "\""
        + (extra.isEmpty() ? "" : "," + extra) + "}";
  }

  /** A request with one resource of {@code service} holding {@code spans}. */
  static String request(String service, String... spans) {
    return "{\"resourceSpans\":[{\"resource\":{\"attributes\":[{\"key\":\"service.name\","
        + "\"value\":{\"stringValue\":\"" + service + "\"}}]},\"scopeSpans\":[{\"scope\":"
        + "{\"name\":\"test\"},\"spans\":[" + String.join(",", spans) + "]}]}]}";
  }
}
