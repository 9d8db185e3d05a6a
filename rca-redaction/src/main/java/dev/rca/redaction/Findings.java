package dev.rca.redaction;

import java.util.Arrays;

/**
 * Spans of one line, each with the index of a rule: what the rules found, before overlaps are
 * settled (a lower index wins an overlap), or where the anchors that wake each rule are. Plain int
 * arrays, since a 5 MB line of e-mail addresses yields hundreds of thousands of them.
 */
final class Findings {
  private static final int[] NONE = new int[0];

  // empty until the first finding, so a clean line allocates nothing here; see LineScratch
  int[] start = NONE;
  int[] end = NONE;
  int[] rule = NONE;
  int size;

  void add(int s, int e, int r) {
    if (size == start.length) {
      int n = Math.max(8, size * 2);
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      rule = Arrays.copyOf(rule, n);
    }
    start[size] = s;
    end[size] = e;
    rule[size] = r;
    size++;
  }

  /** Empties the list, letting go of arrays grown past {@code keep} entries. */
  void clear(int keep) {
    size = 0;
    if (start.length > keep) {
      start = NONE;
      end = NONE;
      rule = NONE;
    }
  }

  boolean isEmpty() {
    return size == 0;
  }
}
