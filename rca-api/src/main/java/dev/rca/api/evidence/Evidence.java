package dev.rca.api.evidence;

import dev.rca.api.model.Signal;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * One finding a source brings to an investigation, cited by hypotheses and linked to where a
 * person can look at it in the backend.
 *
 * <p>Every evidence type knows its own text fields, so that the redaction boundary can pass each
 * one through a {@link dev.rca.api.spi.Redactor} with {@link #mapText(UnaryOperator)} and nothing
 * textual slips past it.
 */
public sealed interface Evidence permits LogPattern, MetricAnomaly, TraceFinding, ChangeEvent {

  /** Unique within one report, e.g. {@code ev-17}; sources may use any id, the core renumbers. */
  String id();

  /** The service the finding is about. */
  String service();

  /** When it happened or began (the onset for anomalies, the landing time for changes). */
  Instant at();

  /** Where a person sees it in the backend (Loki explore, Prometheus graph, commit page); may be empty. */
  String link();

  Signal signal();

  /** A short human-readable line, the {@code excerpt} of the report. */
  String excerpt();

  /** The same evidence with another id. */
  Evidence withId(String id);

  /** The same evidence with every text (including the link) passed through {@code text}. */
  Evidence mapText(UnaryOperator<String> text);
}
