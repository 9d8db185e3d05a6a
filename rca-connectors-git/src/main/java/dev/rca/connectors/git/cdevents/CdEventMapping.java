package dev.rca.connectors.git.cdevents;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rca.api.evidence.ChangeEvent;
import dev.rca.connectors.git.diff.ChangeTouches;
import dev.rca.connectors.git.diff.TouchCategory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Turns one CDEvents JSON object into a {@link ChangeEvent}. */
final class CdEventMapping {
  static final int MAX_DIFF_CHARS = 64 * 1024;
  static final int MAX_VALUE_CHARS = 1024;
  private static final List<String> ATTRIBUTES = List.of("author", "version", "previousVersion",
      "flag", "from", "to", "desiredReplicas", "actualReplicas");

  private CdEventMapping() {}

  /** An event that cannot become a change; the message says which field is missing or bad. */
  static final class UnusableEvent extends Exception {
    UnusableEvent(String message) {
      super(message, null, false, false);
    }
  }

  static ChangeEvent change(JsonNode event, String evidenceId, String fileLink)
      throws UnusableEvent {
    JsonNode context = event.path("context");
    JsonNode subject = event.path("subject");
    JsonNode custom = event.path("customData");
    String changeId = required(context, "id");
    String type = required(context, "type");
    Instant at = timestamp(required(context, "timestamp"));

    List<String> files = files(custom.path("files"));
    String diff = custom.path("diff").isTextual() ? custom.path("diff").asText() : "";
    if (files.isEmpty() && !diff.isEmpty()) {
      files = ChangedFiles.fromDiff(diff);
    }
    if (diff.length() > MAX_DIFF_CHARS) {
      diff = diff.substring(0, MAX_DIFF_CHARS) + "\n… diff clipped at " + MAX_DIFF_CHARS + " characters";
    }
    ChangeTouches touches = ChangeTouches.of(files, diff);
    ChangeEvent.Type kind = kind(type, touches);
    String service = service(custom, subject);
    // A summary already names a flag flip or a scaling step; only what a diff shows is news.
    String headline = touches.headline();

    Map<String, String> attributes = new TreeMap<>();
    for (String key : ATTRIBUTES) {
      String v = text(custom, key);
      if (!v.isEmpty()) {
        attributes.put(key, clip(v));
      }
    }
    if (!attributes.containsKey("version")) {
      String version = purlVersion(text(subject.path("content"), "artifactId"));
      if (!version.isEmpty()) {
        attributes.put("version", version);
      }
    }
    String environment = text(subject.path("content").path("environment"), "id");
    if (!environment.isEmpty()) {
      attributes.put("environment", clip(environment));
    }
    attributes.put("type", clip(type));
    if (touches.touches().isEmpty()) {
      touches = eventSetting(kind, attributes);
    }
    touches.attributes().forEach((k, v) -> attributes.put(k, clip(v)));
    String summary = clip(ChangeSummary.of(kind, type, service, attributes, files,
        firstText(custom, "message", "title")) + (headline.isEmpty() ? "" : "; " + headline));
    summary = clip(summary);
    return new ChangeEvent(evidenceId, changeId, service, at, kind, summary, diff, files,
        attributes, link(custom, subject, context, changeId, fileLink));
  }

  /**
   * The change kind of a CDEvents type. A merged change is {@code CONFIG} when what it touched is
   * settings or configuration files and no code, query or image/version; merged code is
   * {@code OTHER}, because it runs nowhere until a deployment event (which is {@code DEPLOY})
   * says so.
   */
  static ChangeEvent.Type kind(String type, ChangeTouches touches) {
    if (type.startsWith("dev.cdevents.service.deployed.")
        || type.startsWith("dev.cdevents.service.upgraded.")) {
      return ChangeEvent.Type.DEPLOY;
    }
    if (type.startsWith("dev.cdevents.service.rolledback.")) {
      return ChangeEvent.Type.ROLLBACK;
    }
    if (type.startsWith("dev.cdevents.change.merged.")) {
      return touches.configurationOnly() ? ChangeEvent.Type.CONFIG : ChangeEvent.Type.OTHER;
    }
    if (type.startsWith("dev.cdeventsx.featureflag-flag.changed.")) {
      return ChangeEvent.Type.FEATURE_FLAG;
    }
    if (type.startsWith("dev.cdeventsx.autoscaler-scale.changed.")) {
      return ChangeEvent.Type.SCALING;
    }
    return ChangeEvent.Type.OTHER;
  }

  /** The setting a flag or scaling event changed, when it says so; else no touches. */
  private static ChangeTouches eventSetting(ChangeEvent.Type kind, Map<String, String> a) {
    String from = a.get("from");
    String to = a.getOrDefault("to", a.get("desiredReplicas"));
    if (kind == ChangeEvent.Type.FEATURE_FLAG && to != null) {
      return ChangeTouches.ofSetting(TouchCategory.FLAG, a.getOrDefault("flag", "flag"), from, to);
    }
    if (kind == ChangeEvent.Type.SCALING && to != null) {
      return ChangeTouches.ofSetting(TouchCategory.RESOURCE, "replicas", from, to);
    }
    return ChangeTouches.of(List.of(), "");
  }

  /**
   * {@code customData.service}, else the name in {@code subject.id}: its last path segment, since
   * deployment tools write {@code namespace/name} or {@code clusters/x/services/name}, and the
   * package name of a package URL ({@code pkg:oci/payments@1.4.2}); else the package name of
   * {@code subject.content.artifactId}; empty when none names a service.
   */
  static String service(JsonNode custom, JsonNode subject) {
    String declared = text(custom, "service");
    if (!declared.isEmpty()) {
      return declared;
    }
    String name = nameOf(text(subject, "id"));
    return name.isEmpty() ? nameOf(text(subject.path("content"), "artifactId")) : name;
  }

  private static String nameOf(String id) {
    String s = id.trim();
    int q = s.indexOf('?');
    s = q >= 0 ? s.substring(0, q) : s;
    if (s.startsWith("pkg:")) {
      int at = s.indexOf('@');
      s = at >= 0 ? s.substring(0, at) : s;
    }
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.substring(s.lastIndexOf('/') + 1);
  }

  private static String purlVersion(String artifactId) {
    int at = artifactId.indexOf('@');
    if (!artifactId.startsWith("pkg:") || at < 0) {
      return "";
    }
    String v = artifactId.substring(at + 1);
    int q = v.indexOf('?');
    return clip(q >= 0 ? v.substring(0, q) : v);
  }

  private static String link(JsonNode custom, JsonNode subject, JsonNode context, String changeId,
      String fileLink) {
    for (String candidate : new String[] {text(custom, "url"), text(subject, "source"),
        text(context, "source")}) {
      String lower = candidate.toLowerCase(Locale.ROOT);
      if (lower.startsWith("https://") || lower.startsWith("http://")) {
        return candidate;
      }
    }
    return fileLink + "#event=" + URLEncoder.encode(changeId, StandardCharsets.UTF_8);
  }

  static Instant timestamp(String text) throws UnusableEvent {
    try {
      return OffsetDateTime.parse(text.trim().toUpperCase(Locale.ROOT).replace(' ', 'T'),
          DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      throw new UnusableEvent("context.timestamp is not an RFC 3339 time: \"" + clip(text) + "\"");
    }
  }

  private static List<String> files(JsonNode node) {
    List<String> out = new ArrayList<>();
    for (JsonNode f : node) {
      String path = f.isObject() ? firstText(f, "path", "filename") : f.asText("");
      if (!path.isEmpty() && out.size() < ChangedFiles.MAX_FILES) {
        out.add(clip(path));
      }
    }
    return out;
  }

  private static String required(JsonNode node, String field) throws UnusableEvent {
    String v = text(node, field);
    if (v.isEmpty()) {
      throw new UnusableEvent("missing context." + field);
    }
    return v;
  }

  private static String firstText(JsonNode node, String... fields) {
    for (String f : fields) {
      String v = text(node, f);
      if (!v.isEmpty()) {
        return v;
      }
    }
    return "";
  }

  /** A field as text: strings as they are, numbers and booleans written out, else empty. */
  static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isValueNode() && !v.isNull() ? v.asText().trim() : "";
  }

  static String clip(String s) {
    return s.length() <= MAX_VALUE_CHARS ? s : s.substring(0, MAX_VALUE_CHARS - 1) + "…";
  }
}
