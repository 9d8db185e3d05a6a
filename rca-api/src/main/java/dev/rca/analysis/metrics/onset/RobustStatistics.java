package dev.rca.analysis.metrics.onset;

import java.util.Arrays;

/** Medians and median absolute deviations of array ranges. */
final class RobustStatistics {
  /** Scales a MAD to a normal distribution's standard deviation. */
  static final double MAD_TO_SIGMA = 1.4826;
  /** Scales a mean absolute deviation to a normal distribution's standard deviation. */
  static final double MEAN_DEVIATION_TO_SIGMA = 1.2533;

  private RobustStatistics() {}

  /** The median of {@code x[from..to)}; NaN for an empty range. */
  static double median(double[] x, int from, int to) {
    if (to <= from) {
      return Double.NaN;
    }
    double[] copy = Arrays.copyOfRange(x, from, to);
    int n = copy.length;
    if (n < SELECT_FROM || !totallyOrdered(copy)) {
      Arrays.sort(copy);
      return n % 2 == 1 ? copy[n / 2] : (copy[n / 2 - 1] + copy[n / 2]) / 2;
    }
    // the change-point search takes thousands of medians per series: selection is linear where
    // sorting was n log n, and gives the very same order statistics
    int k = n / 2;
    double upper = select(copy, k);
    if (n % 2 == 1) {
      return upper;
    }
    double lower = copy[0];
    for (int i = 1; i < k; i++) {
      if (copy[i] > lower) {
        lower = copy[i];
      }
    }
    return (lower + upper) / 2;
  }

  /** Below this many values a sort is as quick as selection. */
  private static final int SELECT_FROM = 48;

  /**
   * Whether {@code <} orders the values as {@link Arrays#sort(double[])} does: no NaN and no
   * negative zero, so that equal values are identical and selection returns what sorting would.
   */
  private static boolean totallyOrdered(double[] a) {
    for (double v : a) {
      if (v != v || Double.doubleToRawLongBits(v) == Long.MIN_VALUE) {
        return false;
      }
    }
    return true;
  }

  /**
   * Moves the {@code k}-th smallest value to {@code a[k]}, every smaller index holding a value no
   * greater (quickselect, median-of-three pivots; falls back to sorting the rest when the
   * partitions keep coming out lopsided, which bounds the worst case at n log n).
   */
  static double select(double[] a, int k) {
    int lo = 0;
    int hi = a.length - 1;
    int budget = 2 * (32 - Integer.numberOfLeadingZeros(a.length)) + 8;
    while (hi > lo) {
      if (--budget < 0) {
        Arrays.sort(a, lo, hi + 1);
        return a[k];
      }
      int mid = (lo + hi) >>> 1;
      if (a[mid] < a[lo]) {
        swap(a, lo, mid);
      }
      if (a[hi] < a[lo]) {
        swap(a, lo, hi);
      }
      if (a[hi] < a[mid]) {
        swap(a, mid, hi);
      }
      double pivot = a[mid];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          swap(a, i, j);
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }

  private static void swap(double[] a, int i, int j) {
    double t = a[i];
    a[i] = a[j];
    a[j] = t;
  }

  /** The {@code q} quantile of {@code x[from..to)} (nearest rank); NaN for an empty range. */
  static double quantile(double[] x, int from, int to, double q) {
    if (to <= from) {
      return Double.NaN;
    }
    double[] copy = Arrays.copyOfRange(x, from, to);
    Arrays.sort(copy);
    int rank = (int) Math.ceil(q * copy.length) - 1;
    return copy[Math.max(0, Math.min(copy.length - 1, rank))];
  }

  /** The median absolute deviation of {@code x[from..to)} around {@code center}. */
  static double mad(double[] x, int from, int to, double center) {
    double[] dev = new double[to - from];
    for (int i = from; i < to; i++) {
      dev[i - from] = Math.abs(x[i] - center);
    }
    return median(dev, 0, dev.length);
  }

  /** The sum of absolute deviations of {@code x[from..to)} from its median. */
  static double absoluteDeviation(double[] x, int from, int to) {
    double center = median(x, from, to);
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += Math.abs(x[i] - center);
    }
    return sum;
  }

  /** The mean absolute deviation of {@code x[from..to)} around {@code center}. */
  static double meanDeviation(double[] x, int from, int to, double center) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += Math.abs(x[i] - center);
    }
    return to > from ? sum / (to - from) : 0;
  }

  /**
   * Mid-ranks (1-based) of {@code x}; ties share the mean of their ranks. Returns the tie term
   * {@code sum(t^3 - t)} over tie groups in {@code tieTerm[0]}, which the rank-sum variance needs.
   */
  static double[] midRanks(double[] x, double[] tieTerm) {
    int n = x.length;
    int[] order = sortedOrder(x);
    double[] ranks = new double[n];
    double ties = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && x[order[j + 1]] == x[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = rank;
      }
      double t = j - i + 1;
      ties += t * t * t - t;
      i = j + 1;
    }
    tieTerm[0] = ties;
    return ranks;
  }

  /**
   * Indices of {@code x} in ascending {@link Double#compare} order, equal values in index order:
   * the permutation a stable sort of boxed indices gives, without boxing (a merge sort on ints;
   * the boxed sort was a fifth of reading a bundle's metrics).
   */
  static int[] sortedOrder(double[] x) {
    int n = x.length;
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    int run = 16;
    for (int lo = 0; lo < n; lo += run) {
      int hi = Math.min(n, lo + run);
      for (int i = lo + 1; i < hi; i++) {
        int v = a[i];
        int j = i - 1;
        while (j >= lo && Double.compare(x[a[j]], x[v]) > 0) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = v;
      }
    }
    int[] b = new int[n];
    for (int width = run; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(n, lo + width);
        int hi = Math.min(n, lo + 2 * width);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
          b[k++] = Double.compare(x[a[j]], x[a[i]]) < 0 ? a[j++] : a[i++];
        }
        while (i < mid) {
          b[k++] = a[i++];
        }
        while (j < hi) {
          b[k++] = a[j++];
        }
      }
      int[] swap = a;
      a = b;
      b = swap;
    }
    return a;
  }
}
