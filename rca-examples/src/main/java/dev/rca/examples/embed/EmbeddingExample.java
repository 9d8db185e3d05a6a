package dev.rca.examples.embed;

import dev.rca.api.model.RootCauseReport;
import dev.rca.api.model.Signal;
import dev.rca.api.spi.SignalSource;
import dev.rca.api.spi.SourceConfig;
import dev.rca.core.Investigator;
import dev.rca.core.Providers;
import dev.rca.core.engine.DeterministicEngine;
import dev.rca.core.trigger.IncidentBundle;
import dev.rca.core.trigger.TriggerException;
import dev.rca.redaction.RuleRedactor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A platform team's embedding: the bundle's logs and metrics, the team's own deploy calendar
 * (found through ServiceLoader like any connector), the default redactor and engine, and a chat
 * sink.
 *
 * <pre>{@code
 * java -cp rca-examples/target/rca.jar dev.rca.examples.embed.EmbeddingExample \
 *     rca-examples/bundles/deploy-regression rca-examples/bundles/deploys.csv
 * }</pre>
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  public static void main(String[] args) throws TriggerException {
    if (args.length != 2) {
      System.err.println("usage: EmbeddingExample BUNDLE_DIR DEPLOY_CALENDAR_CSV");
      System.exit(2);
    }
    RootCauseReport report = investigate(Path.of(args[0]), Path.of(args[1]));
    System.exit(report.causes().isEmpty() ? 1 : 0);
  }

  static RootCauseReport investigate(Path bundleDir, Path calendar) throws TriggerException {
    IncidentBundle bundle = IncidentBundle.open(bundleDir);
    List<SignalSource> sources = new ArrayList<>();
    for (Signal signal : List.of(Signal.LOGS, Signal.METRICS, Signal.TRACES)) {
      sources.add(Providers.source(signal, "bundle")
          .create(new SourceConfig(signal, "bundle", bundleDir.toString(), null, Map.of())));
    }
    // The team's own source, picked by name exactly as configuration would pick it.
    sources.add(Providers.source(Signal.CHANGES, "deploy-calendar")
        .create(new SourceConfig(Signal.CHANGES, "deploy-calendar", calendar.toString(), null,
            Map.of())));
    try (Investigator investigator = Investigator.builder()
        .sources(sources)
        .engine(new DeterministicEngine())
        .redactor(RuleRedactor.withBuiltInRules())
        .sink(new ChatOpsSink(System.out))
        .sourceTimeout(Duration.ofSeconds(20))
        .build()) {
      return investigator.investigate(bundle.request(Duration.ofMinutes(60), Duration.ofMinutes(15)));
    }
  }
}
