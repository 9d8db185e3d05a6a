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
 */
public record RuleSummary(String id, String category, String label, String summary) {}
