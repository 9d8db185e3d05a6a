package dev.rca.redaction;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A built-in rule as written in the catalogue: what it finds, the anchors that wake it, how the
 * match is placed relative to an anchor, which capture groups hold the value, and the check a
 * candidate must pass.
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
 * @param anchor how a match sits relative to its anchor
 * @param behind how far before an anchor a match may start ({@link Anchor#AROUND})
 * @param ahead how far past an anchor's start a match may reach
 * @param shape for {@link Anchor#SHAPE}: the token's body
 * @param scanner whether the {@link NumberScanner} rather than the pattern finds it
 * @param finder for {@link Anchor#AROUND}: the search for the pattern written out by hand; null
 *     to run the pattern
 * @param matcher for {@link Anchor#AT_KEYWORD} and {@link Anchor#AT_KEY}: the pattern written out
 *     by hand, for ASCII lines; null to run the pattern
 */
record RuleSpec(String id, String category, String label, String summary, String pattern,
    List<String> keywords, int[] valueGroups, ValueCheck check, Anchor anchor, int behind,
    int ahead, @Nullable TokenShape shape, boolean scanner, @Nullable WindowMatcher finder,
    @Nullable AnchoredMatcher matcher) {

  /** Where the pattern runs, relative to each anchor the keyword pass found. */
  enum Anchor {
    /** Find anywhere in a window from {@code behind} before to {@code ahead} after the anchor. */
    AROUND,
    /** Match starting exactly at the anchor. */
    AT_KEYWORD,
    /** Match starting where the key containing the anchor starts ({@code db_password}). */
    AT_KEY,
    /** No pattern: the anchor is the token's prefix and {@link TokenShape} its body. */
    SHAPE
  }

  RuleSpec {
    requireNonNull(id, "id");
    keywords = List.copyOf(keywords);
    valueGroups = valueGroups.clone();
  }

  static RuleSpec secret(String id, String label, String summary, String pattern,
      List<String> keywords, ValueCheck check, int... valueGroups) {
    return new RuleSpec(id, "secret", label, summary, pattern, keywords, valueGroups, check,
        Anchor.AROUND, 1024, 1024, null, false, null, null);
  }

  static RuleSpec personal(String id, String label, String summary, String pattern,
      List<String> keywords, ValueCheck check, int... valueGroups) {
    return new RuleSpec(id, "personal", label, summary, pattern, keywords, valueGroups, check,
        Anchor.AROUND, 512, 512, null, false, null, null);
  }

  static RuleSpec scanned(String id, String label, String summary, String shape) {
    return new RuleSpec(id, "personal", label, summary, shape, List.of(), new int[0],
        ValueCheck.ANY, Anchor.AROUND, 0, 0, null, true, null, null);
  }

  RuleSpec around(int before, int after) {
    return new RuleSpec(id, category, label, summary, pattern, keywords, valueGroups, check,
        Anchor.AROUND, before, after, shape, scanner, finder, matcher);
  }

  RuleSpec atKeyword(int after) {
    return new RuleSpec(id, category, label, summary, pattern, keywords, valueGroups, check,
        Anchor.AT_KEYWORD, 0, after, shape, scanner, finder, matcher);
  }

  RuleSpec atKey(int after) {
    return new RuleSpec(id, category, label, summary, pattern, keywords, valueGroups, check,
        Anchor.AT_KEY, 0, after, shape, scanner, finder, matcher);
  }

  /**
   * Searches a window with {@code handWritten} instead of the pattern; it must find what the
   * pattern does, which {@code AddressSyntaxTest} checks.
   */
  RuleSpec foundBy(WindowMatcher handWritten) {
    return new RuleSpec(id, category, label, summary, pattern, keywords, valueGroups, check,
        anchor, behind, ahead, shape, scanner, handWritten, matcher);
  }

  /**
   * Matches with {@code handWritten} instead of the pattern on ASCII lines; it must report the
   * value the pattern does, which {@code KeyValueSyntaxTest} checks.
   */
  RuleSpec matchedBy(AnchoredMatcher handWritten) {
    return new RuleSpec(id, category, label, summary, pattern, keywords, valueGroups, check,
        anchor, behind, ahead, shape, scanner, finder, handWritten);
  }

  /** The body after the prefix keyword, in class syntax: {@code shaped("A-Za-z0-9", 36, 251)}. */
  RuleSpec shaped(String charset, int min, int max) {
    return new RuleSpec(id, category, label, summary, pattern, keywords, valueGroups, check,
        Anchor.SHAPE, 0, max + 64, TokenShape.of(charset, min, max), scanner, finder, matcher);
  }
}
