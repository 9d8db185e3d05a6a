package dev.rca.analysis.logs;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The values one numeric template position took: the exact range in the reference period, and
 * from the watch period on a sparse histogram of magnitudes (factor-2 buckets) with each bucket's
 * first instant. Lines arrive in any order, so outliers can only be counted once the reference
 * range is known; the histogram keeps that possible in at most {@value #MAX_BUCKETS} entries.
 */
final class NumericDrift {
  private static final int MAX_BUCKETS = 128;
  private static final int MIN_REFERENCE = 5;

  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;
  private long referenceCount;
  private int[] keys = new int[4];
  private long[] counts = new long[4];
  private long[] firsts = new long[4];
  private int size;
  private int highKey = Integer.MIN_VALUE;
  private int lowKey = Integer.MAX_VALUE;
  private @Nullable String highSample;
  private @Nullable String lowSample;

  void reference(double v) {
    min = Math.min(min, v);
    max = Math.max(max, v);
    referenceCount++;
  }

  void watch(double v, long nanos, String raw) {
    int key = bucket(v);
    int i = 0;
    while (i < size && keys[i] != key) {
      i++;
    }
    if (i == size) {
      if (size >= MAX_BUCKETS) {
        return;
      }
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        counts = Arrays.copyOf(counts, size * 2);
        firsts = Arrays.copyOf(firsts, size * 2);
      }
      keys[i] = key;
      firsts[i] = Long.MAX_VALUE;
      size++;
    }
    counts[i]++;
    firsts[i] = Math.min(firsts[i], nanos);
    if (key > highKey) {
      highKey = key;
      highSample = LineParser.clip(raw, LogPatternAnalysis.MAX_SAMPLE);
    }
    if (key < lowKey) {
      lowKey = key;
      lowSample = LineParser.clip(raw, LogPatternAnalysis.MAX_SAMPLE);
    }
  }

  /**
   * Values far outside the reference range after it; null when there are fewer than
   * {@code minCount} of them or the reference holds too few values to judge.
   */
  @Nullable Outliers outliers(long minCount) {
    if (referenceCount < MIN_REFERENCE) {
      return null;
    }
    double range = max - min;
    double hi = max + Math.max(Math.max(3 * range, 2 * Math.abs(max)), 1);
    double lo = min - Math.max(Math.max(3 * range, 0.75 * Math.abs(min)), 1);
    long above = 0;
    long below = 0;
    long first = Long.MAX_VALUE;
    for (int i = 0; i < size; i++) {
      boolean out = lowerBound(keys[i]) > hi || upperBound(keys[i]) < lo;
      if (out) {
        if (lowerBound(keys[i]) > hi) {
          above += counts[i];
        } else {
          below += counts[i];
        }
        first = Math.min(first, firsts[i]);
      }
    }
    if (above + below < minCount) {
      return null;
    }
    String sample = above >= below ? highSample : lowSample;
    return new Outliers(above + below, first, sample == null ? "" : sample, min, max);
  }

  /** Outliers of one position: how many, the first instant, a line showing one. */
  record Outliers(long count, long firstNanos, String sample, double referenceMin, double referenceMax) {}

  /** 0 for zero; +/-(exponent + 1100) by sign, so keys order like the values they hold. */
  private static int bucket(double v) {
    if (v == 0 || Double.isNaN(v)) {
      return 0;
    }
    int e = Math.getExponent(v) + 1100;
    return v > 0 ? e : -e;
  }

  private static double lowerBound(int key) {
    if (key == 0) {
      return 0;
    }
    double mag = Math.scalb(1.0, Math.abs(key) - 1100);
    return key > 0 ? mag : -2 * mag;
  }

  private static double upperBound(int key) {
    if (key == 0) {
      return 0;
    }
    double mag = Math.scalb(1.0, Math.abs(key) - 1100);
    return key > 0 ? 2 * mag : -mag;
  }
}
