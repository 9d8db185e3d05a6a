package dev.rca.api.spi;

import java.util.Map;

/** Creates a {@link Redactor}; listed in {@code META-INF/services} and chosen by name. */
public interface RedactorProvider {

  /** The {@code redaction.provider} value that selects it, e.g. {@code "default"}. */
  String name();

  Redactor create(Map<String, Object> options);
}
