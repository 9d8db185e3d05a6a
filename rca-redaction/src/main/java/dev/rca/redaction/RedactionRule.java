package dev.rca.redaction;

import static java.util.Objects.requireNonNull;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.List;

/**
 * A rule a user adds: what to find (RE2 syntax, so it runs in linear time whatever the input),
 * the word its pseudonym shows, and optional keywords that must occur (case-insensitively) for
 * the pattern to run at all. The value replaced is the first capture group that took part in the
 * match, or the whole match when the pattern has no groups.
 *
 * <pre>{@code
 * new RedactionRule("acme-key", "acme-key", "\\b(acme_[a-z0-9]{32})\\b", List.of("acme_"));
 * }</pre>
 *
 * <p>Without keywords the pattern runs on every line (still linear, but slower). With keywords,
 * on lines longer than {@value RuleRedactor#LONG_LINE} characters it runs on windows of
 * {@value RuleRedactor#WINDOW} characters around each keyword, so a match should lie within that
 * distance of one.
 *
 * @param id stable id, used in counts and in {@code disable:}
 * @param label the word in the pseudonym, e.g. {@code acme-key} in {@code <acme-key:7f3a1c>}
 * @param pattern what to find, RE2 syntax (no backreferences or lookaround)
 * @param keywords ASCII anchors; empty to run the pattern on every line
 */
public record RedactionRule(String id, String label, String pattern, List<String> keywords) {
  public RedactionRule {
    requireNonNull(id, "id");
    requireNonNull(label, "label");
    requireNonNull(pattern, "pattern");
    keywords = List.copyOf(requireNonNull(keywords, "keywords"));
    if (!id.matches("[A-Za-z0-9_.-]{1,64}")) {
      throw new IllegalArgumentException("rule id '" + id
          + "': use 1-64 letters, digits, '.', '_' or '-'");
    }
    if (!label.matches("[a-z0-9-]{1,32}")) {
      throw new IllegalArgumentException("rule " + id + ": label '" + label
          + "' must be 1-32 lower-case letters, digits or '-'");
    }
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("rule " + id + ": pattern is not RE2 syntax ("
          + e.getMessage() + ")", e);
    }
    for (String k : keywords) {
      if (k.isEmpty() || !k.chars().allMatch(c -> c > 31 && c < 127)) {
        throw new IllegalArgumentException("rule " + id + ": keyword '" + k
            + "' must be non-empty printable ASCII");
      }
    }
  }
}
