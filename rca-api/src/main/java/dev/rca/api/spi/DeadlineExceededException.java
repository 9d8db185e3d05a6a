package dev.rca.api.spi;

/** A source ran past its deadline; the investigator reports it {@code TIMED_OUT}. */
public class DeadlineExceededException extends SourceException {
  public DeadlineExceededException(String message) {
    super(message);
  }
}
