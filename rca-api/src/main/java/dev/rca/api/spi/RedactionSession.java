package dev.rca.api.spi;

import java.util.Map;

/** Redaction within one investigation. Implementations are safe for concurrent use. */
public interface RedactionSession {

  /** {@code text} with every secret and personal value replaced by a pseudonym token. */
  String redact(String text);

  /** How many values each rule replaced so far, by rule id; never the values. */
  Map<String, Long> countsByRule();
}
