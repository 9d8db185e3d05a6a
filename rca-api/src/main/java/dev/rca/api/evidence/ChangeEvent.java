package dev.rca.api.evidence;

import dev.rca.api.model.SortedCopy;
import static java.util.Objects.requireNonNull;

import dev.rca.api.model.Signal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Something that changed in the system: a release, a merged configuration change, a flag flip,
 * a scaling action.
 *
 * <pre>{@code
 * new ChangeEvent("ev-2", "c-8812", "payments", at, ChangeEvent.Type.CONFIG,
 *     "reduce pool size", "-maxPoolSize: 50\n+maxPoolSize: 5", List.of("config/payments.yaml"),
 *     Map.of("author", "dev@example.com"), link);
 * }</pre>
 *
 * @param id the evidence id within a report
 * @param changeId the change's identity (the CDEvents {@code context.id}); a report blaming it names this
 * @param summary one line on what changed
 * @param diff unified diff text, empty when unknown
 * @param attributes other facts: author, version, previousVersion, flag, from, to, replicas
 */
public record ChangeEvent(
    String id,
    String changeId,
    String service,
    Instant at,
    Type type,
    String summary,
    String diff,
    List<String> files,
    Map<String, String> attributes,
    String link)
    implements Evidence {

  /** What sort of change. */
  public enum Type {
    DEPLOY,
    ROLLBACK,
    CONFIG,
    FEATURE_FLAG,
    SCALING,
    OTHER
  }

  public ChangeEvent {
    requireNonNull(id, "id");
    requireNonNull(changeId, "changeId");
    requireNonNull(service, "service");
    requireNonNull(at, "at");
    requireNonNull(type, "type");
    requireNonNull(summary, "summary");
    requireNonNull(diff, "diff");
    files = List.copyOf(files);
    attributes = SortedCopy.of(attributes);
    requireNonNull(link, "link");
  }

  @Override
  public Signal signal() {
    return Signal.CHANGES;
  }

  @Override
  public String excerpt() {
    return type + " " + changeId + " of " + service + " at " + at + ": " + Texts.clip(summary, 300);
  }

  @Override
  public ChangeEvent withId(String newId) {
    return new ChangeEvent(newId, changeId, service, at, type, summary, diff, files, attributes, link);
  }

  @Override
  public ChangeEvent mapText(UnaryOperator<String> text) {
    return new ChangeEvent(id, text.apply(changeId), text.apply(service), at, type, text.apply(summary),
        text.apply(diff), Texts.map(files, text), Texts.map(attributes, text), text.apply(link));
  }
}
