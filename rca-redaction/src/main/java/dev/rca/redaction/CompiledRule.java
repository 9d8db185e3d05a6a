package dev.rca.redaction;

import com.google.re2j.Pattern;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rule ready to run: its place in priority order, its RE2 pattern (none for scanner rules) and
 * what a candidate must pass.
 */
record CompiledRule(int index, String id, String category, String label, String summary,
    String source, @Nullable Pattern pattern, List<String> keywords, int[] valueGroups, ValueCheck check,
    int ahead, boolean markedKeywords) {

  /** The keyword as the automaton matches it ({@code =} marks a case-sensitive built-in one). */
  String keywordText(int i) {
    String k = keywords.get(i);
    return markedKeywords && k.startsWith("=") ? k.substring(1) : k;
  }

  boolean keywordCaseSensitive(int i) {
    return markedKeywords && keywords.get(i).startsWith("=");
  }

  static CompiledRule of(int index, RuleSpec spec) {
    return new CompiledRule(index, spec.id(), spec.category(), spec.label(), spec.summary(),
        spec.pattern(), spec.scanner() ? null : Pattern.compile(spec.pattern()), spec.keywords(),
        spec.valueGroups(), spec.check(), spec.ahead(), true);
  }

  static CompiledRule of(int index, RedactionRule rule) {
    Pattern p = Pattern.compile(rule.pattern());
    int[] groups = new int[p.groupCount()];
    for (int g = 0; g < groups.length; g++) {
      groups[g] = g + 1;
    }
    return new CompiledRule(index, rule.id(), "custom", rule.label(), "user rule",
        rule.pattern(), p,
        rule.keywords(), groups, ValueCheck.ANY, RuleRedactor.WINDOW, false);
  }

  RuleSummary toSummary() {
    return new RuleSummary(id, category, label, summary,
        source,
        java.util.stream.IntStream.range(0, keywords.size()).mapToObj(this::keywordText).toList());
  }
}
