package dev.rca.api.evidence;

import static java.util.Objects.requireNonNull;

import dev.rca.api.model.Signal;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A log template whose behaviour changed between the baseline and the incident window.
 *
 * <pre>{@code
 * new LogPattern("ev-3", "payments", onset, "connection pool exhausted after <*> ms", "error",
 *     LogPattern.Change.NEW, 0, 412, List.of("connection pool exhausted after 5000 ms"), link);
 * }</pre>
 *
 * @param at the first occurrence in the incident window (for {@code SILENT}, the last in the baseline)
 * @param template the mined template, variables masked as {@code <*>}
 * @param level the level as written (error, warn, ...), empty when unknown
 * @param baselineCount occurrences before the onset
 * @param incidentCount occurrences from the onset on
 * @param samples a few representative raw lines
 */
public record LogPattern(
    String id,
    String service,
    Instant at,
    String template,
    String level,
    Change change,
    long baselineCount,
    long incidentCount,
    List<String> samples,
    String link)
    implements Evidence {

  /** What changed about the template. */
  public enum Change {
    /** Absent from the baseline, present in the incident window. */
    NEW,
    /** Its rate rose well beyond its baseline rate. */
    SURGE,
    /** Present in the baseline, gone in the incident window. */
    SILENT,
    /** A numeric parameter far outside its baseline range. */
    CONTENT
  }

  public LogPattern {
    requireNonNull(id, "id");
    requireNonNull(service, "service");
    requireNonNull(at, "at");
    requireNonNull(template, "template");
    requireNonNull(level, "level");
    requireNonNull(change, "change");
    samples = List.copyOf(samples);
    requireNonNull(link, "link");
  }

  /** Whether the level says error or worse (error, fatal, critical, panic, severe). */
  public boolean isError() {
    String l = level.toLowerCase(java.util.Locale.ROOT);
    return l.startsWith("err") || l.startsWith("fatal") || l.startsWith("crit")
        || l.startsWith("panic") || l.startsWith("severe") || l.equals("emerg") || l.equals("alert");
  }

  @Override
  public Signal signal() {
    return Signal.LOGS;
  }

  @Override
  public String excerpt() {
    String head = change + (level.isEmpty() ? "" : " " + level) + " pattern x" + incidentCount
        + " (baseline " + baselineCount + "): " + Texts.clip(template, 200);
    return samples.isEmpty() ? head : head + " | e.g. " + Texts.clip(samples.get(0), 300);
  }

  @Override
  public LogPattern withId(String newId) {
    return new LogPattern(newId, service, at, template, level, change, baselineCount,
        incidentCount, samples, link);
  }

  @Override
  public LogPattern mapText(UnaryOperator<String> text) {
    return new LogPattern(id, text.apply(service), at, text.apply(template), text.apply(level),
        change, baselineCount, incidentCount, Texts.map(samples, text), text.apply(link));
  }
}
