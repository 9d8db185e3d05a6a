package dev.rca.redaction;

import java.util.Arrays;

/** A growable list of ints, empty and allocation-free until the first one is added. */
final class IntList {
  private static final int[] NONE = new int[0];

  int[] values = NONE;
  int size;

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, Math.max(8, size * 2));
    }
    values[size++] = value;
  }

  /** Empties the list, letting go of an array grown past {@code keep} values. */
  void clear(int keep) {
    size = 0;
    if (values.length > keep) {
      values = NONE;
    }
  }
}
