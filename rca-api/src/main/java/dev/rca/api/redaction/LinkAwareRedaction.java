package dev.rca.api.redaction;

import dev.rca.api.spi.RedactionSession;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Redacts a text, looking inside URL-encoded links too: a link that carries a metric's labels or
 * a log query in its query string or fragment hides {@code alice@example.com} as
 * {@code alice%40example.com}, which no rule would see. The encoded part is decoded, redacted,
 * and encoded again when anything in it was replaced.
 */
final class LinkAwareRedaction {
  private LinkAwareRedaction() {}

  static String redact(RedactionSession session, String text) {
    int cut = linkTail(text);
    if (cut < 0) {
      return session.redact(text);
    }
    String head = text.substring(0, cut + 1);
    String tail = text.substring(cut + 1);
    String decoded;
    try {
      decoded = URLDecoder.decode(tail, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return session.redact(text); // not valid encoding: treat it as plain text
    }
    String clean = session.redact(decoded);
    String cleanHead = session.redact(head);
    if (clean.equals(decoded)) {
      return cleanHead + session.redact(tail);
    }
    return cleanHead + URLEncoder.encode(clean, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Index of the {@code ?} or {@code #} that starts an encoded part of a link, or -1. */
  private static int linkTail(String text) {
    if (text.indexOf('%') < 0 || text.indexOf(' ') >= 0
        || !(text.startsWith("http://") || text.startsWith("https://")
            || text.startsWith("file:"))) {
      return -1;
    }
    int q = text.indexOf('?');
    int h = text.indexOf('#');
    return q < 0 ? h : h < 0 ? q : Math.min(q, h);
  }
}
