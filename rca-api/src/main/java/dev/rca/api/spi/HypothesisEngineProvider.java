package dev.rca.api.spi;

import java.util.Map;

/** Creates a {@link HypothesisEngine}; listed in {@code META-INF/services} and chosen by name. */
public interface HypothesisEngineProvider {

  /** The {@code engine.provider} value that selects it, e.g. {@code "deterministic"}. */
  String name();

  HypothesisEngine create(Map<String, Object> options);
}
