package dev.rca.redaction;

/**
 * One line of the rule listing ({@code rca redact --list-rules}).
 *
 * <pre>{@code
 * RuleRedactor.builtInRules().forEach(r -> System.out.println(r.id() + "  " + r.summary()));
 * }</pre>
 *
 * @param id the id used in counts and {@code disable:}
 * @param category {@code secret}, {@code personal} or {@code custom}
 * @param label the word in the pseudonym
 * @param summary what it finds
 * @param pattern its RE2 pattern; for the scanner rules (cards, phones, IBANs, IPv4) the shape
 *     the scanner accepts, in {@link java.util.regex.Pattern} syntax
 * @param keywords the anchors that wake it; empty when it looks at every line
 */
public record RuleSummary(String id, String category, String label, String summary,
    String pattern, java.util.List<String> keywords) {
  public RuleSummary {
    keywords = java.util.List.copyOf(keywords);
  }
}
