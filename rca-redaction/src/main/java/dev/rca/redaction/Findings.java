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

  /** How two entries compare, by index: negative, zero or positive as for a comparator. */
  @FunctionalInterface
  interface Order {
    int compare(int a, int b);
  }

  /**
   * Sorts the first {@code count} of {@code indices} by {@code order}, keeping ties as they came:
   * an insertion sort for the handful of entries a line usually has, a merge sort past that, so
   * that a long line stays n log n.
   */
  static void sort(int[] indices, int count, Order order) {
    if (count <= 32) {
      for (int i = 1; i < count; i++) {
        int x = indices[i];
        int j = i - 1;
        while (j >= 0 && order.compare(indices[j], x) > 0) {
          indices[j + 1] = indices[j];
          j--;
        }
        indices[j + 1] = x;
      }
      return;
    }
    Integer[] boxed = new Integer[count];
    for (int i = 0; i < count; i++) {
      boxed[i] = indices[i];
    }
    Arrays.sort(boxed, order::compare);
    for (int i = 0; i < count; i++) {
      indices[i] = boxed[i];
    }
  }

  /** The indices of the entries, {@code 0} to {@code size - 1}. */
  int[] indices() {
    int[] all = new int[size];
    for (int i = 0; i < size; i++) {
      all[i] = i;
    }
    return all;
  }
}
