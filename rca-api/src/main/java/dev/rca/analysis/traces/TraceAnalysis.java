package dev.rca.analysis.traces;

import static java.util.Objects.requireNonNull;

import dev.rca.api.evidence.TraceFinding;
import dev.rca.api.model.ServiceGraph;
import dev.rca.api.model.TimeWindow;
import dev.rca.api.spi.Deadline;
import dev.rca.api.spi.DeadlineExceededException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads a sample of spans, offered in any order (a trace's spans may come from several files or
 * requests), and concludes where errors originate, whose own time grew after the onset, and
 * which service calls which.
 *
 * <ul>
 *   <li><b>Error origins</b>: in each trace, every erroring span none of whose children errored,
 *       counted per service and operation ({@link TraceFinding.Kind#ERROR_ORIGIN}). When the
 *       origin is a client span to something without spans of its own (a database, a third-party
 *       host), the calling service stays the finding's service and the callee is named in the
 *       {@code peer} attribute. {@code baselineCount} says how many origins came before the rise.
 *   <li><b>Self-time growth</b>: a span's duration minus the union of its children's intervals;
 *       the median before {@code onset - onsetLead} against the median from the onset on
 *       ({@link TraceFinding.Kind#SELF_TIME_GROWTH}).
 *   <li><b>Calls</b>: parent span's service to child span's service, plus the caller to the
 *       {@code peer.service} of an uninstrumented peer.
 * </ul>
 *
 * <p>Bounds: spans outside the window are dropped on arrival; at most {@code maxSpans} spans are
 * held in total (default 2,000,000, roughly 1 GB at worst) and {@code maxSpansPerTrace} per trace
 * (default 10,000); spans beyond either are dropped and reported in
 * {@link TraceEvidence#warnings()}. Not thread-safe: feed it from one thread.
 *
 * <pre>{@code
 * TraceAnalysis analysis = TraceAnalysis.builder(request.onset(), request.window()).build();
 * spans.forEach(analysis::add);
 * TraceEvidence evidence = analysis.conclude(scope.deadline());
 * }</pre>
 */
public final class TraceAnalysis {
  private final Instant onset;
  private final TimeWindow window;
  private final int maxSpans;
  private final int maxSpansPerTrace;
  private final Duration onsetLead;
  private final double growthRatio;
  private final Duration growthFloor;
  private final int minSamples;
  private final UnaryOperator<String> traceLink;

  private final Map<String, List<SpanRecord>> traces = new LinkedHashMap<>();
  private final Map<String, String> names = new HashMap<>();
  private long seen;
  private long held;
  private long droppedTotal;
  private long droppedPerTrace;
  private final Set<String> truncatedTraces = new HashSet<>();

  private TraceAnalysis(Builder b) {
    onset = b.onset;
    window = b.window;
    maxSpans = b.maxSpans;
    maxSpansPerTrace = b.maxSpansPerTrace;
    onsetLead = b.onsetLead;
    growthRatio = b.growthRatio;
    growthFloor = b.growthFloor;
    minSamples = b.minSamples;
    traceLink = b.traceLink;
  }

  /** An analysis of the incident that began at {@code onset}, looking at spans in {@code window}. */
  public static Builder builder(Instant onset, TimeWindow window) {
    return new Builder(onset, window);
  }

  /**
   * Offers one span.
   *
   * @return whether it is held for the analysis (false when outside the window or over a bound)
   */
  public boolean add(SpanRecord span) {
    seen++;
    if (span.endEpochNanos() < nanos(window.from()) || span.startEpochNanos() >= nanos(window.to())) {
      return false;
    }
    if (held >= maxSpans) {
      droppedTotal++;
      return false;
    }
    List<SpanRecord> trace = traces.get(span.traceId());
    if (trace == null) {
      trace = new ArrayList<>(8);
      traces.put(span.traceId(), trace);
    } else if (trace.size() >= maxSpansPerTrace) {
      droppedPerTrace++;
      truncatedTraces.add(span.traceId());
      return false;
    }
    trace.add(shared(span));
    held++;
    return true;
  }

  /** Spans offered so far. */
  public long spansSeen() {
    return seen;
  }

  /**
   * Concludes from the spans held.
   *
   * @throws InterruptedException when the investigator cancelled
   * @throws DeadlineExceededException when the deadline passed
   */
  public TraceEvidence conclude(Deadline deadline)
      throws InterruptedException, DeadlineExceededException {
    ServiceGraph.Builder calls = ServiceGraph.builder();
    ErrorOrigins origins = new ErrorOrigins();
    SelfTimes selfTimes = new SelfTimes();
    long dataStart = Long.MAX_VALUE;
    long dataEnd = Long.MIN_VALUE;
    long visited = 0;
    for (List<SpanRecord> spans : traces.values()) {
      TraceTree tree = new TraceTree(spans);
      for (SpanRecord span : spans) {
        if (++visited % 4096 == 0) {
          deadline.check();
        }
        if (tree.isRepeat(span)) {
          continue;
        }
        dataStart = Math.min(dataStart, span.startEpochNanos());
        dataEnd = Math.max(dataEnd, span.endEpochNanos());
        calls.service(span.service());
        SpanRecord parent = tree.parent(span);
        if (parent != null) {
          calls.call(parent.service(), span.service());
        }
        String peer = tree.uninstrumentedPeer(span);
        String declaredPeer = span.attributes().getOrDefault("peer.service", "");
        if (!peer.isEmpty() && peer.equals(declaredPeer)) {
          calls.call(span.service(), declaredPeer);
        }
        if (tree.isErrorOrigin(span)) {
          origins.add(span, peer);
        }
        selfTimes.add(span, tree.selfNanos(span), peer);
      }
    }
    List<TraceFinding> findings = new ArrayList<>();
    if (held > 0) {
      long onsetNanos = nanos(onset);
      long incidentStart = nanos(onset.minus(onsetLead));
      findings.addAll(origins.findings(Math.max(dataStart, nanos(window.from())),
          Math.min(dataEnd, nanos(window.to())), incidentStart, traceLink));
      findings.addAll(selfTimes.findings(incidentStart, onsetNanos, growthRatio,
          growthFloor.toNanos(), minSamples, traceLink));
    }
    return new TraceEvidence(findings, calls.build(), seen, held, warnings());
  }

  private List<String> warnings() {
    List<String> out = new ArrayList<>();
    if (droppedTotal > 0) {
      out.add("traces: held the first " + maxSpans + " spans and dropped " + droppedTotal
          + " more; the findings describe a partial sample");
    }
    if (droppedPerTrace > 0) {
      out.add("traces: " + truncatedTraces.size() + " trace(s) exceeded " + maxSpansPerTrace
          + " spans; dropped " + droppedPerTrace + " spans of them");
    }
    return out;
  }

  /**
   * The span with its service and operation names shared with earlier spans: a sample repeats a
   * few hundred names millions of times.
   */
  private SpanRecord shared(SpanRecord span) {
    String service = names.computeIfAbsent(span.service(), k -> k);
    String name = names.size() < 100_000 ? names.computeIfAbsent(span.name(), k -> k) : span.name();
    if (service == span.service() && name == span.name()) {
      return span;
    }
    return new SpanRecord(span.traceId(), span.spanId(), span.parentSpanId(), service, name,
        span.kind(), span.startEpochNanos(), span.endEpochNanos(), span.error(),
        span.statusMessage(), span.attributes());
  }

  private static long nanos(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L),
        instant.getNano());
  }

  /** Configures an analysis; every setting is checked where it is set. */
  public static final class Builder {
    private final Instant onset;
    private final TimeWindow window;
    private int maxSpans = 2_000_000;
    private int maxSpansPerTrace = 10_000;
    private Duration onsetLead = Duration.ofMinutes(5);
    private double growthRatio = 2.0;
    private Duration growthFloor = Duration.ofMillis(20);
    private int minSamples = 5;
    private UnaryOperator<String> traceLink = traceId -> "";

    private Builder(Instant onset, TimeWindow window) {
      this.onset = requireNonNull(onset, "onset");
      this.window = requireNonNull(window, "window");
    }

    /** Spans held in total at most (default 2,000,000). */
    public Builder maxSpans(int max) {
      maxSpans = positive(max, "maxSpans");
      return this;
    }

    /** Spans held per trace at most (default 10,000). */
    public Builder maxSpansPerTrace(int max) {
      maxSpansPerTrace = positive(max, "maxSpansPerTrace");
      return this;
    }

    /**
     * How long before the alert the change may have begun (default 5 minutes): spans in that
     * stretch belong to neither the baseline nor the incident when medians are compared.
     */
    public Builder onsetLead(Duration lead) {
      if (requireNonNull(lead, "onsetLead").isNegative()) {
        throw new IllegalArgumentException("onsetLead must not be negative: " + lead);
      }
      onsetLead = lead;
      return this;
    }

    /** How many times the baseline median self time must grow to count (default 2.0). */
    public Builder growthRatio(double ratio) {
      if (!(ratio > 1.0)) {
        throw new IllegalArgumentException("growthRatio must be above 1: " + ratio);
      }
      growthRatio = ratio;
      return this;
    }

    /** By how much at least the median self time must grow to count (default 20 ms). */
    public Builder growthFloor(Duration floor) {
      if (requireNonNull(floor, "growthFloor").isNegative()) {
        throw new IllegalArgumentException("growthFloor must not be negative: " + floor);
      }
      growthFloor = floor;
      return this;
    }

    /** Spans needed on each side of the onset before self times are compared (default 5). */
    public Builder minSamples(int min) {
      minSamples = positive(min, "minSamples");
      return this;
    }

    /** Where a person sees a trace, by trace id; findings link their representative trace. */
    public Builder traceLink(UnaryOperator<String> link) {
      traceLink = requireNonNull(link, "traceLink");
      return this;
    }

    public TraceAnalysis build() {
      return new TraceAnalysis(this);
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return value;
    }
  }
}
