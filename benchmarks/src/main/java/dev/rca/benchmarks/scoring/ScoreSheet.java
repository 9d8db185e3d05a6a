package dev.rca.benchmarks.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything one scoring run found: the figures overall and per kind, the reliability of
 * confidence, timing, and the bundles that were missed.
 *
 * <pre>{@code
 * ScoreSheet sheet = ScoreSheet.of(outcomes);
 * sheet.overall().ac(1);
 * sheet.byKind().get("invisible").ac(1);
 * }</pre>
 *
 * @param outcomes every scored bundle, in bundle-name order
 * @param overall the figures over all bundles
 * @param byKind the figures per truth kind ({@value Truth#INVISIBLE} for causes that are not
 *     visible), kinds in alphabetical order with {@value Truth#INVISIBLE} last
 * @param reliability top confidence against correctness
 * @param timing time per bundle
 */
public record ScoreSheet(List<Outcome> outcomes, Scorecard overall, Map<String, Scorecard> byKind,
    Reliability reliability, Timing timing) {

  public ScoreSheet {
    outcomes = List.copyOf(outcomes);
    byKind = Collections.unmodifiableMap(new LinkedHashMap<>(byKind));
  }

  public static ScoreSheet of(List<Outcome> outcomes) {
    List<Outcome> sorted = new ArrayList<>(outcomes);
    sorted.sort(Comparator.comparing(Outcome::bundle));
    Map<String, List<Outcome>> groups = new TreeMap<>(Comparator
        .comparing((String g) -> g.equals(Truth.INVISIBLE))
        .thenComparing(Comparator.naturalOrder()));
    for (Outcome o : sorted) {
      groups.computeIfAbsent(o.truth().group(), g -> new ArrayList<>()).add(o);
    }
    Map<String, Scorecard> byKind = new LinkedHashMap<>();
    groups.forEach((group, members) -> byKind.put(group, Scorecard.of(members)));
    return new ScoreSheet(sorted, Scorecard.of(sorted), byKind, Reliability.of(sorted),
        Timing.of(sorted));
  }

  /** The bundles not right on every measure, in bundle-name order. */
  public List<Outcome> misses() {
    return outcomes.stream().filter(o -> !o.fullyCorrect()).toList();
  }
}
