package dev.rca.examples.cli;

import dev.rca.api.model.InvestigationRequest;
import dev.rca.api.model.RootCauseReport;
import dev.rca.api.model.Signal;
import dev.rca.api.spi.SignalSource;
import dev.rca.api.spi.SourceConfig;
import dev.rca.core.Investigator;
import dev.rca.core.Providers;
import dev.rca.core.report.MarkdownReport;
import dev.rca.core.report.ReportJson;
import dev.rca.core.trigger.IncidentBundle;
import dev.rca.core.trigger.TriggerException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rca investigate}: one investigation, the report on stdout, progress on stderr. */
@Command(name = "investigate", mixinStandardHelpOptions = true,
    description = "Investigate an incident bundle (or, with --alert and --config, live backends)"
        + " and print the root-cause report.")
final class InvestigateCommand implements Callable<Integer> {
  enum Format { json, markdown }

  @Option(names = "--bundle", paramLabel = "DIR",
      description = "An incident bundle directory (incident.json, logs/, metrics/, traces/, changes/).")
  Path bundle;

  @Option(names = "--format", defaultValue = "markdown",
      description = "Report format on stdout: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--source-timeout", defaultValue = "30s", paramLabel = "DURATION",
      description = "How long each source may take, e.g. 10s (default: ${DEFAULT-VALUE}).")
  String sourceTimeout;

  @Option(names = "--min-confidence", paramLabel = "P",
      description = "Confidence at or above which the report is CONFIDENT (default 0.75).")
  Double minConfidence;

  @Override
  public Integer call() throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = System.err;
    if (bundle == null) {
      err.println("rca: --bundle DIR is required (live investigation with --alert arrives with"
          + " the connector issues)");
      return 2;
    }
    IncidentBundle incident;
    try {
      incident = IncidentBundle.open(bundle);
    } catch (TriggerException e) {
      err.println("rca: " + e.getMessage());
      return RcaCommand.UNUSABLE_INPUT;
    }
    incident.warnings().forEach(w -> err.println("[rca] warning: " + w));
    Duration timeout;
    try {
      timeout = Durations.parse(sourceTimeout);
    } catch (IllegalArgumentException e) {
      err.println("rca: --source-timeout: " + e.getMessage());
      return 2;
    }
    InvestigationRequest request = incident.request(Duration.ofMinutes(60), Duration.ofMinutes(15));
    Investigator.Builder builder = Investigator.builder()
        .sources(bundleSources(bundle))
        .engine(Providers.engine("deterministic").create(Map.of()))
        .redactor(Providers.redactor("default").create(Map.of()))
        .sourceTimeout(timeout)
        .overallTimeout(timeout.plusSeconds(5))
        .listener(new StderrProgress(err));
    if (minConfidence != null) {
      builder.minConfidence(minConfidence);
    }
    RootCauseReport report;
    try (Investigator investigator = builder.build()) {
      report = investigator.investigate(request);
    }
    if (format == Format.json) {
      ReportJson.write(report, out);
      out.println();
    } else {
      out.print(MarkdownReport.render(report));
    }
    out.flush();
    return 0;
  }

  /** One file-backed source per signal, each found through its provider named "bundle". */
  static List<SignalSource> bundleSources(Path dir) {
    List<SignalSource> sources = new ArrayList<>();
    for (Signal signal : Signal.values()) {
      SourceConfig config = new SourceConfig(signal, "bundle", dir.toString(), null, Map.of());
      sources.add(Providers.source(signal, "bundle").create(config));
    }
    return sources;
  }
}
