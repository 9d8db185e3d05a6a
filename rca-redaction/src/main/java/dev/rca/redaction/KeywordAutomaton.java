package dev.rca.redaction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finds every rule anchor in a line in one pass: an Aho-Corasick automaton over ASCII, folded to
 * lower case, compiled into a dense transition table. A clean line costs one table look-up per
 * character and no allocation, which is what lets the redactor keep up with a log stream; the
 * regular expressions only run on lines (or windows of long lines) where an anchor was seen.
 *
 * <p>Keywords marked case-sensitive are matched case-insensitively by the automaton and then
 * confirmed against the original characters, so {@code SK} (Twilio) does not wake its rule for
 * every {@code task}.
 */
final class KeywordAutomaton {
  /** Receives each anchor found: which keyword, and where it starts and ends in the line. */
  interface Hits {
    void hit(int keyword, int start, int end);

    /** A digit after an IBAN country code, where an IBAN may start (from a {@link KeywordSieve}). */
    default void numberStart(int at) {}
  }

  private final byte[] classOf = new byte[128];
  private final int classes;
  /** Row offsets into itself; a negative entry {@code ~offset} marks a state with outputs. */
  private final int[] delta;
  /** Keywords ending in a state, by the state's row offset divided by {@link #classes}. */
  private final int[][] outputs;
  private final String[] keywords;
  private final boolean[] caseSensitive;

  KeywordAutomaton(List<String> keywordList, List<Boolean> caseSensitiveList) {
    int k = keywordList.size();
    keywords = keywordList.toArray(String[]::new);
    caseSensitive = new boolean[k];
    int nextClass = 1;
    for (int i = 0; i < k; i++) {
      caseSensitive[i] = caseSensitiveList.get(i);
      String w = keywords[i];
      if (w.isEmpty()) {
        throw new IllegalArgumentException("empty keyword");
      }
      for (char c : w.toLowerCase(Locale.ROOT).toCharArray()) {
        if (c >= 128) {
          throw new IllegalArgumentException("keyword '" + w + "' is not ASCII");
        }
        if (classOf[c] == 0) {
          classOf[c] = (byte) nextClass++;
        }
      }
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      classOf[c] = classOf[Character.toLowerCase(c)];
    }
    classes = nextClass;

    List<int[]> children = new ArrayList<>();
    List<List<Integer>> out = new ArrayList<>();
    children.add(new int[classes]);
    out.add(new ArrayList<>());
    for (int i = 0; i < k; i++) {
      int s = 0;
      for (char c : keywords[i].toLowerCase(Locale.ROOT).toCharArray()) {
        int cls = classOf[c];
        if (children.get(s)[cls] == 0) {
          children.get(s)[cls] = children.size();
          children.add(new int[classes]);
          out.add(new ArrayList<>());
        }
        s = children.get(s)[cls];
      }
      out.get(s).add(i);
    }
    int states = children.size();
    int[] fail = new int[states];
    int[][] go = new int[states][];
    go[0] = children.get(0).clone();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int cls = 1; cls < classes; cls++) {
      if (go[0][cls] != 0) {
        queue.add(go[0][cls]);
      }
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      out.get(s).addAll(out.get(fail[s]));
      go[s] = new int[classes];
      for (int cls = 0; cls < classes; cls++) {
        int child = children.get(s)[cls];
        if (child != 0 && cls != 0) {
          fail[child] = go[fail[s]][cls];
          go[s][cls] = child;
          queue.add(child);
        } else {
          go[s][cls] = go[fail[s]][cls];
        }
      }
    }
    delta = new int[states * classes];
    outputs = new int[states][];
    for (int s = 0; s < states; s++) {
      outputs[s] = out.get(s).stream().mapToInt(Integer::intValue).toArray();
      for (int cls = 0; cls < classes; cls++) {
        int t = go[s][cls];
        int offset = t * classes;
        delta[s * classes + cls] = out.get(t).isEmpty() ? offset : ~offset;
      }
    }
  }

  int size() {
    return keywords.length;
  }

  /** Reports every keyword occurrence in {@code text}; returns whether any was reported. */
  boolean scan(String text, Hits hits) {
    final int[] d = delta;
    final byte[] cls = classOf;
    boolean any = false;
    int s = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      int next = d[s + (c < 128 ? cls[c] : 0)];
      if (next >= 0) {
        s = next;
        continue;
      }
      s = ~next;
      for (int kw : outputs[s / classes]) {
        int start = i + 1 - keywords[kw].length();
        if (!caseSensitive[kw] || text.startsWith(keywords[kw], start)) {
          hits.hit(kw, start, i + 1);
          any = true;
        }
      }
    }
    return any;
  }

  @Override
  public String toString() {
    return "KeywordAutomaton" + Arrays.toString(keywords);
  }
}
