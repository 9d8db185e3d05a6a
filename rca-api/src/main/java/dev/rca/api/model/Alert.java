package dev.rca.api.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * One alert of the trigger, as Alertmanager sends it.
 *
 * @param name the {@code alertname} label, or {@code "alert"} when absent
 * @param service the affected service ({@code service}, else {@code job}, {@code app},
 *     {@code service_name}); empty when no label names one
 */
public record Alert(
    String name,
    String service,
    Map<String, String> labels,
    Map<String, String> annotations,
    Instant startsAt,
    @Nullable Instant endsAt,
    boolean firing,
    String generatorUrl,
    String fingerprint) {

  public Alert {
    requireNonNull(name, "name");
    requireNonNull(service, "service");
    labels = SortedCopy.of(requireNonNull(labels, "labels"));
    annotations = SortedCopy.of(requireNonNull(annotations, "annotations"));
    requireNonNull(startsAt, "startsAt");
    requireNonNull(generatorUrl, "generatorUrl");
    requireNonNull(fingerprint, "fingerprint");
  }

  /** The same alert with every text passed through {@code text}; used by the redaction boundary. */
  public Alert mapText(UnaryOperator<String> text) {
    return new Alert(
        text.apply(name),
        text.apply(service),
        mapValues(labels, text),
        mapValues(annotations, text),
        startsAt,
        endsAt,
        firing,
        text.apply(generatorUrl),
        fingerprint);
  }

  static Map<String, String> mapValues(Map<String, String> map, UnaryOperator<String> text) {
    Map<String, String> out = new TreeMap<>();
    map.forEach((k, v) -> out.put(text.apply(k), text.apply(v)));
    return out;
  }
}
