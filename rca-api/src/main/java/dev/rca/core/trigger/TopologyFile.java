package dev.rca.core.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rca.api.model.ServiceGraph;
import java.nio.file.Path;

/**
 * Reads declared dependencies: {@code {"services": {"checkout": {"dependsOn": ["payments"]}}}}.
 *
 * <pre>{@code
 * ServiceGraph graph = TopologyFile.read(Path.of("topology.json"), "topology.json");
 * }</pre>
 */
public final class TopologyFile {
  private TopologyFile() {}

  /** @throws TriggerException naming the file and position when the file is not a topology */
  public static ServiceGraph read(Path file, String shownAs) throws TriggerException {
    JsonNode root = JsonFiles.read(file, shownAs);
    JsonNode services = root.get("services");
    if (services == null || !services.isObject()) {
      throw new TriggerException(shownAs + ": expected {\"services\": {name: {\"dependsOn\": [...]}}}");
    }
    ServiceGraph.Builder graph = ServiceGraph.builder();
    for (var entry : services.properties()) {
      graph.service(entry.getKey());
      JsonNode deps = entry.getValue().get("dependsOn");
      if (deps == null || deps.isNull()) {
        continue;
      }
      if (!deps.isArray()) {
        throw new TriggerException(shownAs + ": services." + entry.getKey()
            + ".dependsOn must be an array of service names");
      }
      for (JsonNode d : deps) {
        graph.call(entry.getKey(), d.asText());
      }
    }
    return graph.build();
  }
}
