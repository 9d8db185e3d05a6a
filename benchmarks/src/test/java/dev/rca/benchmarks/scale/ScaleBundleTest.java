package dev.rca.benchmarks.scale;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleBundleTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path bundle;
  static ScaleBundle.Written written;

  @BeforeAll
  static void writeSmallBundle() throws IOException {
    written = ScaleBundle.write(bundle, new ScaleShape(20_000, 400, 60, 3));
  }

  @Test
  void writesExactlyTheLinesAskedForAsLokiPushBodies() throws IOException {
    long lines = 0;
    Set<String> services = new HashSet<>();
    for (Path f : files("logs")) {
      for (JsonNode stream : JSON.readTree(f.toFile()).get("streams")) {
        services.add(stream.get("stream").get("service").asText());
        for (JsonNode v : stream.get("values")) {
          assertThat(v.get(0).asText()).matches("\\d{19}");
          lines++;
        }
      }
    }
    assertThat(lines).isEqualTo(20_000).isEqualTo(written.logLines());
    assertThat(services).hasSize(20);
    assertThat(files("logs")).hasSizeGreaterThan(20);
  }

  @Test
  void writesExactlyTheSeriesAskedForEachFileEndingWithEof() throws IOException {
    Set<String> series = new HashSet<>();
    for (Path f : files("metrics")) {
      List<String> text = Files.readAllLines(f);
      assertThat(text.get(text.size() - 1)).isEqualTo("# EOF");
      for (String line : text) {
        if (!line.startsWith("#")) {
          assertThat(line).matches("[a-z_]+\\{service=\"[a-z-]+\".*\\} [0-9.]+ \\d{10}");
          series.add(line.substring(0, line.lastIndexOf("} ") + 1));
        }
      }
    }
    assertThat(series).hasSize(400);
  }

  @Test
  void victimLogsErrorsFarMoreOftenAfterTheFaultStarts() throws IOException {
    ScaleFleet fleet = ScaleFleet.shop(3);
    long fault = fleet.faultStart().toEpochMilli() * 1_000_000;
    long before = 0;
    long after = 0;
    for (Path f : files("logs")) {
      if (!f.getFileName().toString().startsWith(ScaleFleet.VICTIM)) {
        continue;
      }
      for (JsonNode stream : JSON.readTree(f.toFile()).get("streams")) {
        for (JsonNode v : stream.get("values")) {
          if (v.get(1).asText().contains(" ERROR ")) {
            if (Long.parseLong(v.get(0).asText()) >= fault) {
              after++;
            } else {
              before++;
            }
          }
        }
      }
    }
    // the fault holds 16.5 of the 75 minutes: without it the share after would be about a fifth
    assertThat(after).isGreaterThan(3 * before);
  }

  @Test
  void writesTracesAlertsAndTheGuiltyDeploy() throws IOException {
    long spans = 0;
    for (Path f : files("traces")) {
      for (JsonNode rs : JSON.readTree(f.toFile()).get("resourceSpans")) {
        spans += rs.get("scopeSpans").get(0).get("spans").size();
      }
    }
    assertThat(spans).isEqualTo(written.spans()).isBetween(60L * 5, 60L * 20);
    JsonNode alerts = JSON.readTree(bundle.resolve("incident.json").toFile()).get("alerts");
    assertThat(Instant.parse(alerts.get(0).get("startsAt").asText())).isEqualTo(ScaleFleet.shop(3).onset());
    String deploys = Files.readString(bundle.resolve("changes/deployments.json"));
    assertThat(deploys).contains(written.guiltyChange());
    assertThat(JSON.readTree(deploys)).hasSize(4);
  }

  private static List<Path> files(String dir) throws IOException {
    try (Stream<Path> s = Files.list(bundle.resolve(dir))) {
      return s.sorted().toList();
    }
  }
}
