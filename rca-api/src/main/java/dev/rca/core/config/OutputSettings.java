package dev.rca.core.config;

import java.util.List;

/**
 * The {@code output} section: when a report may say {@code CONFIDENT}, and where reports go.
 *
 * <pre>{@code
 * new OutputSettings(0.75, true, List.of(new ProviderConfig("markdown", Map.of())));
 * }</pre>
 *
 * @param minConfidence the top hypothesis's confidence needed for {@code CONFIDENT}, in [0, 1]
 *     ({@code min_confidence}, default 0.75, as {@code report-json.md} says)
 * @param requireEvidenceLinks whether {@code CONFIDENT} also needs every cited evidence item to
 *     have a link a person can open ({@code require_evidence_links}, default false, because
 *     incident bundles often have none)
 * @param sinks where reports go, by sink type ({@code sinks}); empty when the caller decides
 */
public record OutputSettings(double minConfidence, boolean requireEvidenceLinks,
    List<ProviderConfig> sinks) {

  public OutputSettings {
    unitInterval(minConfidence, "minConfidence");
    sinks = List.copyOf(sinks);
  }

  public static OutputSettings defaults() {
    return new OutputSettings(0.75, false, List.of());
  }

  static double unitInterval(double value, String name) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], got " + value);
    }
    return value;
  }
}
