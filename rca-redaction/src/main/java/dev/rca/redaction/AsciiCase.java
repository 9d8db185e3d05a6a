package dev.rca.redaction;

/**
 * Case-insensitive comparison that folds A-Z only, as the keyword passes and the hand-written
 * matchers need: {@link String#regionMatches(boolean, int, String, int, int)} also folds the Kelvin
 * sign to {@code k}, which the keyword automaton does not.
 */
final class AsciiCase {
  private AsciiCase() {}

  /** Whether {@code text[p, to)} starts with {@code lower}, A-Z matching their small letters. */
  static boolean startsWith(String text, int p, int to, String lower) {
    if (to - p < lower.length()) {
      return false;
    }
    for (int i = 0; i < lower.length(); i++) {
      char c = text.charAt(p + i);
      if (c != lower.charAt(i) && !(c >= 'A' && c <= 'Z' && c + 32 == lower.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
