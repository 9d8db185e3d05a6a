package dev.rca.redaction;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A built-in rule as written in the catalogue: what it finds, the anchors that wake it, which
 * capture groups hold the value, and the check a candidate must pass.
 *
 * @param id stable id, used in counts, {@code disable:} and {@code rca redact --list-rules}
 * @param category {@code secret} or {@code personal}
 * @param label the word in the pseudonym
 * @param summary one line for the rule listing
 * @param pattern RE2 syntax (also valid {@link java.util.regex.Pattern} syntax, for the naive
 *     baseline); for scanner rules, the shape the hand-written scanner accepts
 * @param keywords anchors, matched case-insensitively; a leading {@code =} makes one
 *     case-sensitive; empty for scanner rules
 * @param valueGroups the capture groups that may hold the value, first participating one wins;
 *     empty means the whole match
 * @param check what a candidate value must pass
 * @param ahead how far past an anchor a match may reach, for windows on very long lines
 * @param scanner whether the {@link NumberScanner} rather than the pattern finds it
 */
record RuleSpec(String id, String category, String label, String summary, String pattern,
    List<String> keywords, int[] valueGroups, ValueCheck check, int ahead, boolean scanner) {

  RuleSpec {
    requireNonNull(id, "id");
    keywords = List.copyOf(keywords);
    valueGroups = valueGroups.clone();
  }

  static RuleSpec secret(String id, String label, String summary, String pattern,
      List<String> keywords, ValueCheck check, int... valueGroups) {
    return new RuleSpec(id, "secret", label, summary, pattern, keywords, valueGroups, check,
        1024, false);
  }

  static RuleSpec personal(String id, String label, String summary, String pattern,
      List<String> keywords, ValueCheck check, int... valueGroups) {
    return new RuleSpec(id, "personal", label, summary, pattern, keywords, valueGroups, check,
        512, false);
  }

  static RuleSpec scanned(String id, String label, String summary, String shape) {
    return new RuleSpec(id, "personal", label, summary, shape, List.of(), new int[0],
        ValueCheck.ANY, 0, true);
  }

  RuleSpec reaching(int chars) {
    return new RuleSpec(id, category, label, summary, pattern, keywords, valueGroups, check,
        chars, scanner);
  }
}
