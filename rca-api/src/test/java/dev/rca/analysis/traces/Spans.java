package dev.rca.analysis.traces;

import java.time.Instant;
import java.util.Map;

/** Builds spans for tests at offsets from a fixed onset. */
final class Spans {
  static final Instant ONSET = Instant.parse("2024-04-15T03:40:00Z");

  private Spans() {}

  static long at(double secondsFromOnset) {
    return ONSET.getEpochSecond() * 1_000_000_000L + Math.round(secondsFromOnset * 1e9);
  }

  static SpanRecord span(String trace, String id, String parent, String service, String name,
      SpanRecord.Kind kind, double startSec, double millis, boolean error, String message,
      Map<String, String> attributes) {
    long start = at(startSec);
    return new SpanRecord(trace, id, parent, service, name, kind, start,
        start + Math.round(millis * 1e6), error, message, attributes);
  }

  static SpanRecord ok(String trace, String id, String parent, String service, String name,
      SpanRecord.Kind kind, double startSec, double millis) {
    return span(trace, id, parent, service, name, kind, startSec, millis, false, "", Map.of());
  }
}
