package dev.rca.api.evidence;

import dev.rca.api.model.SortedCopy;
import static java.util.Objects.requireNonNull;

import dev.rca.api.model.Signal;
import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What sampled traces say about a service.
 *
 * <pre>{@code
 * new TraceFinding("ev-9", "payments-db", first, "SELECT orders", TraceFinding.Kind.ERROR_ORIGIN,
 *     88, 0.0, 0.0, "timeout acquiring connection", Map.of("db.system", "postgresql"), link);
 * }</pre>
 *
 * @param operation the span name
 * @param count spans (or traces) behind the finding
 * @param baselineMillis for {@link Kind#SELF_TIME_GROWTH}, the typical self time before the onset
 * @param observedMillis for {@link Kind#SELF_TIME_GROWTH}, the typical self time after it
 * @param message the status message or exception text of a representative span
 * @param attributes a representative span's attributes (and exception event attributes)
 */
public record TraceFinding(
    String id,
    String service,
    Instant at,
    String operation,
    Kind kind,
    long count,
    double baselineMillis,
    double observedMillis,
    String message,
    Map<String, String> attributes,
    String link)
    implements Evidence {

  /** What the traces show. */
  public enum Kind {
    /** The deepest erroring span of failing traces is in this service: errors start here. */
    ERROR_ORIGIN,
    /** Time spent in this service itself, not in what it calls, grew after the onset. */
    SELF_TIME_GROWTH
  }

  public TraceFinding {
    requireNonNull(id, "id");
    requireNonNull(service, "service");
    requireNonNull(at, "at");
    requireNonNull(operation, "operation");
    requireNonNull(kind, "kind");
    requireNonNull(message, "message");
    attributes = SortedCopy.of(attributes);
    requireNonNull(link, "link");
  }

  @Override
  public Signal signal() {
    return Signal.TRACES;
  }

  @Override
  public String excerpt() {
    String head = kind == Kind.ERROR_ORIGIN
        ? "errors originate in " + service + " " + operation + " (" + count + " spans)"
        : "self time of " + service + " " + operation + " grew "
            + Math.round(baselineMillis) + " ms -> " + Math.round(observedMillis) + " ms";
    return message.isEmpty() ? head : head + ": " + Texts.clip(message, 300);
  }

  @Override
  public TraceFinding withId(String newId) {
    return new TraceFinding(newId, service, at, operation, kind, count, baselineMillis,
        observedMillis, message, attributes, link);
  }

  @Override
  public TraceFinding mapText(UnaryOperator<String> text) {
    return new TraceFinding(id, text.apply(service), at, text.apply(operation), kind, count,
        baselineMillis, observedMillis, text.apply(message), Texts.map(attributes, text),
        text.apply(link));
  }
}
