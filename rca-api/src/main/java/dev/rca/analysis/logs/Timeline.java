package dev.rca.analysis.logs;

import java.time.Duration;
import java.time.Instant;

/**
 * How the window is cut into time slots: slot 0 is the reference period before the watch zone,
 * then fine buckets of equal width around the onset (the onset is a bucket boundary), then one
 * slot for the rest of the window. The fine buckets are where a burst may begin, before the alert
 * fired (alerts lag) or after it.
 */
final class Timeline {
  static final int BUCKETS_EACH_SIDE = 60;

  final long from;
  final long to;
  final long onset;
  final long width;
  final int before;
  final int after;
  final long zoneStart;
  final long zoneEnd;

  Timeline(long from, long to, long onset, Duration lead) {
    this.from = from;
    this.to = to;
    this.onset = onset;
    long leadNanos = lead.toNanos();
    long leadBefore = Math.max(0, Math.min(leadNanos, (onset - from) / 2));
    long leadAfter = Math.max(0, Math.min(leadNanos, to - onset));
    long w = Math.max(1_000_000L, ceilDiv(Math.max(leadBefore, leadAfter), BUCKETS_EACH_SIDE));
    width = w;
    before = (int) ceilDiv(leadBefore, w);
    after = (int) ceilDiv(leadAfter, w);
    zoneStart = onset - before * w;
    zoneEnd = onset + after * w;
  }

  int slots() {
    return before + after + 2;
  }

  int slot(long t) {
    if (t < zoneStart) {
      return 0;
    }
    if (t >= zoneEnd) {
      return before + after + 1;
    }
    return 1 + (int) ((t - zoneStart) / width);
  }

  /** The instant where slot {@code k} begins, for {@code k >= 1}. */
  long boundary(int k) {
    return zoneStart + (k - 1) * width;
  }

  /** The slot that begins at the onset. */
  int onsetSlot() {
    return before + 1;
  }

  static long nanos(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
  }

  static Instant instant(long nanos) {
    return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }
}
