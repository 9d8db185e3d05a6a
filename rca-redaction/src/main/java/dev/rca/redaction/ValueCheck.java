package dev.rca.redaction;

/** Whether a value a rule's pattern found really is one, given the line around it. */
@FunctionalInterface
interface ValueCheck {
  ValueCheck ANY = (text, matchStart, valueStart, valueEnd) -> true;

  /** Any value that is not a placeholder such as {@code changeme} or {@code ${DB_PASSWORD}}. */
  ValueCheck NOT_PLACEHOLDER = (text, matchStart, valueStart, valueEnd) ->
      !Plausibility.placeholder(text.substring(valueStart, valueEnd));

  /** A generated-looking credential: see {@link Plausibility#credentialLike}. */
  ValueCheck CREDENTIAL = (text, matchStart, valueStart, valueEnd) ->
      Plausibility.credentialLike(text.substring(valueStart, valueEnd));

  /** A random string of at least 16 characters, with digits: see {@link Plausibility#highEntropy}. */
  ValueCheck HIGH_ENTROPY = (text, matchStart, valueStart, valueEnd) ->
      Plausibility.highEntropy(text.substring(valueStart, valueEnd));

  boolean accept(String text, int matchStart, int valueStart, int valueEnd);

  default ValueCheck and(ValueCheck other) {
    return (t, m, s, e) -> accept(t, m, s, e) && other.accept(t, m, s, e);
  }
}
