package dev.rca.examples.embed;

import dev.rca.api.model.Signal;
import dev.rca.api.spi.SignalSource;
import dev.rca.api.spi.SignalSourceProvider;
import dev.rca.api.spi.SourceConfig;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes {@link DeployCalendarSource} selectable from configuration. This class and one line in
 * {@code META-INF/services/dev.rca.api.spi.SignalSourceProvider} are all a third party writes:
 *
 * <pre>{@code
 * changes: { provider: deploy-calendar, endpoint: /etc/deploys.csv }
 * }</pre>
 */
public final class DeployCalendarSourceProvider implements SignalSourceProvider {
  @Override
  public String name() {
    return "deploy-calendar";
  }

  @Override
  public Signal signal() {
    return Signal.CHANGES;
  }

  @Override
  public SignalSource create(SourceConfig config) {
    Path file = Path.of(config.endpoint());
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("changes.endpoint: " + file
          + " is not a file; deploy-calendar reads a CSV of time,service,version");
    }
    return new DeployCalendarSource(file);
  }
}
