package dev.rca.connectors.loki.bundle;

import dev.rca.core.bundle.BundleLayout;
import static java.util.Objects.requireNonNull;

import dev.rca.analysis.logs.LogLevel;
import dev.rca.analysis.logs.LogPatternAnalysis;
import dev.rca.analysis.logs.LogWarmUp;
import dev.rca.api.model.Signal;
import dev.rca.api.spi.InvestigationScope;
import dev.rca.api.spi.SignalSource;
import dev.rca.api.spi.SourceException;
import dev.rca.api.spi.SourceResult;
import dev.rca.api.spi.SourceUnavailableException;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The log source of an incident bundle: reads {@code <bundle>/logs/*.json} (Loki push-API
 * bodies) in sorted file order and reports the log templates whose behaviour changed around the
 * onset as {@link dev.rca.api.evidence.LogPattern}s. Each links to its file, e.g.
 * {@code file:///b/logs/checkout.json#service=checkout&template=pool%20exhausted%20after%20%3C*%3E}.
 *
 * <pre>{@code
 * SignalSource logs = new BundleLogSource(Path.of("incidents/2024-04-15-payments"));
 * SourceResult result = logs.gather(scope);
 * }</pre>
 */
public final class BundleLogSource implements SignalSource {
  private static final int CHECK_EVERY = 4096;

  private final Path bundle;
  private final PushBodyReader reader;

  public BundleLogSource(Path bundle) {
    this(bundle, PushBodyReader.ofDefaults());
  }

  /** A source reading with {@code reader}, e.g. one with another string bound. */
  public BundleLogSource(Path bundle, PushBodyReader reader) {
    this.bundle = requireNonNull(bundle, "bundle").toAbsolutePath().normalize();
    this.reader = requireNonNull(reader, "reader");
  }

  @Override
  public String name() {
    return "bundle-logs";
  }

  @Override
  public Signal signal() {
    return Signal.LOGS;
  }

  @Override
  public SourceResult gather(InvestigationScope scope) throws SourceException, InterruptedException {
    List<Path> files = BundleLayout.signalFiles(bundle, Signal.LOGS);
    Path dir = files.get(0).getParent();
    LogWarmUp.once();
    Map<String, Path> fileOfService = new HashMap<>();
    LogPatternAnalysis analysis = LogPatternAnalysis.builder(scope.window(), scope.onset())
        .link((service, template) -> link(fileOfService.getOrDefault(service, dir), service, template))
        .build();
    List<String> warnings = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    long[] read = {0};
    Map<String, LogLevel> levels = new HashMap<>();
    for (Path file : files) {
      String name = "logs/" + file.getFileName();
      // a stream hands the same service and level strings to each of its entries: the map
      // look-ups are needed only when they change
      @Nullable String[] last = {null, null};
      LogLevel[] lastLevel = {LogLevel.UNKNOWN};
      PushBodyReader.Outcome outcome = reader.read(file, name, (service, level, nanos, line) -> {
        if (++read[0] % CHECK_EVERY == 0) {
          scope.deadline().check();
        }
        if (service != last[0]) {
          fileOfService.putIfAbsent(service, file);
          last[0] = service;
        }
        if (level != last[1]) {
          lastLevel[0] = level.isEmpty() ? LogLevel.UNKNOWN : levels.computeIfAbsent(level, LogLevel::ofLabel);
          last[1] = level;
        }
        analysis.add(service, nanos, lastLevel[0], line);
      }, warnings);
      if (outcome.broken() && outcome.entries() == 0) {
        failed.add(name);
      }
    }
    if (failed.size() == files.size()) {
      throw new SourceException("no log file of bundle " + bundle + " could be read: "
          + String.join(", ", failed) + (warnings.isEmpty() ? "" : " (" + warnings.get(0) + ")"));
    }
    warnings.addAll(analysis.warnings());
    SourceResult.Builder result = SourceResult.builder()
        .items(analysis.patterns())
        .itemsRead(read[0])
        .query("read " + files.size() + " files under " + dir);
    warnings.forEach(result::warning);
    return result.build();
  }

  /** {@code file:} URI of the file, the service and template in the fragment, URL-encoded. */
  static String link(Path file, String service, String template) {
    return file.toUri() + "#service=" + encode(service) + "&template=" + encode(template);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public String toString() {
    return "bundle-logs{" + bundle + "}";
  }
}
