package dev.rca.benchmarks.scale;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the small files of a scale bundle: {@code incident.json} (an Alertmanager payload with
 * the caller's latency alert and the victim's error-rate alert), {@code topology.json},
 * {@code changes/*.json} (the victim's deploy 4 minutes before the onset among unrelated
 * deploys, a feature flag and an autoscaler event) and {@code truth.json} for scoring tools.
 *
 * <pre>{@code
 * String guilty = new ScaleHeaderWriter(fleet).write(bundleDir);   // the deploy's change id
 * }</pre>
 */
public final class ScaleHeaderWriter {
  private final ScaleFleet fleet;

  public ScaleHeaderWriter(ScaleFleet fleet) {
    this.fleet = fleet;
  }

  /** Writes the files; returns the id of the guilty change. */
  public String write(Path bundle) throws IOException {
    incident(bundle.resolve("incident.json"));
    topology(bundle.resolve("topology.json"));
    var r = fleet.random("changes");
    String guilty = new UUID(r.nextLong(), r.nextLong()).toString();
    Instant onset = fleet.onset();
    try (BundleText out = BundleText.create(bundle.resolve("changes/deployments.json"))) {
      out.raw("[\n");
      deploy(out, new UUID(r.nextLong(), r.nextLong()).toString(), "catalog", "5.2.0", "5.1.4",
          onset.minusSeconds(1_900));
      out.raw(",\n");
      deploy(out, guilty, ScaleFleet.VICTIM, "2.9.0", "2.8.3", fleet.deployAt());
      out.raw(",\n");
      deploy(out, new UUID(r.nextLong(), r.nextLong()).toString(), "search", "1.44.0", "1.43.2",
          onset.minusSeconds(140));
      out.raw(",\n");
      deploy(out, new UUID(r.nextLong(), r.nextLong()).toString(), "email", "0.9.1", "0.9.0",
          onset.plusSeconds(300));
      out.raw("\n]\n");
    }
    try (BundleText out = BundleText.create(bundle.resolve("changes/feature-flags.json"))) {
      out.raw("{\"context\":{\"specversion\":\"0.4.1\",\"id\":\"").raw(new UUID(r.nextLong(), r.nextLong()).toString())
          .raw("\",\"source\":\"https://flags.shop.example\",\"type\":\"dev.cdeventsx.featureflag-flag.changed.0.1.0\","
              + "\"timestamp\":\"").raw(onset.minusSeconds(1_200).toString()).raw("\"},\"subject\":{\"id\":\"recs-v2\","
              + "\"source\":\"https://flags.shop.example\",\"content\":{}},\"customData\":{\"service\":\"recommendations\","
              + "\"flag\":\"recs-v2\",\"from\":\"false\",\"to\":\"true\",\"author\":\"lee.okafor@shop.example\"}}\n");
    }
    try (BundleText out = BundleText.create(bundle.resolve("changes/autoscaler.json"))) {
      out.raw("{\"context\":{\"specversion\":\"0.4.1\",\"id\":\"").raw(new UUID(r.nextLong(), r.nextLong()).toString())
          .raw("\",\"source\":\"https://k8s.shop.example/apis/autoscaling/v2\",\"type\":\"dev.cdeventsx.autoscaler-scale.changed.0.1.0\","
              + "\"timestamp\":\"").raw(onset.minusSeconds(2_400).toString()).raw("\"},\"subject\":{\"id\":\"hpa/frontend\","
              + "\"source\":\"https://k8s.shop.example/apis/autoscaling/v2\",\"content\":{}},\"customData\":{\"service\":\"frontend\","
              + "\"desiredReplicas\":4,\"actualReplicas\":4,\"outcome\":\"succeeded\"}}\n");
    }
    try (BundleText out = BundleText.create(bundle.resolve("truth.json"))) {
      out.raw("{\"expectedStatus\":\"CONFIDENT\",\"rootCause\":{\"service\":\"").raw(ScaleFleet.VICTIM)
          .raw("\",\"kind\":\"deploy\",\"changeId\":\"").raw(guilty).raw("\"},\"scenario\":\"scale\",\"seed\":")
          .number(fleet.seed()).raw(",\"faultStart\":\"").raw(fleet.faultStart().toString()).raw("\"}\n");
    }
    return guilty;
  }

  private static void deploy(BundleText out, String id, String service, String version, String previous,
      Instant at) throws IOException {
    String source = "https://argocd.shop.example/applications/" + service;
    out.raw("{\"context\":{\"specversion\":\"0.4.1\",\"id\":\"").raw(id).raw("\",\"source\":\"").raw(source)
        .raw("\",\"type\":\"dev.cdevents.service.deployed.0.2.0\",\"timestamp\":\"").raw(at.toString())
        .raw("\"},\"subject\":{\"id\":\"").raw(service).raw("\",\"source\":\"").raw(source)
        .raw("\",\"type\":\"service\",\"content\":{\"environment\":{\"id\":\"production\"},\"artifactId\":\"pkg:oci/")
        .raw(service).raw("@").raw(version).raw("\"}},\"customData\":{\"version\":\"").raw(version)
        .raw("\",\"previousVersion\":\"").raw(previous).raw("\",\"image\":\"registry.shop.example/").raw(service)
        .raw(":").raw(version).raw("\"}}");
  }

  private void incident(Path file) throws IOException {
    Instant onset = fleet.onset();
    try (BundleText out = BundleText.create(file)) {
      out.raw("{\"version\":\"4\",\"receiver\":\"oncall-webhook\",\"status\":\"firing\",\"groupLabels\":{},"
          + "\"commonLabels\":{\"namespace\":\"shop\"},\"alerts\":[");
      alert(out, "HighLatency", ScaleFleet.CALLER, "p99 latency of checkout above 2s for 2 minutes", onset);
      out.raw(',');
      alert(out, "HighErrorRate", ScaleFleet.VICTIM, "12% of requests to payments failed over the last 5 minutes",
          onset.plusSeconds(41));
      out.raw("]}\n");
    }
  }

  private static void alert(BundleText out, String name, String service, String description, Instant at)
      throws IOException {
    out.raw("{\"status\":\"firing\",\"labels\":{\"alertname\":\"").raw(name).raw("\",\"namespace\":\"shop\",\"service\":\"")
        .raw(service).raw("\",\"severity\":\"critical\"},\"annotations\":{\"summary\":\"").raw(name).raw(" on ")
        .raw(service).raw("\",\"description\":").quoted(description).raw("},\"startsAt\":\"").raw(at.toString())
        .raw("\",\"endsAt\":\"0001-01-01T00:00:00Z\",\"generatorURL\":\"http://prometheus.monitoring.svc:9090/graph\","
            + "\"fingerprint\":\"").raw(Long.toHexString(name.hashCode() * 31L + service.hashCode())).raw("\"}");
  }

  private void topology(Path file) throws IOException {
    try (BundleText out = BundleText.create(file)) {
      out.raw("{\"services\":{");
      boolean first = true;
      for (Map.Entry<String, List<String>> e : fleet.topology().entrySet()) {
        out.raw(first ? "\n  " : ",\n  ").quoted(e.getKey()).raw(":{\"dependsOn\":[");
        for (int i = 0; i < e.getValue().size(); i++) {
          out.raw(i == 0 ? "" : ",").quoted(e.getValue().get(i));
        }
        out.raw("]}");
        first = false;
      }
      out.raw("\n}}\n");
    }
  }
}
