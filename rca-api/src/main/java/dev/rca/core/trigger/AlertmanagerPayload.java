package dev.rca.core.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rca.api.model.Alert;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads the body Alertmanager POSTs to a webhook receiver (payload version 4) into alerts.
 *
 * <pre>{@code
 * List<Alert> alerts = AlertmanagerPayload.read(Path.of("incident.json"), "incident.json");
 * }</pre>
 */
public final class AlertmanagerPayload {
  /** Labels that name the affected service, in order of preference. */
  static final List<String> SERVICE_LABELS = List.of("service", "job", "app", "service_name");

  /** An alert storm is dozens of alerts; thousands is a broken sender. */
  static final int MAX_ALERTS = 10_000;

  private AlertmanagerPayload() {}

  /**
   * Reads the alerts of a payload file.
   *
   * @param shownAs how to name the file in errors, e.g. {@code incident.json}
   * @throws TriggerException naming the file, position and problem when the payload is unusable
   */
  public static List<Alert> read(Path file, String shownAs) throws TriggerException {
    return parse(JsonFiles.read(file, shownAs), shownAs);
  }

  static List<Alert> parse(JsonNode root, String shownAs) throws TriggerException {
    if (!root.isObject()) {
      throw new TriggerException(shownAs + ": expected an Alertmanager webhook payload (a JSON"
          + " object with an \"alerts\" array)");
    }
    JsonNode list = root.get("alerts");
    if (list == null || !list.isArray()) {
      throw new TriggerException(shownAs + ": no \"alerts\" array; an Alertmanager webhook"
          + " payload lists the firing alerts there");
    }
    if (list.isEmpty()) {
      throw new TriggerException(shownAs + ": \"alerts\" is empty; nothing to investigate");
    }
    if (list.size() > MAX_ALERTS) {
      throw new TriggerException(shownAs + ": " + list.size() + " alerts, more than "
          + MAX_ALERTS);
    }
    List<Alert> alerts = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      alerts.add(alert(list.get(i), shownAs + " alerts[" + i + "]"));
    }
    return alerts;
  }

  private static Alert alert(JsonNode node, String where) throws TriggerException {
    if (!node.isObject()) {
      throw new TriggerException(where + ": expected an object");
    }
    Map<String, String> labels = strings(node.get("labels"), where + ".labels");
    Map<String, String> annotations = strings(node.get("annotations"), where + ".annotations");
    Instant startsAt = instant(node.get("startsAt"), where + ".startsAt");
    if (startsAt == null) {
      throw new TriggerException(where + ": \"startsAt\" is required (RFC 3339, e.g."
          + " 2024-04-15T03:42:00Z)");
    }
    Instant endsAt = instant(node.get("endsAt"), where + ".endsAt");
    // Alertmanager sends endsAt 0001-01-01T00:00:00Z for alerts still firing.
    if (endsAt != null && endsAt.getEpochSecond() < 0) {
      endsAt = null;
    }
    String status = text(node.get("status"));
    boolean firing = status.isEmpty() || status.equals("firing");
    String service = SERVICE_LABELS.stream().map(l -> labels.getOrDefault(l, ""))
        .filter(s -> !s.isEmpty()).findFirst().orElse("");
    return new Alert(labels.getOrDefault("alertname", "alert"), service, labels, annotations,
        startsAt, endsAt, firing, text(node.get("generatorURL")), text(node.get("fingerprint")));
  }

  private static Map<String, String> strings(@Nullable JsonNode node, String where)
      throws TriggerException {
    Map<String, String> out = new TreeMap<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isObject()) {
      throw new TriggerException(where + ": expected an object of strings");
    }
    for (var f : node.properties()) {
      out.put(f.getKey(), f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString());
    }
    return out;
  }

  private static @Nullable Instant instant(@Nullable JsonNode node, String where)
      throws TriggerException {
    if (node == null || node.isNull() || node.asText().isEmpty()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(node.asText()).toInstant();
    } catch (DateTimeParseException e) {
      throw new TriggerException(where + ": \"" + clip(node.asText()) + "\" is not an RFC 3339"
          + " time (e.g. 2024-04-15T03:42:00Z)");
    }
  }

  private static String text(@Nullable JsonNode node) {
    return node == null || node.isNull() ? "" : node.asText();
  }

  private static String clip(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
