package dev.rca.api.spi;

/**
 * A source could not deliver its evidence. The message names what and where, e.g.
 * {@code "GET http://loki:3100/loki/api/v1/query_range: HTTP 503"}; it ends up in the report's
 * source status, so it must never contain a token.
 */
public class SourceException extends Exception {
  public SourceException(String message) {
    super(message);
  }

  public SourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
