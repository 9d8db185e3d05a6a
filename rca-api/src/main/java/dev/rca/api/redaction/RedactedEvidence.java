package dev.rca.api.redaction;

import dev.rca.api.model.SortedCopy;
import static java.util.Objects.requireNonNull;

import dev.rca.api.evidence.Evidence;
import dev.rca.api.model.InvestigationRequest;
import dev.rca.api.model.ServiceGraph;
import dev.rca.api.model.SourceStatus;
import dev.rca.api.spi.RedactionSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Everything an investigation gathered, after redaction: the only form in which evidence reaches a
 * {@link dev.rca.api.spi.HypothesisEngine} or, through a report, a
 * {@link dev.rca.api.spi.ReportSink}. The only way to make one is {@link #redact}, which passes
 * every text (alert labels and annotations, log lines, metric labels, span attributes, diffs,
 * source errors and queries) through a {@link RedactionSession}.
 *
 * <pre>{@code
 * RedactedEvidence evidence = RedactedEvidence.redact(request, items, calls, statuses, session);
 * engine.rank(evidence);
 * }</pre>
 */
public final class RedactedEvidence {
  private final InvestigationRequest request;
  private final List<Evidence> items;
  private final Map<String, Evidence> byId;
  private final ServiceGraph graph;
  private final List<SourceStatus> sources;
  private final Map<String, Long> redactionCounts;

  private RedactedEvidence(InvestigationRequest request, List<Evidence> items, ServiceGraph graph,
      List<SourceStatus> sources, Map<String, Long> redactionCounts) {
    this.request = request;
    this.items = List.copyOf(items);
    Map<String, Evidence> index = new LinkedHashMap<>();
    for (Evidence e : this.items) {
      if (index.put(e.id(), e) != null) {
        throw new IllegalArgumentException("evidence id " + e.id() + " is used twice");
      }
    }
    this.byId = index;
    this.graph = graph;
    this.sources = List.copyOf(sources);
    this.redactionCounts = SortedCopy.of(redactionCounts);
  }

  /**
   * Redacts everything an investigation gathered.
   *
   * @param observedCalls call edges seen by sources; merged with the request's declared topology
   */
  public static RedactedEvidence redact(InvestigationRequest request, List<Evidence> items,
      ServiceGraph observedCalls, List<SourceStatus> sources, RedactionSession session) {
    requireNonNull(session, "session");
    UnaryOperator<String> text = t -> LinkAwareRedaction.redact(session, t);
    InvestigationRequest cleanRequest = request.mapText(text);
    List<Evidence> cleanItems = items.stream().map(e -> e.mapText(text)).toList();
    ServiceGraph cleanGraph = cleanRequest.topology().merge(observedCalls.mapText(text));
    List<SourceStatus> cleanSources = sources.stream().map(s -> new SourceStatus(
        text.apply(s.name()), s.signal(), s.state(), s.elapsedMs(), s.items(),
        s.error() == null ? null : text.apply(s.error()),
        s.warnings().stream().map(text).toList(),
        s.queries().stream().map(text).toList())).toList();
    return new RedactedEvidence(cleanRequest, cleanItems, cleanGraph, cleanSources,
        session.countsByRule());
  }

  /** The request, with alert labels, annotations and symptom redacted. */
  public InvestigationRequest request() {
    return request;
  }

  /** Every evidence item, ids unique. */
  public List<Evidence> items() {
    return items;
  }

  public Optional<Evidence> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Declared topology merged with the calls sources observed. */
  public ServiceGraph graph() {
    return graph;
  }

  public List<SourceStatus> sources() {
    return sources;
  }

  /** Values replaced per rule while redacting this investigation. */
  public Map<String, Long> redactionCounts() {
    return redactionCounts;
  }
}
