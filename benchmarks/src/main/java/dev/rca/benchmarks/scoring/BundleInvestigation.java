package dev.rca.benchmarks.scoring;

import dev.rca.api.model.InvestigationRequest;
import dev.rca.api.model.RootCauseReport;
import dev.rca.core.Investigator;
import dev.rca.core.config.ConfiguredInvestigator;
import dev.rca.core.config.InvestigationSettings;
import dev.rca.core.config.RcaConfig;
import dev.rca.core.report.ReportJson;
import dev.rca.core.trigger.IncidentBundle;
import dev.rca.core.trigger.TriggerException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Investigates one bundle in-process exactly as {@code rca investigate --bundle DIR --format json}
 * does: the default configuration, the {@code bundle} provider for every signal, the default
 * engine and redactor found through {@link java.util.ServiceLoader}, and the report serialised
 * by {@link ReportJson}. It never looks at {@code truth.json}.
 *
 * <pre>{@code
 * String json = new BundleInvestigation(null).reportJson(Path.of("rca-examples/bundles/deploy-regression"), w -> {});
 * }</pre>
 */
final class BundleInvestigation {
  private final @Nullable Double minConfidence;

  /** @param minConfidence the CONFIDENT threshold, or null for the library's default */
  BundleInvestigation(@Nullable Double minConfidence) {
    if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("--min-confidence must be in [0, 1], was "
          + minConfidence);
    }
    this.minConfidence = minConfidence;
  }

  /**
   * The report's JSON.
   *
   * @param warnings receives the bundle's reading warnings (a broken {@code topology.json})
   * @throws TriggerException when {@code incident.json} is missing or unusable
   */
  String reportJson(Path bundle, Consumer<String> warnings) throws TriggerException {
    RcaConfig given = RcaConfig.defaults();
    RcaConfig.Builder b = given.toBuilder();
    ConfiguredInvestigator.withBundle(b, bundle.toString(), given);
    if (minConfidence != null) {
      b.minConfidence(minConfidence);
    }
    RcaConfig settings = b.build();
    InvestigationSettings window = settings.investigation();
    IncidentBundle incident = IncidentBundle.open(bundle);
    List<String> found = incident.warnings();
    found.forEach(warnings);
    InvestigationRequest request = incident.request(window.lookBack(), window.lookAhead());
    RootCauseReport report;
    try (Investigator investigator = ConfiguredInvestigator.builder(settings).build()) {
      report = investigator.investigate(request);
    }
    return ReportJson.toJson(report);
  }
}
