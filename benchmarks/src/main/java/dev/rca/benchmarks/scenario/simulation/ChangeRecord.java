package dev.rca.benchmarks.scenario.simulation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change that landed in the window, guilty or not.
 *
 * <pre>{@code
 * new ChangeRecord("c-4d1e9a", ChangeRecord.Type.CHANGE_MERGED, "payments", at,
 *     "shop/platform-config/pull/1842", Map.of("author", "dana"), true);
 * }</pre>
 *
 * @param id the CDEvents {@code context.id}: the change's identity
 * @param subject the CDEvents {@code subject.id}: the service for a deploy, the PR for a merge
 * @param customData the event's {@code customData} besides the service, in writing order
 * @param culprit whether this change caused the incident (only truth.json says so)
 */
public record ChangeRecord(
    String id,
    Type type,
    String service,
    Instant at,
    String subject,
    Map<String, Object> customData,
    boolean culprit) {

  /** The CDEvents types the contract lists. */
  public enum Type {
    SERVICE_DEPLOYED("dev.cdevents.service.deployed.0.2.0"),
    CHANGE_MERGED("dev.cdevents.change.merged.0.2.0"),
    FEATURE_FLAG_CHANGED("dev.cdeventsx.featureflag-flag.changed.0.1.0"),
    AUTOSCALER_SCALE_CHANGED("dev.cdeventsx.autoscaler-scale.changed.0.1.0");

    private final String eventType;

    Type(String eventType) {
      this.eventType = eventType;
    }

    /** The versioned CDEvents {@code context.type}. */
    public String eventType() {
      return eventType;
    }
  }

  public ChangeRecord {
    requireNonNull(id, "id");
    requireNonNull(type, "type");
    requireNonNull(service, "service");
    requireNonNull(at, "at");
    requireNonNull(subject, "subject");
    customData = Collections.unmodifiableMap(new LinkedHashMap<>(customData));
  }
}
