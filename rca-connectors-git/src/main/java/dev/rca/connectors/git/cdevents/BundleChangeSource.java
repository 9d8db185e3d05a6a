package dev.rca.connectors.git.cdevents;

import dev.rca.core.bundle.BundleLayout;
import static java.util.Objects.requireNonNull;

import dev.rca.api.evidence.ChangeEvent;
import dev.rca.api.model.Signal;
import dev.rca.api.model.TimeWindow;
import dev.rca.api.spi.InvestigationScope;
import dev.rca.api.spi.SignalSource;
import dev.rca.api.spi.SourceException;
import dev.rca.api.spi.SourceResult;
import dev.rca.api.spi.SourceUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Change evidence from the {@code changes/*.json} CDEvents files of an incident bundle, read in
 * file-name order with {@link CdEventReader}. Only changes from the window's start up to and
 * including its end are kept; an id seen twice is kept once (the first) with a warning.
 *
 * <p>Bound: at most {@value #MAX_CHANGES} changes are kept; the rest are counted in a warning.
 *
 * <pre>{@code
 * SourceResult changes = new BundleChangeSource(Path.of("incidents/2024-04-15")).gather(scope);
 * }</pre>
 */
public final class BundleChangeSource implements SignalSource {
  static final int MAX_CHANGES = 100_000;
  private final Path bundle;

  public BundleChangeSource(Path bundle) {
    this.bundle = requireNonNull(bundle, "bundle");
  }

  @Override
  public String name() {
    return "bundle-changes";
  }

  @Override
  public Signal signal() {
    return Signal.CHANGES;
  }

  @Override
  public SourceResult gather(InvestigationScope scope) throws SourceException, InterruptedException {
    List<Path> files = BundleLayout.signalFiles(bundle, Signal.CHANGES);
    SourceResult.Builder result = SourceResult.builder();
    TimeWindow window = scope.window();
    CdEventReader reader = new CdEventReader();
    List<ChangeEvent> kept = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    long read = 0;
    long overBound = 0;
    for (Path file : files) {
      scope.deadline().check();
      String name = "changes/" + file.getFileName();
      result.query("read " + name);
      for (ChangeEvent change : reader.read(file, name, result::warning)) {
        read++;
        if (change.at().isBefore(window.from()) || change.at().isAfter(window.to())) {
          continue;
        }
        if (!ids.add(change.changeId())) {
          result.warning(name + ": duplicate change id " + change.changeId() + ", kept the first");
        } else if (kept.size() >= MAX_CHANGES) {
          overBound++;
        } else {
          kept.add(change);
        }
      }
    }
    if (overBound > 0) {
      result.warning("changes: kept the first " + MAX_CHANGES + " changes, dropped " + overBound);
    }
    kept.sort(Comparator.comparing(ChangeEvent::at).thenComparing(ChangeEvent::changeId));
    for (int i = 0; i < kept.size(); i++) {
      result.item(kept.get(i).withId("change-" + (i + 1)));
    }
    return result.itemsRead(read).build();
  }
}
