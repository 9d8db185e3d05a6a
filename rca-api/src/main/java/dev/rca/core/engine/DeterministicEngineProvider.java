package dev.rca.core.engine;

import dev.rca.api.spi.HypothesisEngine;
import dev.rca.api.spi.HypothesisEngineProvider;
import java.util.Map;

/** The {@code deterministic} engine, the embedded default. It takes no options. */
public final class DeterministicEngineProvider implements HypothesisEngineProvider {
  @Override
  public String name() {
    return "deterministic";
  }

  @Override
  public HypothesisEngine create(Map<String, Object> options) {
    if (!options.isEmpty()) {
      throw new IllegalArgumentException("engine.options: the deterministic engine takes no"
          + " options (got " + options.keySet() + ")");
    }
    return new DeterministicEngine();
  }
}
