package dev.rca.benchmarks.scenario.write;

import static dev.rca.benchmarks.scenario.write.WireJson.obj;

import dev.rca.benchmarks.scenario.simulation.AlertRecord;
import dev.rca.benchmarks.scenario.simulation.IncidentPlan;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code incident.json}: the webhook body Alertmanager (payload version 4) posts for one
 * notification group holding every alert of the incident.
 *
 * <pre>{@code
 * AlertmanagerPayloadWriter.write(plan, bundleDir);
 * }</pre>
 */
public final class AlertmanagerPayloadWriter {
  static final String CLUSTER = "prod-eu-1";
  static final String NAMESPACE = "shop";
  /** What Alertmanager sends as {@code endsAt} while an alert is still firing. */
  private static final String STILL_FIRING = "0001-01-01T00:00:00Z";

  private AlertmanagerPayloadWriter() {}

  public static void write(IncidentPlan plan, Path bundle) {
    List<Object> alerts = new ArrayList<>();
    List<Map<String, String>> labelSets = new ArrayList<>();
    List<Map<String, String>> annotationSets = new ArrayList<>();
    for (AlertRecord a : plan.alerts()) {
      Map<String, String> labels = new TreeMap<>();
      labels.put("alertname", a.name());
      labels.put("cluster", CLUSTER);
      labels.put("namespace", NAMESPACE);
      labels.put("service", a.service());
      labels.put("severity", a.severity());
      if (!a.pod().isEmpty()) {
        labels.put("pod", a.pod());
      }
      Map<String, String> annotations = new TreeMap<>();
      annotations.put("description", a.description());
      annotations.put("runbook_url", "https://runbooks.shop.example/alerts/" + a.name());
      annotations.put("summary", a.summary());
      labelSets.add(labels);
      annotationSets.add(annotations);
      alerts.add(obj(
          "status", "firing",
          "labels", labels,
          "annotations", annotations,
          "startsAt", WireTime.rfc3339(a.startsAt()),
          "endsAt", STILL_FIRING,
          "generatorURL", "http://prometheus.monitoring.svc:9090/graph?g0.expr="
              + URLEncoder.encode(a.expr(), StandardCharsets.UTF_8) + "&g0.tab=1",
          "fingerprint", fingerprint(labels)));
    }
    Map<String, String> groupLabels = new TreeMap<>(Map.of("cluster", CLUSTER, "namespace", NAMESPACE));
    Object payload = obj(
        "receiver", "oncall-webhook",
        "status", "firing",
        "alerts", alerts,
        "groupLabels", groupLabels,
        "commonLabels", common(labelSets),
        "commonAnnotations", common(annotationSets),
        "externalURL", "http://alertmanager.monitoring.svc:9093",
        "version", "4",
        "groupKey", "{}/{severity=~\"critical|warning\"}:{cluster=\"" + CLUSTER
            + "\", namespace=\"" + NAMESPACE + "\"}",
        "truncatedAlerts", 0);
    WireJson.write(bundle.resolve("incident.json"), payload, true);
  }

  /** Alertmanager's fingerprint: FNV-1a 64 over the sorted label pairs, as 16 hex digits. */
  static String fingerprint(Map<String, String> sortedLabels) {
    long h = 0xcbf29ce484222325L;
    for (Map.Entry<String, String> e : sortedLabels.entrySet()) {
      for (String part : List.of(e.getKey(), "\u00ff", e.getValue(), "\u00ff")) {
        for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
          h ^= b & 0xff;
          h *= 0x100000001b3L;
        }
      }
    }
    return String.format("%016x", h);
  }

  private static Map<String, String> common(List<Map<String, String>> sets) {
    Map<String, String> out = new TreeMap<>(sets.get(0));
    for (Map<String, String> s : sets) {
      out.entrySet().removeIf(e -> !e.getValue().equals(s.get(e.getKey())));
    }
    return out;
  }
}
