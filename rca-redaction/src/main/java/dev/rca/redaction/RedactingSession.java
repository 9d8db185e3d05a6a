package dev.rca.redaction;

import com.google.re2j.Matcher;
import dev.rca.api.spi.RedactionSession;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * One investigation's redaction: finds candidates with every rule on the original text, settles
 * overlaps by rule priority, and writes the line once with each value replaced by its pseudonym.
 * Safe for concurrent use: all per-line state is local to {@link #redact}.
 */
final class RedactingSession implements RedactionSession {
  private final RuleRedactor redactor;
  private final List<CompiledRule> rules;
  private final Pseudonyms pseudonyms;
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  RedactingSession(RuleRedactor redactor, Pseudonyms pseudonyms) {
    this.redactor = redactor;
    this.rules = redactor.compiledRules();
    this.pseudonyms = pseudonyms;
  }

  /** Which rules an anchor woke, and for long lines where the anchors were. */
  private final class Anchors implements KeywordAutomaton.Hits {
    private final boolean keepPositions;
    boolean[] woken;
    int[] position = new int[0];
    int[] owner = new int[0];
    int count;

    Anchors(boolean keepPositions) {
      this.keepPositions = keepPositions;
    }

    @Override
    public void hit(int keyword, int start, int end) {
      if (woken == null) {
        woken = new boolean[rules.size()];
      }
      for (int r : redactor.rulesOfKeyword(keyword)) {
        woken[r] = true;
        if (keepPositions) {
          if (count == position.length) {
            position = Arrays.copyOf(position, Math.max(16, count * 2));
            owner = Arrays.copyOf(owner, position.length);
          }
          position[count] = start;
          owner[count] = r;
          count++;
        }
      }
    }
  }

  @Override
  public String redact(String text) {
    if (text.isEmpty()) {
      return text;
    }
    boolean longLine = text.length() > RuleRedactor.LONG_LINE;
    Anchors anchors = new Anchors(longLine);
    Findings found = new Findings();
    if (redactor.automaton().scan(text, anchors)) {
      for (CompiledRule r : rules) {
        if (anchors.woken[r.index()]) {
          if (longLine) {
            matchInWindows(r, text, anchors, found);
          } else {
            match(r, text, 0, text.length(), found);
          }
        }
      }
    }
    for (CompiledRule r : redactor.unanchored()) {
      match(r, text, 0, text.length(), found);
    }
    if (redactor.numbers().active()) {
      redactor.numbers().scan(text, found);
    }
    return found.isEmpty() ? text : rewrite(text, found);
  }

  /** Runs a rule on merged windows around its anchors: total work stays linear in the line. */
  private void matchInWindows(CompiledRule r, String text, Anchors anchors, Findings found) {
    int n = text.length();
    int windowStart = -1;
    int windowEnd = -1;
    for (int i = 0; i < anchors.count; i++) {
      if (anchors.owner[i] != r.index()) {
        continue;
      }
      int s = Math.max(0, anchors.position[i] - RuleRedactor.WINDOW);
      int e = (int) Math.min(n, (long) anchors.position[i] + r.ahead() + 64);
      if (s <= windowEnd) {
        windowEnd = Math.max(windowEnd, e);
        continue;
      }
      if (windowStart >= 0) {
        match(r, text, windowStart, windowEnd, found);
      }
      windowStart = s;
      windowEnd = e;
    }
    if (windowStart >= 0) {
      match(r, text, windowStart, windowEnd, found);
    }
  }

  private void match(CompiledRule r, String text, int from, int to, Findings found) {
    // widen to whitespace so that \b and ^ behave at the window's edges as in the whole line
    int s = from;
    for (int k = 0; s > 0 && k < 256 && !Character.isWhitespace(text.charAt(s - 1)); k++) {
      s--;
    }
    int e = to;
    for (int k = 0; e < text.length() && k < 256 && !Character.isWhitespace(text.charAt(e)); k++) {
      e++;
    }
    CharSequence region = s == 0 && e == text.length() ? text : text.substring(s, e);
    Matcher m = r.pattern().matcher(region);
    int at = 0;
    while (at <= region.length() && m.find(at)) {
      int ms = m.start();
      int me = m.end();
      int vs = ms;
      int ve = me;
      for (int g : r.valueGroups()) {
        if (m.start(g) >= 0) {
          vs = m.start(g);
          ve = m.end(g);
          break;
        }
      }
      if (ve > vs) {
        consider(r, text, s + ms, s + vs, s + ve, found);
      }
      at = me > ms ? me : ms + 1;
    }
  }

  private void consider(CompiledRule r, String text, int matchStart, int vs, int ve,
      Findings found) {
    if (!r.check().accept(text, matchStart, vs, ve)) {
      return;
    }
    String value = text.substring(vs, ve);
    if (Pseudonyms.isToken(value) || redactor.allowed(value)) {
      return;
    }
    found.add(vs, ve, r.index());
  }

  private String rewrite(String text, Findings found) {
    Integer[] order = new Integer[found.size];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> found.rule[a] != found.rule[b]
        ? Integer.compare(found.rule[a], found.rule[b])
        : Integer.compare(found.start[a], found.start[b]));
    BitSet taken = new BitSet();
    int accepted = 0;
    int[] keep = new int[order.length];
    for (int idx : order) {
      int s = found.start[idx];
      int e = found.end[idx];
      int next = taken.nextSetBit(s);
      if (next >= 0 && next < e) {
        continue;
      }
      String value = text.substring(s, e);
      if (rules.get(found.rule[idx]).pattern() == null && redactor.allowed(value)) {
        continue;
      }
      taken.set(s, e);
      keep[accepted++] = idx;
    }
    if (accepted == 0) {
      return text;
    }
    Integer[] byStart = new Integer[accepted];
    for (int i = 0; i < accepted; i++) {
      byStart[i] = keep[i];
    }
    Arrays.sort(byStart, (a, b) -> Integer.compare(found.start[a], found.start[b]));
    StringBuilder out = new StringBuilder(text.length() + 16 * accepted);
    int last = 0;
    for (int idx : byStart) {
      CompiledRule r = rules.get(found.rule[idx]);
      out.append(text, last, found.start[idx]);
      out.append(pseudonyms.token(r.label(), text.substring(found.start[idx], found.end[idx])));
      last = found.end[idx];
      counts.computeIfAbsent(r.id(), k -> new LongAdder()).increment();
    }
    return out.append(text, last, text.length()).toString();
  }

  @Override
  public Map<String, Long> countsByRule() {
    Map<String, Long> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }
}
