package dev.rca.benchmarks.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentBundleGeneratorTest {
  private static final Pattern SAMPLE = Pattern.compile(
      "([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*\\})? (-?[0-9.eE+-]+|NaN|[+-]Inf) ([0-9]+)");

  @TempDir Path out;

  private final IncidentBundleGenerator generator = new IncidentBundleGenerator();

  /** Short coarse windows keep these tests fast; the format rules do not depend on length. */
  private static ScenarioSpec small(String kind, long seed) {
    return ScenarioCatalog.example(kind, seed).window(SampleWindow.coarse()).build();
  }

  private Path generate(ScenarioSpec spec) {
    return generator.generate(spec, out).directory();
  }

  @Test
  void everyJsonFileParsesAndEverySignalIsPresent() {
    Path dir = generate(small("config", 3));
    for (String sub : List.of("logs", "metrics", "traces", "changes")) {
      assertThat(dir.resolve(sub)).isDirectory();
    }
    List<Path> json = BundleFiles.files(dir, ".json");
    assertThat(json).hasSizeGreaterThan(5);
    json.forEach(BundleFiles::json);
    JsonNode incident = BundleFiles.json(dir.resolve("incident.json"));
    assertThat(incident.path("version").asText()).isEqualTo("4");
    for (JsonNode alert : incident.path("alerts")) {
      assertThat(alert.path("labels").path("alertname").asText()).isNotEmpty();
      assertThat(alert.path("labels").path("severity").asText()).isNotEmpty();
      assertThat(alert.path("annotations").path("summary").asText()).isNotEmpty();
      assertThat(alert.path("fingerprint").asText()).matches("[0-9a-f]{16}");
    }
  }

  @Test
  void metricsAreOpenMetricsWithTimestampsAndEof() {
    Path dir = generate(small("config", 3));
    List<Path> files = BundleFiles.files(dir.resolve("metrics"), ".om");
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      List<String> lines = BundleFiles.lines(file);
      assertThat(lines.get(lines.size() - 1)).as(file.toString()).isEqualTo("# EOF");
      Set<String> declared = new HashSet<>();
      String current = null;
      for (String line : lines.subList(0, lines.size() - 1)) {
        if (line.startsWith("# TYPE ")) {
          current = line.split(" ")[2];
          assertThat(declared.add(current)).as("family declared twice: " + line).isTrue();
        } else if (!line.startsWith("# HELP ") && !line.startsWith("# UNIT ")) {
          Matcher m = SAMPLE.matcher(line);
          assertThat(m.matches()).as(file + ": " + line).isTrue();
          assertThat(current).isNotNull();
          assertThat(m.group(1)).as("sample outside its family: " + line).startsWith(current);
          assertThat(m.group(2)).contains("service=\"");
        }
      }
      assertThat(declared).isNotEmpty();
    }
  }

  @Test
  void everyTimestampLiesInsideTheDeclaredWindow() {
    ScenarioSpec spec = small("deploy", 5);
    Path dir = generate(spec);
    Instant onset = BundleFiles.json(dir.resolve("incident.json")).path("alerts").findValues("startsAt")
        .stream().map(n -> Instant.parse(n.asText())).min(Instant::compareTo).orElseThrow();
    long step = spec.window().step().toSeconds();
    long from = Math.floorDiv(onset.minus(spec.window().before()).getEpochSecond(), step) * step;
    long to = onset.plus(spec.window().after()).getEpochSecond() + 1;
    List<Long> seconds = new ArrayList<>();
    for (Path f : BundleFiles.files(dir.resolve("logs"), ".json")) {
      for (JsonNode stream : BundleFiles.json(f).path("streams")) {
        stream.path("values").forEach(v -> seconds.add(Long.parseLong(v.get(0).asText()) / 1_000_000_000L));
      }
    }
    for (Path f : BundleFiles.files(dir.resolve("traces"), ".json")) {
      for (JsonNode span : BundleFiles.json(f).findValue("spans")) {
        seconds.add(Long.parseLong(span.path("startTimeUnixNano").asText()) / 1_000_000_000L);
        seconds.add(Long.parseLong(span.path("endTimeUnixNano").asText()) / 1_000_000_000L);
      }
    }
    for (Path f : BundleFiles.files(dir.resolve("metrics"), ".om")) {
      for (String line : BundleFiles.lines(f)) {
        if (!line.startsWith("#")) {
          seconds.add(Long.parseLong(line.substring(line.lastIndexOf(' ') + 1)));
        }
      }
    }
    for (Path f : BundleFiles.files(dir.resolve("changes"), ".json")) {
      BundleFiles.json(f).findValues("timestamp")
          .forEach(n -> seconds.add(Instant.parse(n.asText()).getEpochSecond()));
    }
    assertThat(seconds).hasSizeGreaterThan(300).allSatisfy(s -> assertThat(s).isBetween(from, to - 1));
  }

  @Test
  void alertsNameTheCallersNotTheCulprit() {
    for (String kind : List.of("config", "deploy")) {
      ScenarioSpec spec = ScenarioCatalog.forKind(kind, 11).volume(new Volume(1, 0.1, 2))
          .window(SampleWindow.coarse()).build();
      Path dir = generate(spec);
      Set<String> callers = spec.system().callerDepths(spec.fault().service()).keySet();
      List<String> alerted = BundleFiles.json(dir.resolve("incident.json")).path("alerts")
          .findValues("service").stream().map(JsonNode::asText).toList();
      assertThat(alerted).as(kind).isNotEmpty().allSatisfy(s -> assertThat(callers).contains(s));
    }
  }

  @Test
  void sameSeedWritesByteIdenticalBundles() throws IOException {
    ScenarioSpec spec = small("config", 42);
    Path first = generator.generate(spec, out.resolve("a")).directory();
    Path second = generator.generate(spec, out.resolve("b")).directory();
    Path other = generator.generate(small("config", 43), out.resolve("c"))
        .directory();
    List<Path> files = BundleFiles.files(first, "");
    assertThat(BundleFiles.files(second, "")).hasSameSizeAs(files);
    for (Path f : files) {
      Path rel = first.relativize(f);
      assertThat(Files.readAllBytes(second.resolve(rel))).as(rel.toString())
          .isEqualTo(Files.readAllBytes(f));
    }
    assertThat(Files.readAllBytes(other.resolve("logs/payments.json")))
        .isNotEqualTo(Files.readAllBytes(first.resolve("logs/payments.json")));
  }

  @Test
  void groundTruthAppearsOnlyInTruthJson() throws IOException {
    Path dir = generate(small("config", 9));
    assertThat(dir.resolve("truth.json")).isRegularFile();
    for (Path f : BundleFiles.files(dir, "")) {
      String text = Files.readString(f);
      assertThat(text).as(f.toString())
          .doesNotContain("expectedStatus", "CONFIDENT", "INSUFFICIENT_EVIDENCE", "culprit", "truth");
    }
  }

  @Test
  void invisibleCauseHasNoChangesAndAlertsOnlyTheEdge() {
    Path dir = generate(small("invisible", 2));
    int events = 0;
    for (Path f : BundleFiles.files(dir.resolve("changes"), ".json")) {
      JsonNode node = BundleFiles.json(f);
      events += node.isArray() ? node.size() : 1;
    }
    assertThat(events).isZero();
    assertThat(BundleFiles.json(dir.resolve("incident.json")).path("alerts").findValues("service"))
        .extracting(JsonNode::asText).containsOnly("frontend");
  }

  @Test
  void refusesToOverwriteADirectoryThatIsNotABundle() throws IOException {
    Path foreign = Files.createDirectories(out.resolve("config-pool-cascade"));
    Files.writeString(foreign.resolve("notes.txt"), "keep me");
    assertThatThrownBy(() -> generate(small("config", 1)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("refusing");
    assertThat(foreign.resolve("notes.txt")).hasContent("keep me");
  }
}
