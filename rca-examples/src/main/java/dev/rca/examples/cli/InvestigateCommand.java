package dev.rca.examples.cli;

import dev.rca.api.model.Alert;
import dev.rca.api.model.InvestigationRequest;
import dev.rca.api.model.RootCauseReport;
import dev.rca.core.Investigator;
import dev.rca.core.config.ConfiguredInvestigator;
import dev.rca.core.config.DurationSyntax;
import dev.rca.core.config.InvestigationSettings;
import dev.rca.core.config.RcaConfig;
import dev.rca.core.config.RcaConfigLoader;
import dev.rca.core.report.MarkdownReport;
import dev.rca.core.report.ReportJson;
import dev.rca.core.trigger.AlertmanagerPayload;
import dev.rca.core.trigger.IncidentBundle;
import dev.rca.core.trigger.TriggerException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rca investigate}: one investigation, the report on stdout, progress on stderr. */
@Command(name = "investigate", mixinStandardHelpOptions = true,
    description = "Investigate an incident bundle, or an alert against the backends in --config,"
        + " and print the root-cause report.")
final class InvestigateCommand implements Callable<Integer> {
  enum Format { json, markdown }

  @Option(names = "--bundle", paramLabel = "DIR",
      description = "An incident bundle directory (incident.json, logs/, metrics/, traces/,"
          + " changes/). Signals the configuration does not name are read from it.")
  Path bundle;

  @Option(names = "--alert", paramLabel = "FILE",
      description = "An Alertmanager webhook payload to investigate against --config's sources.")
  Path alert;

  @Option(names = "--config", paramLabel = "FILE", description = "The rca.yaml configuration.")
  Path config;

  @Option(names = "--format", defaultValue = "markdown",
      description = "Report format on stdout: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--source-timeout", paramLabel = "DURATION",
      description = "How long each source may take, e.g. 10s (overrides the configuration).")
  String sourceTimeout;

  @Option(names = "--audit", paramLabel = "FILE",
      description = "Append an audit record of this investigation to FILE (hash-chained JSON Lines).")
  Path audit;

  @Option(names = "--min-confidence", paramLabel = "P",
      description = "Confidence at or above which the report is CONFIDENT (default 0.75).")
  Double minConfidence;

  @Override
  public Integer call() {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = System.err;
    if ((bundle == null) == (alert == null)) {
      err.println("rca: give either --bundle DIR, or --alert FILE with --config FILE");
      return 2;
    }
    if (alert != null && config == null) {
      err.println("rca: --alert needs --config FILE naming the sources to query");
      return 2;
    }
    RcaConfig settings;
    InvestigationRequest request;
    try {
      settings = configuration();
      InvestigationSettings window = settings.investigation();
      request = trigger(err, window.lookBack(), window.lookAhead());
    } catch (TriggerException | IllegalArgumentException | UncheckedIOException e) {
      err.println("rca: " + e.getMessage());
      return RcaCommand.UNUSABLE_INPUT;
    }
    RootCauseReport report;
    try (Investigator investigator = ConfiguredInvestigator.builder(settings)
        .listener(new StderrProgress(err)).build()) {
      report = investigator.investigate(request);
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      err.println("rca: " + e.getMessage());
      return RcaCommand.UNUSABLE_INPUT;
    }
    if (format == Format.json) {
      out.println(ReportJson.toJson(report));
    } else {
      out.print(MarkdownReport.render(report));
    }
    out.flush();
    return 0;
  }

  private RcaConfig configuration() {
    RcaConfig given;
    try {
      given = config == null ? RcaConfig.defaults()
          : RcaConfigLoader.usingSystemEnvironment().load(config);
    } catch (IOException e) {
      throw new UncheckedIOException(config + ": cannot read (" + e.getMessage() + ")", e);
    }
    RcaConfig.Builder b = given.toBuilder();
    if (bundle != null) {
      ConfiguredInvestigator.withBundle(b, bundle.toString(), given);
    }
    if (sourceTimeout != null) {
      Duration d;
      try {
        d = DurationSyntax.parse(sourceTimeout);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--source-timeout: " + e.getMessage(), e);
      }
      b.sourceTimeout(d);
      if (d.compareTo(given.investigation().timeout()) > 0) {
        b.investigationTimeout(d.plusSeconds(5));
      }
    }
    if (minConfidence != null) {
      b.minConfidence(minConfidence);
    }
    if (audit != null) {
      b.auditLog(audit);
    }
    return b.build();
  }

  private InvestigationRequest trigger(PrintStream err, Duration lookBack, Duration lookAhead)
      throws TriggerException {
    if (bundle != null) {
      IncidentBundle incident = IncidentBundle.open(bundle);
      incident.warnings().forEach(w -> err.println("[rca] warning: " + w));
      return incident.request(lookBack, lookAhead);
    }
    List<Alert> alerts = AlertmanagerPayload.read(alert, alert.toString());
    return InvestigationRequest.builder().alerts(alerts).lookBack(lookBack).lookAhead(lookAhead)
        .build();
  }
}
