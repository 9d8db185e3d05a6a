package dev.rca.redaction;

import com.google.re2j.Pattern;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rule ready to run: its place in priority order, its RE2 pattern (none for scanner and
 * token-shape rules), where it runs relative to its anchors, and what a candidate must pass.
 */
record CompiledRule(int index, String id, String category, String label, String summary,
    String source, @Nullable Pattern pattern, List<String> keywords, int[] valueGroups,
    ValueCheck check, RuleSpec.Anchor anchor, int behind, int ahead,
    @Nullable TokenShape shape, boolean markedKeywords, @Nullable MatchStart start) {

  /** The keyword as the automaton matches it ({@code =} marks a case-sensitive built-in one). */
  String keywordText(int i) {
    String k = keywords.get(i);
    return markedKeywords && k.startsWith("=") ? k.substring(1) : k;
  }

  boolean keywordCaseSensitive(int i) {
    return markedKeywords && keywords.get(i).startsWith("=");
  }

  boolean scanner() {
    return pattern == null && shape == null;
  }

  static CompiledRule of(int index, RuleSpec spec) {
    boolean regex = !spec.scanner() && spec.anchor() != RuleSpec.Anchor.SHAPE;
    return new CompiledRule(index, spec.id(), spec.category(), spec.label(), spec.summary(),
        spec.pattern(), regex ? Pattern.compile(spec.pattern()) : null, spec.keywords(),
        spec.valueGroups(), spec.check(), spec.anchor(), spec.behind(), spec.ahead(),
        spec.shape(), true, spec.start());
  }

  static CompiledRule of(int index, RedactionRule rule) {
    Pattern p = Pattern.compile(rule.pattern());
    int[] groups = new int[p.groupCount()];
    for (int g = 0; g < groups.length; g++) {
      groups[g] = g + 1;
    }
    return new CompiledRule(index, rule.id(), "custom", rule.label(), "user rule",
        rule.pattern(), p, rule.keywords(), groups, ValueCheck.ANY, RuleSpec.Anchor.AROUND,
        RuleRedactor.WINDOW, RuleRedactor.WINDOW, null, false, null);
  }

  RuleSummary toSummary() {
    return new RuleSummary(id, category, label, summary, source,
        java.util.stream.IntStream.range(0, keywords.size()).mapToObj(this::keywordText)
            .toList());
  }
}
