package dev.rca.analysis.logs;

import org.jspecify.annotations.Nullable;

/**
 * What one template of one service did over the window, in bounded memory: counts per time slot
 * (the reference period, fine buckets around the onset, the rest), each slot's first instant,
 * counts per level, a few samples and the numeric drift of up to {@value #MAX_NUMERIC} positions.
 */
final class TemplateTally {
  static final int SAMPLES = 3;
  static final int MAX_NUMERIC = 6;

  final int templateId;
  final long[] slotCounts;
  final long[] slotFirsts;
  final long[] levelCounts = new long[LogLevel.values().length];
  long total;
  long beforeOnset;
  long afterOnset;
  long lastBeforeOnset = Long.MIN_VALUE;
  long firstNanos = Long.MAX_VALUE;
  /** The latest lines before the onset, oldest first. */
  final String[] lateBaseline = new String[SAMPLES];
  final long[] lateBaselineAt = new long[SAMPLES];
  int lateBaselineCount;
  /** The earliest lines from the onset on, earliest first. */
  final String[] earlyIncident = new String[SAMPLES];
  final long[] earlyIncidentAt = new long[SAMPLES];
  int earlyIncidentCount;
  private final int[] numericPositions = new int[MAX_NUMERIC];
  private final NumericDrift[] drifts = new NumericDrift[MAX_NUMERIC];
  private int numericCount;

  TemplateTally(int templateId, int slots) {
    this.templateId = templateId;
    slotCounts = new long[slots];
    slotFirsts = new long[slots];
    java.util.Arrays.fill(slotFirsts, Long.MAX_VALUE);
  }

  void count(int slot, long nanos, boolean afterOnsetLine, LogLevel level, String raw) {
    total++;
    slotCounts[slot]++;
    if (nanos < slotFirsts[slot]) {
      slotFirsts[slot] = nanos;
    }
    if (nanos < firstNanos) {
      firstNanos = nanos;
    }
    levelCounts[level.ordinal()]++;
    if (afterOnsetLine) {
      afterOnset++;
      keepEarliest(nanos, raw);
    } else {
      beforeOnset++;
      if (nanos > lastBeforeOnset) {
        lastBeforeOnset = nanos;
      }
      keepLatest(nanos, raw);
    }
  }

  void number(int position, double value, boolean reference, long nanos, String raw) {
    NumericDrift d = null;
    for (int i = 0; i < numericCount; i++) {
      if (numericPositions[i] == position) {
        d = drifts[i];
        break;
      }
    }
    if (d == null) {
      if (numericCount == MAX_NUMERIC) {
        return;
      }
      d = new NumericDrift();
      numericPositions[numericCount] = position;
      drifts[numericCount++] = d;
    }
    if (reference) {
      d.reference(value);
    } else {
      d.watch(value, nanos, raw);
    }
  }

  /**
   * Takes in what {@code other} counted: the miner merged its template into this one after some
   * lines had been counted under it. Numeric drift stays this tally's own: positions of the two
   * templates need not line up.
   */
  void absorb(TemplateTally other) {
    total += other.total;
    beforeOnset += other.beforeOnset;
    afterOnset += other.afterOnset;
    lastBeforeOnset = Math.max(lastBeforeOnset, other.lastBeforeOnset);
    firstNanos = Math.min(firstNanos, other.firstNanos);
    for (int i = 0; i < slotCounts.length; i++) {
      slotCounts[i] += other.slotCounts[i];
      slotFirsts[i] = Math.min(slotFirsts[i], other.slotFirsts[i]);
    }
    for (int i = 0; i < levelCounts.length; i++) {
      levelCounts[i] += other.levelCounts[i];
    }
    for (int i = 0; i < other.earlyIncidentCount; i++) {
      keepEarliest(other.earlyIncidentAt[i], other.earlyIncident[i]);
    }
    for (int i = 0; i < other.lateBaselineCount; i++) {
      keepLatest(other.lateBaselineAt[i], other.lateBaseline[i]);
    }
  }

  /** The strongest numeric drift, or null. */
  NumericDrift.@Nullable Outliers contentDrift(long minCount) {
    NumericDrift.Outliers best = null;
    for (int i = 0; i < numericCount; i++) {
      NumericDrift.Outliers o = drifts[i].outliers(minCount);
      if (o != null && (best == null || o.count() > best.count())) {
        best = o;
      }
    }
    return best;
  }

  /** The most frequent level, the more severe on a tie. */
  LogLevel level() {
    LogLevel[] all = LogLevel.values();
    LogLevel best = LogLevel.UNKNOWN;
    long bestCount = 0;
    for (int i = 0; i < all.length; i++) {
      if (levelCounts[i] > 0 && levelCounts[i] >= bestCount) {
        best = all[i];
        bestCount = levelCounts[i];
      }
    }
    return best;
  }

  private void keepEarliest(long nanos, String raw) {
    if (earlyIncidentCount == SAMPLES && nanos >= earlyIncidentAt[SAMPLES - 1]) {
      return;
    }
    int i = Math.min(earlyIncidentCount, SAMPLES - 1);
    while (i > 0 && earlyIncidentAt[i - 1] > nanos) {
      earlyIncident[i] = earlyIncident[i - 1];
      earlyIncidentAt[i] = earlyIncidentAt[i - 1];
      i--;
    }
    earlyIncident[i] = LineParser.clip(raw, LogPatternAnalysis.MAX_SAMPLE);
    earlyIncidentAt[i] = nanos;
    earlyIncidentCount = Math.min(SAMPLES, earlyIncidentCount + 1);
  }

  private void keepLatest(long nanos, String raw) {
    if (lateBaselineCount == SAMPLES && nanos <= lateBaselineAt[0]) {
      return;
    }
    int i;
    if (lateBaselineCount < SAMPLES) {
      i = lateBaselineCount++;
    } else {
      // drop the oldest and shift down
      System.arraycopy(lateBaseline, 1, lateBaseline, 0, SAMPLES - 1);
      System.arraycopy(lateBaselineAt, 1, lateBaselineAt, 0, SAMPLES - 1);
      i = SAMPLES - 1;
    }
    while (i > 0 && lateBaselineAt[i - 1] > nanos) {
      lateBaseline[i] = lateBaseline[i - 1];
      lateBaselineAt[i] = lateBaselineAt[i - 1];
      i--;
    }
    lateBaseline[i] = LineParser.clip(raw, LogPatternAnalysis.MAX_SAMPLE);
    lateBaselineAt[i] = nanos;
  }
}
