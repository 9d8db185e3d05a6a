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
  private final SecretKeySpec key;

  Pseudonyms(byte[] keyBytes) {
    this.key = new SecretKeySpec(keyBytes.clone(), "HmacSHA256");
  }

  static Pseudonyms withRandomKey() {
    byte[] k = new byte[32];
    new SecureRandom().nextBytes(k);
    return new Pseudonyms(k);
  }

  /** E.g. {@code <email:7f3a1c>}: the label and the first 24 bits of HMAC-SHA256(value). */
  String token(String label, String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] h = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
      return String.format("<%s:%02x%02x%02x>", label, h[0], h[1], h[2]);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every Java runtime", e);
    }
  }
}
