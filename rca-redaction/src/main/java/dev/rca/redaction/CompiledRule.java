package dev.rca.redaction;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rule ready to run: its place in priority order, its RE2 pattern (none for scanner and
 * token-shape rules), where it runs relative to its anchors, and what a candidate must pass.
 * {@code valueGroups} are the capture groups that may hold the value, the first participating one
 * winning; none means the value is the whole match.
 */
record CompiledRule(int index, String id, String category, String label, String summary,
    String source, @Nullable Pattern pattern, List<String> keywords, int[] valueGroups,
    ValueCheck check, RuleSpec.Anchor anchor, int behind, int ahead,
    @Nullable TokenShape shape, boolean markedKeywords, @Nullable WindowMatcher finder,
    @Nullable AnchoredMatcher matcher) {

  /** The keyword as the automaton matches it ({@code =} marks a case-sensitive built-in one). */
  String keywordText(int i) {
    String k = keywords.get(i);
    return markedKeywords && k.startsWith("=") ? k.substring(1) : k;
  }

  boolean keywordCaseSensitive(int i) {
    return markedKeywords && keywords.get(i).startsWith("=");
  }

  /**
   * The value groups to ask RE2J for: none when the first one is the whole match, as in
   * {@code \\b(AIza...)\\b}, since asking for a group makes RE2J match again with captures,
   * which costs twice the match.
   */
  private static int[] groupsToAsk(String source, int[] valueGroups) {
    boolean wholeMatch = valueGroups.length > 0 && valueGroups[0] == 1
        && groupIsWholePattern(source);
    return wholeMatch ? new int[0] : valueGroups;
  }

  /**
   * Whether a pattern is one group, give or take a leading flag and word boundaries. Quoting
   * ({@code \Q...\E}) and POSIX classes ({@code [[:alpha:]]}) are not read, so a pattern with
   * either gets no.
   */
  static boolean groupIsWholePattern(String source) {
    if (source.contains("\\Q") || source.contains("[:")) {
      return false;
    }
    String p = source.startsWith("(?i)") ? source.substring(4) : source;
    p = p.startsWith("\\b") ? p.substring(2) : p;
    if (p.endsWith("\\b") && !p.endsWith("\\\\b")) {
      p = p.substring(0, p.length() - 2);
    }
    if (!p.startsWith("(") || p.startsWith("(?")) {
      return false;
    }
    int depth = 0;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(p, i);
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i == p.length() - 1;
      }
    }
    return false;
  }

  /** The index of the {@code ]} closing the character class opened at {@code open}. */
  private static int classEnd(String p, int open) {
    int i = open + 1;
    if (i < p.length() && p.charAt(i) == '^') {
      i++;
    }
    if (i < p.length() && p.charAt(i) == ']') {
      i++; // a leading ] is a literal
    }
    while (i < p.length() && p.charAt(i) != ']') {
      i += p.charAt(i) == '\\' ? 2 : 1;
    }
    return i;
  }

  /**
   * The value of a match, as an {@link AnchoredMatcher#span} in the matched text: the first value
   * group that took part, else the whole match.
   */
  long valueOf(Matcher m) {
    for (int g : valueGroups) {
      if (m.start(g) >= 0) {
        return AnchoredMatcher.span(m.start(g), m.end(g));
      }
    }
    return AnchoredMatcher.span(m.start(), m.end());
  }

  boolean scanner() {
    return pattern == null && shape == null;
  }

  static CompiledRule of(int index, RuleSpec spec) {
    boolean regex = !spec.scanner() && spec.anchor() != RuleSpec.Anchor.SHAPE;
    return new CompiledRule(index, spec.id(), spec.category(), spec.label(), spec.summary(),
        spec.pattern(), regex ? Pattern.compile(spec.pattern()) : null, spec.keywords(),
        groupsToAsk(spec.pattern(), spec.valueGroups()), spec.check(), spec.anchor(),
        spec.behind(), spec.ahead(), spec.shape(), true, spec.finder(), spec.matcher());
  }

  static CompiledRule of(int index, RedactionRule rule) {
    Pattern p = Pattern.compile(rule.pattern());
    int[] groups = new int[p.groupCount()];
    for (int g = 0; g < groups.length; g++) {
      groups[g] = g + 1;
    }
    return new CompiledRule(index, rule.id(), "custom", rule.label(), "user rule",
        rule.pattern(), p, rule.keywords(), groupsToAsk(rule.pattern(), groups), ValueCheck.ANY,
        RuleSpec.Anchor.AROUND, RuleRedactor.WINDOW, RuleRedactor.WINDOW, null, false, null,
        null);
  }

  RuleSummary toSummary() {
    return new RuleSummary(id, category, label, summary, source,
        java.util.stream.IntStream.range(0, keywords.size()).mapToObj(this::keywordText)
            .toList());
  }
}
