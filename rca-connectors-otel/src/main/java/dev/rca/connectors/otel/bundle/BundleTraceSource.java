package dev.rca.connectors.otel.bundle;

import dev.rca.core.bundle.BundleLayout;
import static java.util.Objects.requireNonNull;

import dev.rca.analysis.traces.TraceAnalysis;
import dev.rca.analysis.traces.TraceEvidence;
import dev.rca.api.model.Signal;
import dev.rca.api.spi.InvestigationScope;
import dev.rca.api.spi.SignalSource;
import dev.rca.api.spi.SourceException;
import dev.rca.api.spi.SourceResult;
import dev.rca.api.spi.SourceUnavailableException;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Trace evidence from the {@code traces/*.json} files of an incident bundle (OTLP/JSON), read in
 * file-name order into one {@link TraceAnalysis}, so a trace may be spread over several files.
 *
 * <p>Bounds: at most {@code maxSpans} spans are held (default 2,000,000) and
 * {@code maxSpansPerTrace} per trace (default 10,000); the rest are counted and warned about.
 *
 * <pre>{@code
 * SourceResult result = new BundleTraceSource(Path.of("incidents/2024-04-15")).gather(scope);
 * result.observedCalls(); // checkout -> payments, ...
 * }</pre>
 */
public final class BundleTraceSource implements SignalSource {
  private final Path bundle;
  private final int maxSpans;
  private final int maxSpansPerTrace;

  public BundleTraceSource(Path bundle) {
    this(bundle, 2_000_000, 10_000);
  }

  /** A source with other memory bounds; both must be positive. */
  public BundleTraceSource(Path bundle, int maxSpans, int maxSpansPerTrace) {
    this.bundle = requireNonNull(bundle, "bundle");
    if (maxSpans < 1 || maxSpansPerTrace < 1) {
      throw new IllegalArgumentException("maxSpans and maxSpansPerTrace must be positive: "
          + maxSpans + ", " + maxSpansPerTrace);
    }
    this.maxSpans = maxSpans;
    this.maxSpansPerTrace = maxSpansPerTrace;
  }

  @Override
  public String name() {
    return "bundle-traces";
  }

  @Override
  public Signal signal() {
    return Signal.TRACES;
  }

  @Override
  public SourceResult gather(InvestigationScope scope) throws SourceException, InterruptedException {
    List<Path> files = BundleLayout.signalFiles(bundle, Signal.TRACES);
    Path dir = files.get(0).getParent();
    String dirLink = dir.toUri().toString();
    TraceAnalysis analysis = TraceAnalysis.builder(scope.onset(), scope.window())
        .maxSpans(maxSpans)
        .maxSpansPerTrace(maxSpansPerTrace)
        .traceLink(id -> dirLink + "#trace=" + URLEncoder.encode(id, StandardCharsets.UTF_8))
        .build();
    SourceResult.Builder result = SourceResult.builder();
    OtlpTraceReader reader = new OtlpTraceReader(scope.deadline());
    for (Path file : files) {
      scope.deadline().check();
      String name = "traces/" + file.getFileName();
      result.query("read " + name);
      reader.read(file, name, analysis::add, result::warning);
    }
    TraceEvidence evidence = analysis.conclude(scope.deadline());
    evidence.warnings().forEach(result::warning);
    return result.items(evidence.findings())
        .observedCalls(evidence.calls())
        .itemsRead(evidence.spansSeen())
        .build();
  }
}
