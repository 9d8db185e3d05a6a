package dev.rca.redaction;

import com.google.re2j.Matcher;
import dev.rca.api.spi.RedactionSession;
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

  /** Marks the rules each anchor wakes, and where each anchor is, with the rule it wakes. */
  private final class Anchors implements KeywordAutomaton.Hits {
    final LineScratch scratch;
    final Findings spans;

    Anchors(LineScratch scratch) {
      this.scratch = scratch;
      this.spans = scratch.anchors;
    }

    @Override
    public void numberStart(int at) {
      scratch.ibanStarts.add(at);
    }

    @Override
    public void hit(int keyword, int start, int end) {
      for (int r : redactor.rulesOfKeyword(keyword)) {
        scratch.wake(r, rules.size());
        spans.add(start, end, r);
      }
    }
  }

  @Override
  public String redact(String text) {
    if (text.isEmpty()) {
      return text;
    }
    LineScratch scratch = LineScratch.acquire();
    try {
      return redact(text, scratch);
    } finally {
      scratch.release();
    }
  }

  private String redact(String text, LineScratch scratch) {
    Anchors anchors = new Anchors(scratch);
    Findings found = scratch.found;
    byte[] bytes = scratch.lineBytes(text);
    redactor.sample(text, bytes, scratch);
    if (redactor.findKeywords(text, bytes, anchors, scratch.keywordHits)) {
      for (CompiledRule r : rules) {
        if (scratch.woken(r.index())) {
          matchAtAnchors(r, text, anchors, found);
        }
      }
    }
    List<CompiledRule> unanchored = redactor.unanchored();
    for (int i = 0; i < unanchored.size(); i++) {
      match(unanchored.get(i), text, 0, text.length(), found); // user rules without keywords
    }
    if (redactor.numbers().active()) {
      redactor.numbers().scan(text, bytes, scratch, found);
    }
    return found.isEmpty() ? text : rewrite(text, found);
  }

  /**
   * Runs a rule only next to its anchors: a token shape by hand, an anchored pattern from the
   * anchor (or the start of its key), other patterns in merged windows around the anchors. Each
   * character is looked at a bounded number of times, so work stays linear in the line.
   */
  private void matchAtAnchors(CompiledRule r, String text, Anchors anchors, Findings found) {
    int n = text.length();
    RuleSpec.Anchor mode = r.anchor();
    if (mode == RuleSpec.Anchor.AT_KEY || mode == RuleSpec.Anchor.AT_KEYWORD) {
      // anchored runs cost up to `ahead` each; with anchors packed densely one unanchored pass
      // over the line is cheaper, and keeps the total linear
      long hits = 0;
      for (int i = 0; i < anchors.spans.size; i++) {
        hits += anchors.spans.rule[i] == r.index() ? 1 : 0;
      }
      if (hits * r.ahead() > 4L * n + 65_536) {
        match(r, text, 0, n, found);
        return;
      }
    }
    int windowStart = -1;
    int windowEnd = -1;
    int lastStart = -1;
    int scannedUntil = -1;
    for (int i = 0; i < anchors.spans.size; i++) {
      if (anchors.spans.rule[i] != r.index()) {
        continue;
      }
      int at = anchors.spans.start[i];
      switch (r.anchor()) {
        case SHAPE -> {
          if (at < scannedUntil) {
            continue; // inside a run already judged: prefixes packed in one word
          }
          int e = r.shape().match(text, at, anchors.spans.end[i]);
          scannedUntil = Math.max(anchors.spans.end[i], e >= 0 ? e : -1 - e);
          if (e > 0) {
            consider(r, text, at, at, e, found);
          }
        }
        case AT_KEYWORD, AT_KEY -> {
          int s = r.anchor() == RuleSpec.Anchor.AT_KEY ? keyStart(text, at) : at;
          if (s != lastStart) {
            lastStart = s;
            matchFrom(r, text, s, (int) Math.min(n, (long) at + r.ahead()), anchors.scratch,
                found);
          }
        }
        case AROUND -> {
          boolean whole = r.behind() >= RuleRedactor.WINDOW && n <= RuleRedactor.LONG_LINE;
          int s = whole ? 0 : Math.max(0, at - r.behind());
          int e = whole ? n : (int) Math.min(n, (long) anchors.spans.end[i] + r.ahead());
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
      }
    }
    if (windowStart >= 0) {
      match(r, text, windowStart, windowEnd, found);
    }
  }

  /** Where the key holding an anchor starts: {@code spring.datasource.password} for "password". */
  private static int keyStart(String text, int at) {
    int s = at;
    for (int k = 0; s > 0 && k < 64; k++) {
      char c = text.charAt(s - 1);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-')) {
        break;
      }
      s--;
    }
    return s;
  }

  private void matchFrom(CompiledRule r, String text, int from, int to, LineScratch scratch,
      Findings found) {
    AnchoredMatcher handWritten = r.matcher();
    if (handWritten != null && scratch.ascii(text)) {
      long value = handWritten.valueSpan(text, from, to);
      if (value != AnchoredMatcher.NO_MATCH) {
        consider(r, text, from, AnchoredMatcher.start(value), AnchoredMatcher.end(value), found);
      }
      return;
    }
    Matcher m = r.pattern().matcher(text.substring(from, to));
    if (m.lookingAt()) {
      take(r, text, from, m, found);
    }
  }

  private void match(CompiledRule r, String text, int from, int to, Findings found) {
    // widen to whitespace so that \b and ^ behave at the window's edges as in the whole line
    int s = from;
    for (int k = 0; s > 0 && k < 64 && !Character.isWhitespace(text.charAt(s - 1)); k++) {
      s--;
    }
    int e = to;
    for (int k = 0; e < text.length() && k < 64 && !Character.isWhitespace(text.charAt(e)); k++) {
      e++;
    }
    WindowMatcher handWritten = r.finder();
    if (handWritten != null) {
      for (int at = s; at <= e; ) {
        WindowMatcher.Match m = handWritten.find(text, at, s, e);
        if (m == null) {
          break;
        }
        if (m.valueEnd() > m.valueStart()) {
          consider(r, text, m.start(), m.valueStart(), m.valueEnd(), found);
        }
        at = m.end() > m.start() ? m.end() : m.start() + 1;
      }
      return;
    }
    CharSequence region = s == 0 && e == text.length() ? text : text.substring(s, e);
    Matcher m = r.pattern().matcher(region);
    int at = 0;
    while (at <= region.length() && m.find(at)) {
      take(r, text, s, m, found);
      at = m.end() > m.start() ? m.end() : m.start() + 1;
    }
  }

  private void take(CompiledRule r, String text, int offset, Matcher m, Findings found) {
    long value = r.valueOf(m);
    int vs = AnchoredMatcher.start(value);
    int ve = AnchoredMatcher.end(value);
    if (ve > vs) {
      consider(r, text, offset + m.start(), offset + vs, offset + ve, found);
    }
  }

  private void consider(CompiledRule r, String text, int matchStart, int vs, int ve,
      Findings found) {
    if (!r.check().accept(text, matchStart, vs, ve)) {
      return;
    }
    String value = text.substring(vs, ve);
    if (Pseudonyms.isToken(value) || insideToken(text, vs, ve) || Pseudonyms.holdsToken(value)
        || redactor.allowed(value)) {
      return;
    }
    found.add(vs, ve, r.index());
  }

  /** Starts inside a pseudonym from an earlier pass ({@code <secret:1a2b3c>}): redacting is idempotent. */
  private static boolean insideToken(String text, int vs, int ve) {
    // bounded look-around: a 5 MB line of findings must not turn this quadratic
    int open = vs;
    while (open >= 0 && vs - open <= 40 && text.charAt(open) != '<') {
      open--;
    }
    if (open < 0 || vs - open > 40) {
      return false;
    }
    int close = open;
    while (close < text.length() && close - open < 48 && text.charAt(close) != '>') {
      close++;
    }
    return close < text.length() && close - open < 48 && close >= vs
        && Pseudonyms.isToken(text.substring(open, close + 1));
  }

  private String rewrite(String text, Findings found) {
    int[] order = found.indices();
    Findings.sort(order, order.length, (a, b) -> found.rule[a] != found.rule[b]
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
      if (rules.get(found.rule[idx]).scanner() && redactor.allowed(value)) {
        continue;
      }
      taken.set(s, e);
      keep[accepted++] = idx;
    }
    if (accepted == 0) {
      return text;
    }
    Findings.sort(keep, accepted, (a, b) -> Integer.compare(found.start[a], found.start[b]));
    StringBuilder out = new StringBuilder(text.length() + 16 * accepted);
    int last = 0;
    for (int i = 0; i < accepted; i++) {
      int idx = keep[i];
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
