package dev.rca.connectors.prometheus.openmetrics;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The series already seen, keyed by the raw bytes of their {@code name{labels}} part, so that a
 * sample line of a known series is matched without making a string of it. Open addressing; the
 * owner bounds how many keys are put.
 */
final class RawSeriesTable {
  private byte[][] keys = new byte[1 << 12][];
  private int[] hashes = new int[1 << 12];
  private SeriesAccumulator.Entry[] values = new SeriesAccumulator.Entry[1 << 12];
  private int size;

  int size() {
    return size;
  }

  static int hash(byte[] b, int from, int to) {
    int h = 1;
    int i = from;
    // four bytes a step: the polynomial differs from String's, which is fine for a private table
    for (; i + 3 < to; i += 4) {
      h = 31 * 31 * 31 * 31 * h + 31 * 31 * 31 * b[i] + 31 * 31 * b[i + 1] + 31 * b[i + 2] + b[i + 3];
    }
    for (; i < to; i++) {
      h = 31 * h + b[i];
    }
    return h ^ (h >>> 15);
  }

  SeriesAccumulator.@Nullable Entry get(byte[] b, int from, int to, int h) {
    int mask = keys.length - 1;
    int slot = h & mask;
    int len = to - from;
    while (true) {
      byte[] k = keys[slot];
      if (k == null) {
        return null;
      }
      if (hashes[slot] == h && k.length == len && Arrays.equals(k, 0, len, b, from, to)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
  }

  void put(byte[] b, int from, int to, int h, SeriesAccumulator.Entry value) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    place(Arrays.copyOfRange(b, from, to), h, value);
    size++;
  }

  private void place(byte[] key, int h, SeriesAccumulator.Entry value) {
    int mask = keys.length - 1;
    int slot = h & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    hashes[slot] = h;
    values[slot] = value;
  }

  private void grow() {
    byte[][] oldKeys = keys;
    int[] oldHashes = hashes;
    SeriesAccumulator.Entry[] oldValues = values;
    keys = new byte[oldKeys.length * 2][];
    hashes = new int[oldKeys.length * 2];
    values = new SeriesAccumulator.Entry[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        place(oldKeys[i], oldHashes[i], oldValues[i]);
      }
    }
  }
}
