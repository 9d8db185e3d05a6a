package dev.rca.benchmarks.scenario.write;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One thing a service logged, before it is rendered in the service's own format.
 *
 * <pre>{@code
 * new LogEntry(t, "checkout-5a1d-x7k2p", "ERROR", "c.s.checkout.PaymentClient",
 *     "payment authorization failed", trace, Map.of("order_id", "ORD-1"));
 * }</pre>
 *
 * @param logger the logger, Go source location, or for nginx {@code access}/{@code error}
 * @param stackTrace a Java stack trace, null for one-line entries
 * @param fields structured extras: logfmt pairs, JSON fields, or the nginx request's status and timing
 */
record LogEntry(
    Instant at,
    String pod,
    String level,
    String logger,
    String message,
    @Nullable String stackTrace,
    Map<String, String> fields) {

  LogEntry {
    requireNonNull(at, "at");
    requireNonNull(pod, "pod");
    requireNonNull(level, "level");
    requireNonNull(logger, "logger");
    requireNonNull(message, "message");
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }
}
