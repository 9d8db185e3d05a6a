package dev.rca.api.spi;

/**
 * The signal simply is not there (a bundle without a {@code logs/} directory, a backend that is
 * not configured): the investigator reports the source {@code SKIPPED}, not {@code FAILED}.
 */
public class SourceUnavailableException extends SourceException {
  public SourceUnavailableException(String message) {
    super(message);
  }
}
