package dev.rca.core.report;

import java.util.Locale;

/**
 * Makes untrusted text (excerpts, statements, error messages) inert inside Markdown, and formats
 * the numbers a person reads.
 */
final class MarkdownText {
  /** CommonMark lets a backslash escape any ASCII punctuation; these are the ones that bite. */
  private static final String SIGNIFICANT = "\\`*_[]<>|~#&";

  private MarkdownText() {}

  /**
   * {@code text} on one line with Markdown-significant characters escaped, so a log line cannot
   * open a code block, a link, a table column or a heading.
   */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        sb.append(' ');
      } else if (Character.isISOControl(c)) {
        sb.append('\uFFFD');
      } else {
        if (SIGNIFICANT.indexOf(c) >= 0) {
          sb.append('\\');
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Escaped and shortened to {@code max} characters of the original text. */
  static String escapeClipped(String text, int max) {
    return escape(text.length() <= max ? text : text.substring(0, Math.max(0, max - 1)) + "…");
  }

  /**
   * A Markdown link to {@code url} when it is http(s), else the escaped text: a link from a
   * source could carry a {@code javascript:} URL, and a report must not make that clickable.
   */
  static String link(String label, String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (!(lower.startsWith("http://") || lower.startsWith("https://"))) {
      return url.isEmpty() ? "" : escapeClipped(url, 200);
    }
    StringBuilder target = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      switch (c) {
        case ' ' -> target.append("%20");
        case '(' -> target.append("%28");
        case ')' -> target.append("%29");
        case '<' -> target.append("%3C");
        case '>' -> target.append("%3E");
        case '`' -> target.append("%60");
        case '|' -> target.append("%7C");
        case '"' -> target.append("%22");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            continue;
          }
          target.append(c);
        }
      }
    }
    return "[" + escape(label) + "](" + target + ")";
  }

  /** {@code 412 ms}, {@code 1.3 s}, {@code 10 s}. */
  static String millis(long ms) {
    if (ms < 1000) {
      return ms + " ms";
    }
    long tenths = Math.round(ms / 100.0);
    return tenths % 10 == 0 ? (tenths / 10) + " s" : (tenths / 10) + "." + (tenths % 10) + " s";
  }

  /** {@code 0.914} as {@code 91%}. */
  static String percent(double confidence) {
    return Math.round(confidence * 100) + "%";
  }

  /** A signed offset such as {@code -04:10}, {@code +00:30} or {@code -1:02:03}. */
  static String offset(long seconds) {
    String sign = seconds < 0 ? "-" : "+";
    long abs = Math.abs(seconds);
    long h = abs / 3600;
    long m = (abs % 3600) / 60;
    long s = abs % 60;
    return h > 0
        ? String.format(Locale.ROOT, "%s%d:%02d:%02d", sign, h, m, s)
        : String.format(Locale.ROOT, "%s%02d:%02d", sign, m, s);
  }
}
