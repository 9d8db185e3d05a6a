package dev.rca.redaction;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed, consistent pseudonyms: within one key the same value always gives the same token, and
 * without the key no value can be recovered or confirmed from its token.
 */
final class Pseudonyms {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final SecretKeySpec key;
  // Mac is not thread-safe and getInstance is slow; sessions are shared by source threads
  private final ThreadLocal<Mac> mac;

  Pseudonyms(byte[] keyBytes) {
    this.key = new SecretKeySpec(keyBytes.clone(), "HmacSHA256");
    this.mac = ThreadLocal.withInitial(this::newMac);
  }

  static Pseudonyms withRandomKey() {
    byte[] k = new byte[32];
    new SecureRandom().nextBytes(k);
    return new Pseudonyms(k);
  }

  private Mac newMac() {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(key);
      return m;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every Java runtime", e);
    }
  }

  /** E.g. {@code <email:7f3a1c>}: the label and the first 24 bits of HMAC-SHA256(value). */
  String token(String label, String value) {
    byte[] h = mac.get().doFinal(value.getBytes(StandardCharsets.UTF_8));
    StringBuilder sb = new StringBuilder(label.length() + 9).append('<').append(label).append(':');
    for (int i = 0; i < 3; i++) {
      sb.append(HEX[(h[i] >> 4) & 0xf]).append(HEX[h[i] & 0xf]);
    }
    return sb.append('>').toString();
  }

  /**
   * Whether a value holds a token from an earlier pass, e.g. a quoted password whose JWT was
   * replaced first: replacing it again would lose the first pseudonym.
   */
  static boolean holdsToken(String value) {
    for (int open = value.indexOf('<'); open >= 0; open = value.indexOf('<', open + 1)) {
      int close = value.indexOf('>', open);
      if (close < 0) {
        return false;
      }
      if (close - open < 48 && isToken(value.substring(open, close + 1))) {
        return true;
      }
    }
    return false;
  }

  /** A value that already is a token (text redacted twice) is left as it is. */
  static boolean isToken(String value) {
    int n = value.length();
    if (n < 10 || value.charAt(0) != '<' || value.charAt(n - 1) != '>'
        || value.charAt(n - 8) != ':') {
      return false;
    }
    for (int i = n - 7; i < n - 1; i++) {
      if (Character.digit(value.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
