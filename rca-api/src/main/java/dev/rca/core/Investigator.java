package dev.rca.core;

import static java.util.Objects.requireNonNull;

import dev.rca.api.evidence.Evidence;
import dev.rca.api.model.InvestigationRequest;
import dev.rca.api.model.RootCauseReport;
import dev.rca.api.model.ServiceGraph;
import dev.rca.api.model.SourceStatus;
import dev.rca.api.redaction.RedactedEvidence;
import dev.rca.api.spi.Deadline;
import dev.rca.api.spi.HypothesisEngine;
import dev.rca.api.spi.InvestigationScope;
import dev.rca.api.spi.Redactor;
import dev.rca.api.spi.ReportSink;
import dev.rca.api.spi.SignalSource;
import dev.rca.api.spi.SourceResult;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import org.jspecify.annotations.Nullable;

/**
 * Runs investigations: every source gathers concurrently under one overall deadline and its own
 * timeout, what they found is redacted, the engine ranks causes, and the sinks get the report.
 * A slow source is cancelled and reported {@code TIMED_OUT}, a failing one {@code FAILED}; neither
 * stops the investigation, and both lower the confidence of what is concluded without them.
 *
 * <pre>{@code
 * try (Investigator investigator = Investigator.builder()
 *     .source(logs).source(metrics)
 *     .engine(new DeterministicEngine())
 *     .redactor(redactor)
 *     .sink(new JsonReportSink(Path.of("report.json")))
 *     .sourceTimeout(Duration.ofSeconds(10))
 *     .build()) {
 *   RootCauseReport report = investigator.investigate(request);
 * }
 * }</pre>
 */
public final class Investigator implements AutoCloseable {
  private final List<SignalSource> sources;
  private final Map<SignalSource, Duration> ownTimeouts;
  private final HypothesisEngine engine;
  private final Redactor redactor;
  private final List<ReportSink> sinks;
  private final Executor executor;
  private final @Nullable ExecutorService ownedExecutor;
  private final Duration sourceTimeout;
  private final Duration overallTimeout;
  private final Verdicts verdicts;
  private final ProgressListener listener;
  private final Clock clock;

  private Investigator(Builder b) {
    this.sources = List.copyOf(b.sources);
    this.ownTimeouts = new IdentityHashMap<>(b.ownTimeouts);
    this.engine = requireNonNull(b.engine, "engine: an investigation needs a HypothesisEngine");
    this.redactor = requireNonNull(b.redactor,
        "redactor: evidence never reaches an engine unredacted; set one (rca-redaction has one)");
    this.sinks = List.copyOf(b.sinks);
    if (b.executor != null) {
      this.executor = b.executor;
      this.ownedExecutor = null;
    } else {
      this.ownedExecutor = Executors.forSources();
      this.executor = ownedExecutor;
    }
    this.sourceTimeout = b.sourceTimeout;
    this.overallTimeout = b.overallTimeout;
    this.verdicts = new Verdicts(b.minConfidence, b.insufficientBelow, b.requireEvidenceLinks);
    this.listener = b.listener;
    this.clock = b.clock;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Investigates once. Never throws because of a source, the engine or a sink: what went wrong
   * is in the report's source statuses and summary.
   */
  public RootCauseReport investigate(InvestigationRequest request) {
    requireNonNull(request, "request");
    long t0 = System.nanoTime();
    Deadline overall = Deadline.after(overallTimeout);
    List<SourceOutcome> outcomes = gather(request, overall);

    List<Evidence> items = new ArrayList<>();
    ServiceGraph calls = ServiceGraph.empty();
    List<SourceStatus> statuses = new ArrayList<>();
    for (SourceOutcome o : outcomes) {
      statuses.add(o.status());
      SourceResult r = o.result();
      if (r != null) {
        // Ids are renumbered in configuration order so the same input gives the same report.
        r.items().forEach(e -> items.add(e.withId("ev-" + (items.size() + 1))));
        calls = calls.merge(r.observedCalls());
      }
    }
    RedactedEvidence evidence =
        RedactedEvidence.redact(request, items, calls, statuses, redactor.openSession());
    listener.evidenceReady(evidence.items().size());

    Verdicts.Verdict verdict = verdicts.decide(engine, evidence);
    Duration total = Duration.ofNanos(System.nanoTime() - t0);
    RootCauseReport report = RootCauseReport.assemble(newInvestigationId(), clock.instant(),
        verdict.status(), verdict.summary(), verdict.hypotheses(), evidence, total);
    listener.reportReady(report.status(), total.toMillis());
    deliver(report);
    return report;
  }

  private List<SourceOutcome> gather(InvestigationRequest request, Deadline overall) {
    List<SourceRun> runs = new ArrayList<>();
    List<Duration> timeouts = new ArrayList<>();
    for (SignalSource source : sources) {
      Duration own = ownTimeouts.getOrDefault(source, sourceTimeout);
      Duration timeout = own.compareTo(overallTimeout) < 0 ? own : overallTimeout;
      SourceRun run = new SourceRun(source,
          new InvestigationScope(request, overall.atMost(timeout)), timeout, listener);
      runs.add(run);
      timeouts.add(timeout);
      run.start(executor);
    }
    List<SourceOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      // Every source started at about the same instant, so its deadline is still ahead of us;
      // a small grace lets a source that checks its deadline report its own overrun.
      outcomes.add(runs.get(i).await(overall.atMost(timeouts.get(i).plusMillis(50))));
    }
    return outcomes;
  }

  private void deliver(RootCauseReport report) {
    for (ReportSink sink : sinks) {
      try {
        sink.write(report);
      } catch (Exception e) {
        listener.sinkFailed(sink.getClass().getSimpleName(), e);
      }
    }
  }

  private static String newInvestigationId() {
    return "inv-" + UUID.randomUUID().toString().substring(0, 13);
  }

  /** Shuts down the executor the investigator created itself (not one the caller supplied). */
  @Override
  public void close() {
    if (ownedExecutor != null) {
      ownedExecutor.shutdownNow();
    }
  }

  /** Configures an {@link Investigator}; each setter validates its argument. */
  public static final class Builder {
    private final List<SignalSource> sources = new ArrayList<>();
    private final Map<SignalSource, Duration> ownTimeouts = new IdentityHashMap<>();
    private @Nullable HypothesisEngine engine;
    private @Nullable Redactor redactor;
    private final List<ReportSink> sinks = new ArrayList<>();
    private @Nullable Executor executor;
    private Duration sourceTimeout = Duration.ofSeconds(10);
    private Duration overallTimeout = Duration.ofSeconds(30);
    private double minConfidence = 0.75;
    private double insufficientBelow = 0.35;
    private boolean requireEvidenceLinks = false;
    private ProgressListener listener = ProgressListener.NONE;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    public Builder source(SignalSource source) {
      sources.add(requireNonNull(source, "source"));
      return this;
    }

    /** Adds a source with its own timeout instead of {@link #sourceTimeout(Duration)}. */
    public Builder source(SignalSource source, Duration timeout) {
      source(source);
      ownTimeouts.put(source, positive(timeout, "timeout"));
      return this;
    }

    public Builder sources(List<? extends SignalSource> list) {
      list.forEach(this::source);
      return this;
    }

    public Builder engine(HypothesisEngine value) {
      engine = requireNonNull(value, "engine");
      return this;
    }

    public Builder redactor(Redactor value) {
      redactor = requireNonNull(value, "redactor");
      return this;
    }

    public Builder sink(ReportSink sink) {
      sinks.add(requireNonNull(sink, "sink"));
      return this;
    }

    /**
     * Where sources run. Without one, the investigator uses virtual threads when the runtime
     * has them and a small daemon pool otherwise; {@code Runnable::run} gathers sequentially.
     */
    public Builder executor(Executor value) {
      executor = requireNonNull(value, "executor");
      return this;
    }

    public Builder sourceTimeout(Duration value) {
      sourceTimeout = positive(value, "sourceTimeout");
      return this;
    }

    public Builder overallTimeout(Duration value) {
      overallTimeout = positive(value, "overallTimeout");
      return this;
    }

    /** The confidence at or above which a report is {@code CONFIDENT}; default 0.75. */
    public Builder minConfidence(double value) {
      minConfidence = unit(value, "minConfidence");
      return this;
    }

    /** Below this top confidence the verdict is {@code INSUFFICIENT_EVIDENCE}; default 0.35. */
    public Builder insufficientBelow(double value) {
      insufficientBelow = unit(value, "insufficientBelow");
      return this;
    }

    /** Whether a confident answer needs a link on every evidence item it cites; default false. */
    public Builder requireEvidenceLinks(boolean value) {
      requireEvidenceLinks = value;
      return this;
    }

    public Builder listener(ProgressListener value) {
      listener = requireNonNull(value, "listener");
      return this;
    }

    public Builder clock(Clock value) {
      clock = requireNonNull(value, "clock");
      return this;
    }

    public Investigator build() {
      if (insufficientBelow > minConfidence) {
        throw new IllegalStateException("insufficientBelow (" + insufficientBelow
            + ") must not exceed minConfidence (" + minConfidence + ")");
      }
      return new Investigator(this);
    }

    private static Duration positive(Duration d, String name) {
      requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }

    private static double unit(double v, String name) {
      if (!(v >= 0.0 && v <= 1.0)) {
        throw new IllegalArgumentException(name + " must be in [0, 1]: " + v);
      }
      return v;
    }
  }
}
