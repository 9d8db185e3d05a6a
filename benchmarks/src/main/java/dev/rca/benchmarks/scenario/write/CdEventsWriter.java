package dev.rca.benchmarks.scenario.write;

import static dev.rca.benchmarks.scenario.write.WireJson.obj;

import dev.rca.benchmarks.scenario.simulation.ChangeRecord;
import dev.rca.benchmarks.scenario.simulation.IncidentPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code changes/*.json}: CDEvents, one file per emitting system (CD pipeline, config
 * repository, flag service, autoscaler). A file with a single event holds the bare object and
 * one with several holds an array, as the contract allows both.
 *
 * <pre>{@code
 * CdEventsWriter.write(plan, bundleDir);
 * }</pre>
 */
public final class CdEventsWriter {
  private static final String SPEC_VERSION = "0.4.1";

  private CdEventsWriter() {}

  public static void write(IncidentPlan plan, Path bundle) {
    Map<String, List<Object>> byFile = new LinkedHashMap<>();
    byFile.put("deployments.json", new ArrayList<>());
    for (ChangeRecord c : plan.changes()) {
      byFile.computeIfAbsent(fileOf(c.type()), k -> new ArrayList<>()).add(event(c));
    }
    byFile.forEach((file, events) -> WireJson.write(bundle.resolve("changes").resolve(file),
        events.size() == 1 ? events.get(0) : events, true));
  }

  private static String fileOf(ChangeRecord.Type type) {
    return switch (type) {
      case SERVICE_DEPLOYED -> "deployments.json";
      case CHANGE_MERGED -> "config-repo.json";
      case FEATURE_FLAG_CHANGED -> "feature-flags.json";
      case AUTOSCALER_SCALE_CHANGED -> "autoscaler.json";
    };
  }

  private static Object event(ChangeRecord c) {
    Map<String, Object> custom = new LinkedHashMap<>();
    Object subject;
    String source;
    switch (c.type()) {
      case SERVICE_DEPLOYED -> {
        source = "https://argocd.shop.example/applications/" + c.service();
        subject = obj("id", c.subject(), "source", source, "type", "service",
            "content", obj(
                "environment", obj("id", "production", "source", "https://argocd.shop.example"),
                "artifactId", "pkg:oci/" + c.service() + "@" + c.customData().get("digest")
                    + "?repository_url=registry.shop.example/" + c.service()));
      }
      case CHANGE_MERGED -> {
        source = "https://git.shop.example/" + c.customData().get("repository");
        custom.put("service", c.service());
        subject = obj("id", c.subject(), "source", source, "type", "change",
            "content", obj("repository", obj("id", c.customData().get("repository"),
                "source", "https://git.shop.example")));
      }
      case FEATURE_FLAG_CHANGED -> {
        source = "https://flags.shop.example";
        custom.put("service", c.service());
        subject = obj("id", c.subject(), "source", source, "type", "flag", "content", obj());
      }
      case AUTOSCALER_SCALE_CHANGED -> {
        source = "https://k8s.shop.example/apis/autoscaling/v2/namespaces/shop/horizontalpodautoscalers";
        custom.put("service", c.service());
        subject = obj("id", c.subject(), "source", source, "type", "scale", "content", obj());
      }
      default -> throw new IllegalStateException("unhandled change type " + c.type());
    }
    custom.putAll(c.customData());
    return obj(
        "context", obj(
            "specversion", SPEC_VERSION,
            "id", c.id(),
            "source", source,
            "type", c.type().eventType(),
            "timestamp", WireTime.rfc3339(c.at())),
        "subject", subject,
        "customData", custom,
        "customDataContentType", "application/json");
  }
}
