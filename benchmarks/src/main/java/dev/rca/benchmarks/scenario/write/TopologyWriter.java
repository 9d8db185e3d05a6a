package dev.rca.benchmarks.scenario.write;

import static dev.rca.benchmarks.scenario.write.WireJson.obj;

import dev.rca.benchmarks.scenario.system.ServiceProfile;
import dev.rca.benchmarks.scenario.system.SystemModel;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes {@code topology.json}: every service with the services it calls.
 *
 * <pre>{@code
 * TopologyWriter.write(SystemModel.shop(), bundleDir);
 * }</pre>
 */
public final class TopologyWriter {
  private TopologyWriter() {}

  public static void write(SystemModel system, Path bundle) {
    Map<String, Object> services = new LinkedHashMap<>();
    for (ServiceProfile p : system.services()) {
      services.put(p.name(), obj("dependsOn", system.callees(p.name())));
    }
    WireJson.write(bundle.resolve("topology.json"), obj("services", services), true);
  }
}
