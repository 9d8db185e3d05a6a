package dev.rca.api.spi;

/**
 * Removes secrets and personal data from text before it leaves the library. One
 * {@link RedactionSession} serves one investigation, so the same value gets the same pseudonym
 * everywhere in it.
 *
 * <pre>{@code
 * RedactionSession session = redactor.openSession();
 * session.redact("login by alice@example.com"); // "login by <email:7f3a1c>"
 * }</pre>
 */
public interface Redactor {

  /** Starts an investigation's redaction: its own pseudonym key and its own counts. */
  RedactionSession openSession();
}
