package dev.rca.core.trigger;

import static java.util.Objects.requireNonNull;

import dev.rca.api.model.Alert;
import dev.rca.api.model.InvestigationRequest;
import dev.rca.api.model.ServiceGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An incident bundle on disk (see {@code contracts/incident-bundle.md}): its trigger and declared
 * topology. The signal directories are read by the file-backed sources, never here, and
 * {@code truth.json} is never read at all.
 *
 * <pre>{@code
 * IncidentBundle bundle = IncidentBundle.open(Path.of("rca-examples/bundles/deploy-regression"));
 * InvestigationRequest request = bundle.request(Duration.ofMinutes(60), Duration.ofMinutes(15));
 * }</pre>
 */
public final class IncidentBundle {
  private final Path dir;
  private final List<Alert> alerts;
  private final ServiceGraph topology;
  private final List<String> warnings;

  private IncidentBundle(Path dir, List<Alert> alerts, ServiceGraph topology,
      List<String> warnings) {
    this.dir = dir;
    this.alerts = List.copyOf(alerts);
    this.topology = topology;
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Opens a bundle. A missing or unusable {@code incident.json} is the one error that stops an
   * investigation; a broken {@code topology.json} only becomes a warning.
   */
  public static IncidentBundle open(Path dir) throws TriggerException {
    requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      throw new TriggerException(dir + ": not a directory; an incident bundle is a directory"
          + " holding incident.json");
    }
    Path incident = dir.resolve("incident.json");
    if (!Files.isRegularFile(incident)) {
      throw new TriggerException(incident + ": missing; a bundle's trigger is an Alertmanager"
          + " webhook payload in incident.json");
    }
    List<Alert> alerts = AlertmanagerPayload.read(incident, incident.toString());
    List<String> warnings = new ArrayList<>();
    ServiceGraph topology = ServiceGraph.empty();
    Path topo = dir.resolve("topology.json");
    if (Files.isRegularFile(topo)) {
      try {
        topology = TopologyFile.read(topo, "topology.json");
      } catch (TriggerException e) {
        warnings.add(e.getMessage() + " (ignored: dependencies are inferred from traces)");
      }
    }
    return new IncidentBundle(dir, alerts, topology, warnings);
  }

  public Path dir() {
    return dir;
  }

  public List<Alert> alerts() {
    return alerts;
  }

  public ServiceGraph topology() {
    return topology;
  }

  /** Problems that lost optional data, e.g. an unreadable topology.json. */
  public List<String> warnings() {
    return warnings;
  }

  /** The request: onset at the earliest firing alert, window {@code lookBack}..{@code lookAhead}. */
  public InvestigationRequest request(Duration lookBack, Duration lookAhead) {
    return InvestigationRequest.builder().alerts(alerts).topology(topology)
        .lookBack(lookBack).lookAhead(lookAhead).build();
  }
}
