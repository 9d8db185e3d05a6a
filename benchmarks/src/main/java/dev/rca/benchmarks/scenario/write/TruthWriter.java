package dev.rca.benchmarks.scenario.write;

import static dev.rca.benchmarks.scenario.write.WireJson.obj;

import dev.rca.benchmarks.scenario.Fault;
import dev.rca.benchmarks.scenario.simulation.IncidentPlan;
import java.nio.file.Path;

/**
 * Writes {@code truth.json}, the only place that names the cause. Besides the contract's fields
 * it records the scenario and when the fault began, which scoring tools may ignore.
 *
 * <pre>{@code
 * TruthWriter.write(plan, bundleDir);
 * }</pre>
 */
public final class TruthWriter {
  private TruthWriter() {}

  public static void write(IncidentPlan plan, Path bundle) {
    Fault fault = plan.spec().fault();
    java.util.Map<String, Object> truth = obj(
        "expectedStatus", fault.visible() ? "CONFIDENT" : "INSUFFICIENT_EVIDENCE",
        "rootCause", obj(
            "service", fault.service(),
            "kind", fault.kind().wireName(),
            "changeId", plan.culpritChangeId()),
        "scenario", plan.spec().name(),
        "scenarioKind", fault.scenarioKind(),
        "seed", plan.spec().seed(),
        "faultStart", WireTime.rfc3339(plan.faultStart()),
        "visible", fault.visible());
    if (plan.spec().system().placed()) {
      // The shop's example bundles predate this field; their bytes stay as committed.
      truth.put("mechanism", fault.visible() ? fault.kind().wireName() : switch (fault.kind()) {
        case NETWORK -> "packet-loss-before-edge";
        case EXTERNAL_DEPENDENCY -> "traffic-lost-before-edge";
        case CPU -> "contended-hosts";
        default -> fault.kind().wireName();
      });
    }
    WireJson.write(bundle.resolve("truth.json"), truth, true);
  }
}
