package dev.rca.analysis.logs;

import dev.rca.api.evidence.LogPattern;
import dev.rca.api.evidence.LogPattern.Change;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Decides, once every line is in, which templates of a service changed, and how strongly. */
final class PatternJudge {
  /** A burst needs this much evidence against "same rate throughout" (a Poisson log-likelihood ratio). */
  private static final double MIN_LLR = 3.0;
  private static final double MIN_SURGE_LLR = 8.0;
  /** Neither side of a split counts as shorter than this, so one stray line is no infinite rate. */
  private static final long MIN_SIDE_NANOS = 60_000_000_000L;

  private PatternJudge() {}

  /** A pattern and the strength it was ranked by. */
  record Finding(LogPattern pattern, boolean error, double strength) {}

  static List<Finding> judge(LogPatternAnalysis.ServiceLogs logs, LogPatternAnalysis analysis) {
    LogPatternAnalysis.Builder c = analysis.config;
    Timeline tl = analysis.timeline;
    long start = logs.dataStart;
    long end = analysis.dataEnd;
    List<Finding> found = new ArrayList<>();
    List<TemplateTally> all = new ArrayList<>();
    for (TemplateTally t : logs.tallies) {
      if (t != null) {
        all.add(t);
      }
    }
    if (logs.overflow != null) {
      all.add(logs.overflow);
    }
    for (TemplateTally t : all) {
      String template = logs.template(t);
      LogLevel level = t.level();
      Finding burst = burst(t, tl, start, end, c, logs.name, template, level);
      if (burst != null) {
        found.add(burst);
      }
      Finding silent = silent(t, tl, start, end, c, logs.name, template, level);
      if (silent != null) {
        found.add(silent);
      }
      if (burst == null || burst.pattern().change() != Change.NEW) {
        Finding content = content(t, c, logs.name, template, level);
        if (content != null) {
          found.add(content);
        }
      }
    }
    found.sort(Comparator.comparing((Finding f) -> !f.error())
        .thenComparing(Comparator.comparingDouble(Finding::strength).reversed())
        .thenComparing(f -> f.pattern().template())
        .thenComparing(f -> f.pattern().change()));
    return found.size() > c.maxPatternsPerService ? found.subList(0, c.maxPatternsPerService) : found;
  }

  /** NEW or SURGE: the change point of the template's rate among the fine buckets. */
  private static @Nullable Finding burst(TemplateTally t, Timeline tl, long start, long end,
      LogPatternAnalysis.Builder c, String service, String template, LogLevel level) {
    long[] counts = t.slotCounts;
    int last = counts.length - 1;
    long pre = counts[0];
    double bestLlr = 0;
    int bestK = -1;
    long bestPre = 0;
    for (int k = 1; k <= last; k++) {
      long boundary = tl.boundary(k);
      long post = t.total - pre;
      long preNanos = boundary - start;
      long postNanos = end - boundary;
      if (preNanos >= MIN_SIDE_NANOS && post > 0) {
        double llr = llr(pre, preNanos, post, Math.max(postNanos, MIN_SIDE_NANOS));
        if (llr > bestLlr) {
          bestLlr = llr;
          bestK = k;
          bestPre = pre;
        }
      }
      pre += counts[k];
    }
    if (bestK < 0) {
      return null;
    }
    long post = t.total - bestPre;
    long boundary = tl.boundary(bestK);
    double preRate = bestPre / (double) (boundary - start);
    double postRate = post / (double) Math.max(end - boundary, MIN_SIDE_NANOS);
    Change change;
    if (bestPre == 0 && post >= c.minNewCount && bestLlr >= MIN_LLR) {
      change = Change.NEW;
    } else if (bestPre > 0 && post >= c.minSurgeCount && postRate >= c.surgeFactor * preRate
        && bestLlr >= MIN_SURGE_LLR) {
      change = Change.SURGE;
    } else {
      return null;
    }
    long at = Long.MAX_VALUE;
    for (int k = bestK; k <= last && at == Long.MAX_VALUE; k++) {
      at = t.slotFirsts[k];
    }
    List<String> samples = samplesFrom(t, at);
    LogPattern p = new LogPattern("", service, Timeline.instant(at), template, level.label(), change,
        bestPre, post, samples, c.link.apply(service, template));
    return new Finding(p, level.isError(), bestLlr);
  }

  /** SILENT: steady before the onset, absent after it although its rate promised several lines. */
  private static @Nullable Finding silent(TemplateTally t, Timeline tl, long start, long end,
      LogPatternAnalysis.Builder c, String service, String template, LogLevel level) {
    if (t.afterOnset > 0 || t.beforeOnset < c.minSilentCount) {
      return null;
    }
    long preNanos = tl.onset - start;
    long postNanos = end - tl.onset;
    if (preNanos < MIN_SIDE_NANOS || postNanos <= 0) {
      return null;
    }
    // steady: its lines span at least half the baseline, not one early burst
    if (t.lastBeforeOnset - t.firstNanos < preNanos / 2) {
      return null;
    }
    double expected = t.beforeOnset * (postNanos / (double) preNanos);
    if (expected < 5) {
      return null;
    }
    double llr = llr(t.beforeOnset, preNanos, 0, postNanos);
    List<String> samples = new ArrayList<>();
    for (int i = t.lateBaselineCount - 1; i >= 0; i--) {
      samples.add(t.lateBaseline[i]);
    }
    LogPattern p = new LogPattern("", service, Timeline.instant(t.lastBeforeOnset), template,
        level.label(), Change.SILENT, t.beforeOnset, 0, samples, c.link.apply(service, template));
    return new Finding(p, level.isError(), llr);
  }

  /** CONTENT: a numeric parameter far outside the range it kept before the watch zone. */
  private static @Nullable Finding content(TemplateTally t, LogPatternAnalysis.Builder c, String service,
      String template, LogLevel level) {
    NumericDrift.Outliers o = t.contentDrift(c.minContentCount);
    if (o == null) {
      return null;
    }
    List<String> samples = o.sample().isEmpty() ? List.of() : List.of(o.sample());
    LogPattern p = new LogPattern("", service, Timeline.instant(o.firstNanos()), template,
        level.label(), Change.CONTENT, t.beforeOnset, t.afterOnset, samples,
        c.link.apply(service, template));
    return new Finding(p, level.isError(), o.count());
  }

  /** The samples at or after {@code at}: the latest lines before the onset, then the earliest after. */
  private static List<String> samplesFrom(TemplateTally t, long at) {
    List<String> out = new ArrayList<>(TemplateTally.SAMPLES);
    for (int i = 0; i < t.lateBaselineCount && out.size() < TemplateTally.SAMPLES; i++) {
      if (t.lateBaselineAt[i] >= at) {
        out.add(t.lateBaseline[i]);
      }
    }
    for (int i = 0; i < t.earlyIncidentCount && out.size() < TemplateTally.SAMPLES; i++) {
      out.add(t.earlyIncident[i]);
    }
    return out;
  }

  /** The Poisson log-likelihood ratio of two rates against one shared rate. */
  static double llr(long pre, long preNanos, long post, long postNanos) {
    double r1 = pre / (double) preNanos;
    double r2 = post / (double) postNanos;
    if (r2 <= r1 && post > 0) {
      return 0;
    }
    double r = (pre + post) / (double) (preNanos + postNanos);
    return xlog(pre, r1 / r) + xlog(post, r2 / r);
  }

  private static double xlog(long count, double ratio) {
    return count == 0 ? 0 : count * Math.log(ratio);
  }
}
