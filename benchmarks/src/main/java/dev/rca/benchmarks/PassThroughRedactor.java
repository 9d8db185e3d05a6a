package dev.rca.benchmarks;

import dev.rca.api.spi.RedactionSession;
import dev.rca.api.spi.Redactor;
import java.util.Map;

/**
 * BENCHMARK ONLY: a redactor that redacts nothing, so a benchmark measures the investigator's
 * own cost and not the rules'. Never use it where real data flows.
 *
 * <pre>{@code
 * Investigator.builder().redactor(new PassThroughRedactor());
 * }</pre>
 */
public final class PassThroughRedactor implements Redactor {
  @Override
  public RedactionSession openSession() {
    return new RedactionSession() {
      @Override
      public String redact(String text) {
        return text;
      }

      @Override
      public Map<String, Long> countsByRule() {
        return Map.of();
      }
    };
  }
}
