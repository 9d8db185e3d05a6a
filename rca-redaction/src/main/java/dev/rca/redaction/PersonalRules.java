package dev.rca.redaction;

import static dev.rca.redaction.RuleSpec.personal;
import static dev.rca.redaction.RuleSpec.scanned;

import java.util.List;

/**
 * The built-in personal-data rules. E-mail and IPv6 have an anchor ({@code @}, {@code ::}) and
 * run as patterns; cards, phones, IBANs and IPv4 addresses are found by the {@link NumberScanner},
 * and their patterns here only describe the shapes it accepts (and drive the naive baseline).
 */
final class PersonalRules {
  private PersonalRules() {}

  static final String CARD = "payment-card";
  static final String PHONE = "phone-number";
  static final String IBAN = "iban";
  static final String IPV4 = "ipv4-address";
  static final String IPV6 = "ipv6-address";

  static List<RuleSpec> all() {
    return List.of(
        personal("email", "email", "E-mail addresses", AddressSyntax.EMAIL, List.of("@"),
            ValueCheck.ANY, 1).around(70, 260).foundBy(AddressSyntax.email()),
        scanned(CARD, "card",
            "Payment card numbers: 13-19 digits, spaces or dashes, known issuer prefix, Luhn",
            "\\b(?:[0-9][ -]?){12,18}[0-9]\\b"),
        scanned(IBAN, "iban", "IBANs: country code, registered length, mod-97 checksum",
            "\\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\\b"),
        scanned(PHONE, "phone",
            "Phone numbers: E.164 (+ and 8-15 digits), (415) 555-2671, 415-555-2671, 020 7946 0958",
            "(?:\\+[1-9](?:[ .-]?[0-9]){7,14}|\\([2-9][0-9]{2}\\) [0-9]{3}-[0-9]{4}"
                + "|\\b[2-9][0-9]{2}([-. ])[0-9]{3}\\1[0-9]{4}\\b"
                + "|\\b0[0-9]{1,4}(?:[ -][0-9]{2,4}){2,4}\\b)"),
        scanned(IPV4, "ip", "IPv4 addresses (option ip_addresses)",
            "\\b(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}"
                + "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\b"),
        personal(IPV6, "ip", "IPv6 addresses in compressed form (with ::) (option ip_addresses)",
            "(?i)(?:^|[^0-9a-z:.])((?:[0-9a-f]{1,4}:){1,7}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?"
                + "|::[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})(?:%[0-9a-z]{1,16})?(?:[^0-9a-z:]|$)",
            List.of("::"), (t, m, s, e) -> groups(t, s, e) >= 3, 1).around(45, 45));
  }

  /** Hex groups in an IPv6 candidate: {@code ::1} (loopback) and {@code a::b} are too little. */
  private static int groups(String text, int from, int to) {
    int groups = 0;
    boolean inGroup = false;
    for (int i = from; i < to; i++) {
      boolean hex = text.charAt(i) != ':';
      if (hex && !inGroup) {
        groups++;
      }
      inGroup = hex;
    }
    return groups;
  }
}
