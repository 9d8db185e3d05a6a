package dev.rca.analysis.traces;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * One span, reduced to what trace analysis needs. Readers of any trace format (OTLP/JSON files,
 * a Tempo or Jaeger API) produce these.
 *
 * <pre>{@code
 * new SpanRecord("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", "", "checkout",
 *     "POST /checkout", SpanRecord.Kind.SERVER, startNanos, endNanos, true, "upstream failed",
 *     Map.of("http.response.status_code", "502"));
 * }</pre>
 *
 * @param parentSpanId empty for a root span
 * @param service the {@code service.name} of the span's resource
 * @param name the operation name
 * @param startEpochNanos start, Unix epoch nanoseconds
 * @param endEpochNanos end, Unix epoch nanoseconds (never before the start)
 * @param error whether the span's status is error
 * @param statusMessage the status message, empty when none
 * @param attributes the span attributes of {@link #KEPT_ATTRIBUTES} (including
 *     {@code exception.type}/{@code exception.message} from an exception event), values as text
 */
public record SpanRecord(
    String traceId,
    String spanId,
    String parentSpanId,
    String service,
    String name,
    Kind kind,
    long startEpochNanos,
    long endEpochNanos,
    boolean error,
    String statusMessage,
    Map<String, String> attributes) {

  /**
   * The attributes worth keeping: they name a peer (database, remote host), an HTTP/RPC outcome or
   * an exception. Everything else is dropped to keep a sample of millions of spans small.
   */
  public static final Set<String> KEPT_ATTRIBUTES = Set.of(
      "peer.service", "server.address", "server.port", "net.peer.name", "net.peer.port",
      "db.system", "db.name", "db.namespace", "db.operation", "db.operation.name",
      "db.statement", "db.query.text",
      "http.response.status_code", "http.status_code", "http.request.method", "http.method",
      "http.route", "url.full", "http.url",
      "rpc.system", "rpc.service", "rpc.method", "rpc.grpc.status_code",
      "messaging.system", "messaging.destination.name",
      "error.type", "exception.type", "exception.message");

  /** Attribute values longer than this are clipped, so one span cannot hold a megabyte of SQL. */
  public static final int MAX_ATTRIBUTE_CHARS = 1024;

  /** The span kinds of OpenTelemetry. */
  public enum Kind {
    UNSPECIFIED,
    INTERNAL,
    SERVER,
    CLIENT,
    PRODUCER,
    CONSUMER
  }

  public SpanRecord {
    requireNonNull(traceId, "traceId");
    requireNonNull(spanId, "spanId");
    requireNonNull(parentSpanId, "parentSpanId");
    requireNonNull(service, "service");
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    requireNonNull(statusMessage, "statusMessage");
    attributes = Map.copyOf(attributes);
    if (endEpochNanos < startEpochNanos) {
      endEpochNanos = startEpochNanos;
    }
  }

  /** Whether {@code key} is one of the {@link #KEPT_ATTRIBUTES}. */
  public static boolean keeps(String key) {
    return KEPT_ATTRIBUTES.contains(key);
  }

  /** {@code value} shortened to {@link #MAX_ATTRIBUTE_CHARS}. */
  public static String clip(String value) {
    return value.length() <= MAX_ATTRIBUTE_CHARS
        ? value : value.substring(0, MAX_ATTRIBUTE_CHARS - 1) + "…";
  }

  public boolean isRoot() {
    return parentSpanId.isEmpty();
  }

  public long durationNanos() {
    return endEpochNanos - startEpochNanos;
  }

  public Instant start() {
    return Instant.ofEpochSecond(0, startEpochNanos);
  }

  /** The text that best says what went wrong: status message, else exception message and type. */
  public String errorMessage() {
    if (!statusMessage.isEmpty()) {
      return statusMessage;
    }
    String type = attributes.getOrDefault("exception.type", "");
    String message = attributes.getOrDefault("exception.message", "");
    if (!type.isEmpty() && !message.isEmpty()) {
      return type + ": " + message;
    }
    return type.isEmpty() ? message : type;
  }
}
