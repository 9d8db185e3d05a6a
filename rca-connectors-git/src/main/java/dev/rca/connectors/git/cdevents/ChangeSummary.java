package dev.rca.connectors.git.cdevents;

import dev.rca.api.evidence.ChangeEvent;
import java.util.List;
import java.util.Map;

/** One human line per change: "payments deployed 1.4.2 (was 1.4.1)", "flag new-pricing on→off". */
final class ChangeSummary {
  private ChangeSummary() {}

  static String of(ChangeEvent.Type kind, String type, String service,
      Map<String, String> attributes, List<String> files, String message) {
    String who = service.isEmpty() ? "a service" : service;
    String version = attributes.getOrDefault("version", "");
    String previous = attributes.getOrDefault("previousVersion", "");
    return switch (kind) {
      case DEPLOY -> who + (type.startsWith("dev.cdevents.service.upgraded.") ? " upgraded" : " deployed")
          + (version.isEmpty() ? "" : " " + version) + (previous.isEmpty() ? "" : " (was " + previous + ")");
      case ROLLBACK -> who + " rolled back" + (version.isEmpty() ? "" : " to " + version)
          + (previous.isEmpty() ? "" : " (was " + previous + ")");
      case CONFIG, OTHER -> type.startsWith("dev.cdevents.change.merged.")
          ? who + (kind == ChangeEvent.Type.CONFIG ? " config change merged" : " change merged")
              + (message.isEmpty() ? "" : ": " + message) + filesNote(files)
          : who + " " + shortType(type) + (message.isEmpty() ? "" : ": " + message);
      case FEATURE_FLAG -> flag(attributes);
      case SCALING -> scaling(attributes) + (message.isEmpty() ? "" : ": " + message);
    };
  }

  private static String flag(Map<String, String> a) {
    String flag = a.getOrDefault("flag", "");
    String from = a.getOrDefault("from", "");
    String to = a.getOrDefault("to", "");
    String head = "flag" + (flag.isEmpty() ? "" : " " + flag);
    if (from.isEmpty() && to.isEmpty()) {
      return head + " changed";
    }
    return head + " " + (from.isEmpty() ? "?" : from) + "→" + (to.isEmpty() ? "?" : to);
  }

  /** "scale 3→10", and " failed: desired 10, actual 3" when fewer replicas came up than wanted. */
  private static String scaling(Map<String, String> a) {
    String desired = a.getOrDefault("desiredReplicas", "");
    String actual = a.getOrDefault("actualReplicas", "");
    String from = a.getOrDefault("from", "");
    String to = a.getOrDefault("to", desired);
    String head = from.isEmpty() && to.isEmpty() ? "scale changed"
        : from.isEmpty() ? "scale to " + to : "scale " + from + "→" + (to.isEmpty() ? "?" : to);
    return failedScaling(a) ? head + " failed: desired " + desired + ", actual " + actual : head;
  }

  static boolean failedScaling(Map<String, String> a) {
    try {
      return Double.parseDouble(a.getOrDefault("actualReplicas", ""))
          < Double.parseDouble(a.getOrDefault("desiredReplicas", ""));
    } catch (NumberFormatException notBoth) {
      return false;
    }
  }

  private static String filesNote(List<String> files) {
    if (files.isEmpty()) {
      return "";
    }
    String shown = String.join(", ", files.subList(0, Math.min(3, files.size())));
    return " (" + shown + (files.size() > 3 ? ", +" + (files.size() - 3) + " more" : "") + ")";
  }

  /** {@code dev.cdevents.pipelinerun.finished.0.1.1} → {@code pipelinerun finished}. */
  private static String shortType(String type) {
    String[] parts = type.split("\\.");
    StringBuilder sb = new StringBuilder();
    for (int i = 2; i < parts.length; i++) {
      if (!parts[i].isEmpty() && Character.isDigit(parts[i].charAt(0))) {
        break;
      }
      sb.append(sb.length() > 0 ? " " : "").append(parts[i]);
    }
    return sb.length() > 0 ? sb.toString() : type;
  }
}
