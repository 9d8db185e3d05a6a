package dev.rca.core.trigger;

/**
 * The trigger cannot be used: the one failure that stops an investigation. The message names the
 * file, the position and what to fix.
 */
public class TriggerException extends Exception {
  public TriggerException(String message) {
    super(message);
  }

  public TriggerException(String message, Throwable cause) {
    super(message, cause);
  }
}
