package dev.rca.examples.embed;

import dev.rca.api.evidence.ChangeEvent;
import dev.rca.api.model.Signal;
import dev.rca.api.spi.InvestigationScope;
import dev.rca.api.spi.SignalSource;
import dev.rca.api.spi.SourceException;
import dev.rca.api.spi.SourceResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * A third party's own change source: the team's deploy calendar, a CSV file with one release per
 * line ({@code 2024-04-15T03:38:00Z,payments,1.4.2}). It shows the whole contract of a source:
 * read only, stay within the window, check the deadline, and turn bad lines into warnings that
 * name the file and line rather than failing.
 *
 * <pre>{@code
 * SignalSource calendar = new DeployCalendarSource(Path.of("deploys.csv"));
 * }</pre>
 */
public final class DeployCalendarSource implements SignalSource {
  private final Path file;

  public DeployCalendarSource(Path file) {
    this.file = file;
  }

  @Override
  public String name() {
    return "deploy-calendar";
  }

  @Override
  public Signal signal() {
    return Signal.CHANGES;
  }

  @Override
  public SourceResult gather(InvestigationScope scope) throws SourceException,
      InterruptedException {
    SourceResult.Builder result = SourceResult.builder().query("read " + file.getFileName());
    int lineNo = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        scope.deadline().check();
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(",", -1);
        if (f.length != 3) {
          result.warning(file.getFileName() + " line " + lineNo + ": expected time,service,version");
          continue;
        }
        Instant at;
        try {
          at = Instant.parse(f[0].trim());
        } catch (DateTimeParseException e) {
          result.warning(file.getFileName() + " line " + lineNo + ": bad time '" + f[0] + "'");
          continue;
        }
        if (scope.window().contains(at)) {
          String service = f[1].trim();
          String version = f[2].trim();
          result.item(new ChangeEvent("cal-" + lineNo, "calendar-" + lineNo, service, at,
              ChangeEvent.Type.DEPLOY, service + " deployed " + version + " (deploy calendar)", "",
              List.of(), Map.of("version", version), file.toUri() + "#L" + lineNo));
        }
      }
    } catch (NoSuchFileException e) {
      throw new SourceException(file + ": no such file");
    } catch (IOException e) {
      throw new SourceException(file + " line " + lineNo + ": " + e.getMessage(), e);
    }
    return result.itemsRead(lineNo).build();
  }
}
