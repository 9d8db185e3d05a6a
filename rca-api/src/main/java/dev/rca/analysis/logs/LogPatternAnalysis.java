package dev.rca.analysis.logs;

import static java.util.Objects.requireNonNull;

import dev.rca.api.evidence.LogPattern;
import dev.rca.api.model.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Compares each service's log templates before and after the incident's onset, streaming: feed
 * every line (in any order) with {@link #add}, then ask {@link #patterns()} for the templates that
 * are {@code NEW}, {@code SURGE}, {@code SILENT} or changed {@code CONTENT}.
 *
 * <p>A burst often begins a little before the alert fires, so the minutes around the onset (the
 * lead time, default 10 minutes each side) are cut into fine buckets and a burst's start is found
 * as the change point of its rate there: {@code at} is the first line of the burst, not the alert
 * time, and a burst's {@code baselineCount}/{@code incidentCount} are split at that instant
 * (other changes split at the onset). Rates are normalised by how long each side of the split
 * really holds data.
 *
 * <p>Bounds: memory is per template, never per line: slot counters (about 1.5 KB), up to
 * {@value TemplateTally#SAMPLES} samples on each side of the onset clipped to
 * {@value #MAX_SAMPLE} characters, and small numeric summaries. At most
 * {@link Builder#maxTemplatesPerService} templates per service; lines that would need more are
 * counted together as one overflow pattern and a warning says so. Not thread-safe.
 *
 * <pre>{@code
 * LogPatternAnalysis analysis = LogPatternAnalysis.builder(window, onset)
 *     .link((service, template) -> "file:///bundle/logs/" + service + ".json")
 *     .build();
 * analysis.add("payments", epochNanos, LogLevel.UNKNOWN, rawLine);
 * List<LogPattern> patterns = analysis.patterns();
 * }</pre>
 */
public final class LogPatternAnalysis {
  /** The most characters kept of a sample line. */
  public static final int MAX_SAMPLE = 1_000;

  final Builder config;
  final Timeline timeline;
  private final Map<String, ServiceLogs> services = new HashMap<>();
  private final List<String> warnings = new ArrayList<>();
  private final MaskedMessage masked = new MaskedMessage();
  private @Nullable String lastService;
  private @Nullable ServiceLogs lastLogs;
  private long linesInWindow;
  private long linesOutside;
  long dataEnd = Long.MIN_VALUE;

  private LogPatternAnalysis(Builder b) {
    config = b;
    timeline = new Timeline(Timeline.nanos(b.window.from()), Timeline.nanos(b.window.to()),
        Timeline.nanos(b.onset), b.lead);
  }

  /** Starts configuring an analysis of {@code window} around {@code onset}. */
  public static Builder builder(TimeWindow window, Instant onset) {
    return new Builder(window, onset);
  }

  /**
   * Takes one line; returns false (and ignores it) when it lies outside the window.
   *
   * @param streamLevel the level its stream is labelled with, used when the line names none
   */
  public boolean add(String service, long epochNanos, LogLevel streamLevel, String rawLine) {
    if (epochNanos < timeline.from || epochNanos >= timeline.to) {
      linesOutside++;
      return false;
    }
    linesInWindow++;
    ServiceLogs logs;
    if (service == lastService && lastLogs != null) {
      logs = lastLogs;
    } else {
      logs = services.computeIfAbsent(service, s -> new ServiceLogs(s, this));
      lastService = service;
      lastLogs = logs;
    }
    ParsedLine line = LineParser.parse(rawLine, streamLevel);
    VariableMasker.mask(line.message(), masked);
    int id = logs.miner.cluster(logs.miner.add(masked));
    TemplateTally tally = logs.tally(id);
    int slot = timeline.slot(epochNanos);
    tally.count(slot, epochNanos, epochNanos >= timeline.onset, line.level(), rawLine);
    if (id != TemplateMiner.OVERFLOW) {
      boolean reference = epochNanos < timeline.zoneStart;
      for (int i = 0; i < masked.count; i++) {
        double v = masked.numbers[i];
        if (v == v) {
          tally.number(i, v, reference, epochNanos, rawLine);
        }
      }
    }
    if (epochNanos < logs.dataStart) {
      logs.dataStart = epochNanos;
    }
    if (epochNanos > dataEnd) {
      dataEnd = epochNanos;
    }
    return true;
  }

  /** Lines taken so far within the window. */
  public long linesInWindow() {
    return linesInWindow;
  }

  /** Lines ignored so far because they lay outside the window. */
  public long linesOutsideWindow() {
    return linesOutside;
  }

  /** Problems that lost part of the analysis, such as a service past its template limit. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /**
   * The patterns found, services in name order, within a service errors first and then the
   * strongest change first, at most {@link Builder#maxPatternsPerService} each. Ids are
   * {@code log-1}, {@code log-2}, ... in that order.
   */
  public List<LogPattern> patterns() {
    List<LogPattern> out = new ArrayList<>();
    for (ServiceLogs logs : new TreeMap<>(services).values()) {
      logs.foldMergedTemplates();
      for (PatternJudge.Finding f : PatternJudge.judge(logs, this)) {
        LogPattern p = f.pattern();
        out.add(p.withId("log-" + (out.size() + 1)));
      }
    }
    return out;
  }

  void warn(String text) {
    warnings.add(text);
  }

  /** One service's miner and template tallies. */
  static final class ServiceLogs {
    final String name;
    final TemplateMiner miner;
    private final LogPatternAnalysis owner;
    TemplateTally[] tallies = new TemplateTally[64];
    @Nullable TemplateTally overflow;
    long dataStart = Long.MAX_VALUE;

    ServiceLogs(String name, LogPatternAnalysis owner) {
      this.name = name;
      this.owner = owner;
      Builder c = owner.config;
      miner = TemplateMiner.builder().depth(c.depth).similarity(c.similarity)
          .maxTemplates(c.maxTemplates).build();
    }

    TemplateTally tally(int id) {
      int slots = owner.timeline.slots();
      if (id == TemplateMiner.OVERFLOW) {
        if (overflow == null) {
          overflow = new TemplateTally(id, slots);
          owner.warn("logs of " + name + ": more than " + owner.config.maxTemplates
              + " templates; lines fitting none of them are counted as one overflow pattern");
        }
        return overflow;
      }
      if (id >= tallies.length) {
        tallies = Arrays.copyOf(tallies, Math.max(id + 1, tallies.length * 2));
      }
      TemplateTally t = tallies[id];
      if (t == null) {
        t = new TemplateTally(id, slots);
        tallies[id] = t;
      }
      return t;
    }

    /**
     * Folds the tallies of templates the miner has since merged into their cluster's tally, so a
     * pattern counts every line of its cluster however early the merge came.
     */
    void foldMergedTemplates() {
      for (int id = 0; id < tallies.length; id++) {
        TemplateTally t = tallies[id];
        int root = t == null ? id : miner.cluster(id);
        if (t != null && root != id) {
          tally(root).absorb(t);
          tallies[id] = null;
        }
      }
    }

    String template(TemplateTally t) {
      return t.templateId == TemplateMiner.OVERFLOW
          ? "<*> (lines beyond the limit of " + owner.config.maxTemplates + " templates)"
          : miner.template(t.templateId);
    }
  }

  /** Configures a {@link LogPatternAnalysis}; each setter validates its argument. */
  public static final class Builder {
    final TimeWindow window;
    final Instant onset;
    Duration lead = Duration.ofMinutes(10);
    int maxPatternsPerService = 20;
    int maxTemplates = 5_000;
    int depth = 4;
    double similarity = TemplateMiner.DEFAULT_SIMILARITY;
    long minNewCount = 2;
    long minSurgeCount = 10;
    double surgeFactor = 3.0;
    long minSilentCount = 10;
    long minContentCount = 3;
    BiFunction<String, String, String> link = (service, template) -> "";

    private Builder(TimeWindow window, Instant onset) {
      this.window = requireNonNull(window, "window");
      this.onset = requireNonNull(onset, "onset");
    }

    /** How far before and after the onset a burst may begin; default 10 minutes. */
    public Builder lead(Duration value) {
      if (value.isNegative()) {
        throw new IllegalArgumentException("lead must not be negative: " + value);
      }
      lead = value;
      return this;
    }

    /** The most patterns reported per service; default 20. */
    public Builder maxPatternsPerService(int value) {
      maxPatternsPerService = positive("maxPatternsPerService", value);
      return this;
    }

    /** The most templates mined per service; default 5,000. */
    public Builder maxTemplatesPerService(int value) {
      maxTemplates = positive("maxTemplatesPerService", value);
      return this;
    }

    /** The miner's tree depth; see {@link TemplateMiner.Builder#depth}. */
    public Builder depth(int value) {
      TemplateMiner.builder().depth(value);
      depth = value;
      return this;
    }

    /** The miner's similarity threshold; see {@link TemplateMiner.Builder#similarity}. */
    public Builder similarity(double value) {
      TemplateMiner.builder().similarity(value);
      similarity = value;
      return this;
    }

    /** The fewest lines of a new template for {@code NEW}; default 2. */
    public Builder minNewCount(long value) {
      minNewCount = positive("minNewCount", value);
      return this;
    }

    /** The fewest lines after a burst's start for {@code SURGE}; default 10. */
    public Builder minSurgeCount(long value) {
      minSurgeCount = positive("minSurgeCount", value);
      return this;
    }

    /** How many times its earlier rate a template must reach for {@code SURGE}; default 3. */
    public Builder surgeFactor(double value) {
      if (!(value > 1)) {
        throw new IllegalArgumentException("surgeFactor must be above 1: " + value);
      }
      surgeFactor = value;
      return this;
    }

    /** The fewest baseline lines of a template that may go {@code SILENT}; default 10. */
    public Builder minSilentCount(long value) {
      minSilentCount = positive("minSilentCount", value);
      return this;
    }

    /** The link of a pattern, from its service and template; default empty. */
    public Builder link(BiFunction<String, String, String> value) {
      link = requireNonNull(value, "link");
      return this;
    }

    public LogPatternAnalysis build() {
      return new LogPatternAnalysis(this);
    }

    private static int positive(String name, int value) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1: " + value);
      }
      return value;
    }

    private static long positive(String name, long value) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1: " + value);
      }
      return value;
    }
  }
}
