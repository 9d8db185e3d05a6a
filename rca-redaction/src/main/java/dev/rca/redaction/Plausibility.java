package dev.rca.redaction;

import java.util.Locale;
import java.util.Set;

/**
 * Judges whether a candidate value really is what a rule looks for: checksums for card numbers
 * and IBANs, Shannon entropy and character mix for credentials, and the stop-words and
 * placeholders ({@code changeme}, {@code ${VAR}}, {@code <redacted>}, {@code xxxx}) that config
 * files and logs print where no secret is. Keeping these out is what keeps false positives down.
 */
final class Plausibility {
  private Plausibility() {}

  private static final Set<String> PLACEHOLDERS = Set.of(
      "changeme", "change_me", "change-me", "changeit", "password", "passwd", "secret", "token",
      "null", "nil", "none", "true", "false", "undefined", "empty", "redacted", "hidden",
      "masked", "filtered", "removed", "example", "sample", "dummy", "placeholder", "test",
      "notset", "not_set", "unset", "required", "optional", "string", "value", "default",
      "your_password", "yourpassword", "your_token", "your_api_key", "api_key", "apikey",
      "secret_key", "access_key", "xxx", "todo", "tbd", "n/a", "na", "no", "yes", "on", "off");

  /** Values that stand in for a secret rather than being one. */
  static boolean placeholder(String value) {
    String v = value.strip();
    if (v.isEmpty()) {
      return true;
    }
    String lower = v.toLowerCase(Locale.ROOT);
    if (PLACEHOLDERS.contains(lower)) {
      return true;
    }
    char first = v.charAt(0);
    char last = v.charAt(v.length() - 1);
    if ((first == '<' && last == '>') || (first == '{' && last == '}')
        || (first == '[' && last == ']') || (first == '%' && v.length() <= 3)) {
      return true;
    }
    if (v.startsWith("${") || v.startsWith("$(") || v.startsWith("{{") || v.startsWith("#{")
        || (first == '$' && v.length() > 1 && isIdentifier(v.substring(1)))
        || lower.startsWith("your_") || lower.startsWith("your-") || lower.startsWith("<your")
        || lower.startsWith("env:") || lower.startsWith("vault:") || lower.startsWith("secret:")
        || lower.startsWith("process.env") || lower.startsWith("os.environ")) {
      return true;
    }
    return repeatsOneOf(lower, "x*.#-•");
  }

  /** {@code xxxx}, {@code ****}, {@code ....}: a mask, whatever its length. */
  private static boolean repeatsOneOf(String lower, String maskChars) {
    char c = lower.charAt(0);
    if (maskChars.indexOf(c) < 0) {
      return false;
    }
    for (int i = 1; i < lower.length(); i++) {
      if (lower.charAt(i) != c) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIdentifier(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /** Shannon entropy in bits per character. */
  static double entropy(CharSequence s) {
    int n = s.length();
    if (n == 0) {
      return 0;
    }
    int[] counts = new int[128];
    int other = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 128) {
        counts[c]++;
      } else {
        other++;
      }
    }
    double h = 0;
    for (int c : counts) {
      if (c > 0) {
        double p = (double) c / n;
        h -= p * Math.log(p);
      }
    }
    if (other > 0) {
      double p = (double) other / n;
      h -= p * Math.log(p);
    }
    return h / Math.log(2);
  }

  static boolean isHex(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * A value next to a secret-like key that looks generated rather than chosen as a word: not a
   * placeholder, at least 8 characters, and either a mix of letters and digits or random enough.
   * The entropy bar depends on the charset (hex carries at most 4 bits per character, base64 6)
   * and on the length, since a short string cannot reach a long one's entropy.
   */
  static boolean credentialLike(String value) {
    return credentialEntropy(value) >= 0;
  }

  /** The entropy of a value {@link #credentialLike} accepts, or -1 for any other. */
  private static double credentialEntropy(String value) {
    if (value.length() < 8 || placeholder(value)) {
      return -1;
    }
    if ((value.startsWith("0x") || value.startsWith("0X")) && isHex(value.substring(2))) {
      return -1; // a number printed in hex: session and object ids, addresses
    }
    boolean digit = false;
    boolean lower = false;
    boolean upper = false;
    boolean symbol = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c >= 'a' && c <= 'z') {
        lower = true;
      } else if (c >= 'A' && c <= 'Z') {
        upper = true;
      } else {
        symbol = true;
      }
    }
    boolean letters = lower || upper;
    if (!digit && !(lower && upper)) {
      // identifiers and words: refresh_token, authentication, SOME_SETTING
      return -1;
    }
    double h = entropy(value);
    if (digit && !letters && !symbol) {
      return value.length() >= 16 ? h : -1;
    }
    double bar = isHex(value) ? 2.8 : 3.2;
    double lengthCap = Math.log(value.length()) / Math.log(2) - 0.6;
    return h >= Math.min(bar, lengthCap) ? h : -1;
  }

  /** Stricter: a free-standing string after a keyword, with no {@code =} to vouch for it. */
  static boolean highEntropy(String value) {
    if (value.length() < 16) {
      return false;
    }
    double h = credentialEntropy(value); // -1 for a placeholder, too
    if (h < 0 || !hasDigit(value)) {
      return false;
    }
    if (isHex(value)) {
      return h >= 3.0;
    }
    // one-case text with digits is often words and numbers; ask more of it
    return h >= (mixedCase(value) ? 3.6 : 4.0);
  }

  private static boolean hasDigit(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** Whether both lowering and raising the case changes the value. */
  private static boolean mixedCase(String value) {
    boolean lower = false;
    boolean upper = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 128) { // case rules beyond ASCII ("ß" raises to "SS"): the JDK's own
        return !value.equals(value.toLowerCase(Locale.ROOT))
            && !value.equals(value.toUpperCase(Locale.ROOT));
      }
      lower |= c >= 'a' && c <= 'z';
      upper |= c >= 'A' && c <= 'Z';
    }
    return lower && upper;
  }

  /** Luhn checksum over the digits of {@code s}, ignoring separators. */
  static boolean luhn(CharSequence s) {
    int sum = 0;
    boolean dbl = false;
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        continue;
      }
      int d = c - '0';
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }

  /** ISO 13616: move the first four characters to the end, letters to numbers, mod 97 == 1. */
  static boolean ibanChecksum(String compact) {
    String r = compact.substring(4) + compact.substring(0, 4);
    int mod = 0;
    for (int i = 0; i < r.length(); i++) {
      char c = r.charAt(i);
      if (c >= '0' && c <= '9') {
        mod = (mod * 10 + (c - '0')) % 97;
      } else if (c >= 'A' && c <= 'Z') {
        mod = (mod * 100 + (c - 'A' + 10)) % 97;
      } else {
        return false;
      }
    }
    return mod == 1;
  }
}
