package dev.rca.connectors.loki.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rca.api.evidence.Evidence;
import dev.rca.api.evidence.LogPattern;
import dev.rca.api.evidence.LogPattern.Change;
import dev.rca.api.model.InvestigationRequest;
import dev.rca.api.model.Signal;
import dev.rca.api.spi.Deadline;
import dev.rca.api.spi.DeadlineExceededException;
import dev.rca.api.spi.InvestigationScope;
import dev.rca.api.spi.SignalSourceProvider;
import dev.rca.api.spi.SourceConfig;
import dev.rca.api.spi.SourceException;
import dev.rca.api.spi.SourceResult;
import dev.rca.api.spi.SourceUnavailableException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleLogSourceTest {
  static final Instant ONSET = Instant.parse("2024-04-15T12:00:00Z");

  /** A modest volume that keeps the test fast on a loaded machine; the path is the same as for 10^6 lines. */
  static final int LINES = 300_000;

  @TempDir Path bundle;

  static InvestigationScope scope(Duration timeout) {
    InvestigationRequest request = InvestigationRequest.builder().onset(ONSET).build();
    return new InvestigationScope(request, Deadline.after(timeout));
  }

  static String ns(double minutesFromOnset) {
    return Long.toString(ONSET.getEpochSecond() * 1_000_000_000L + (long) (minutesFromOnset * 60e9));
  }

  static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  /** A push body with one stream; values as (minutes from onset, line) pairs. */
  static String body(String labels, List<Object[]> values) {
    StringBuilder sb = new StringBuilder("{\"streams\":[{\"stream\":{" + labels + "},\n\"values\":[\n");
    for (int i = 0; i < values.size(); i++) {
      Object[] v = values.get(i);
      sb.append(i == 0 ? "" : ",\n").append("[").append(json(ns((Double) v[0]))).append(",")
          .append(json((String) v[1])).append("]");
    }
    return sb.append("]}]}").toString();
  }

  void write(String file, String content) throws IOException {
    Files.createDirectories(bundle.resolve("logs"));
    Files.writeString(bundle.resolve("logs").resolve(file), content);
  }

  static List<Object[]> steady(String line) {
    List<Object[]> out = new ArrayList<>();
    for (double m = -60; m < 15; m += 0.5) {
      out.add(new Object[] {m, line.replace("#", Integer.toString((int) (10 + Math.abs(m * 13) % 40)))});
    }
    return out;
  }

  static List<LogPattern> patterns(SourceResult r) {
    List<LogPattern> out = new ArrayList<>();
    for (Evidence e : r.items()) {
      out.add((LogPattern) e);
    }
    return out;
  }

  @Test
  void detectsNewSurgeAndSilentAcrossJsonLogfmtAndPlainLines() throws Exception {
    List<Object[]> checkout = steady("{\"level\":\"info\",\"msg\":\"order # placed in #ms\"}");
    for (int i = 0; i < 40; i++) {
      checkout.add(new Object[] {1.0 + i * 0.1,
          "{\"level\":\"error\",\"msg\":\"payment call failed after " + (3000 + i) + "ms\"}"});
    }
    List<Object[]> payments = steady("level=info msg=\"charged card #\" took=#ms");
    for (double m = -60; m < 15; m += 5) {
      payments.add(new Object[] {m, "level=warn msg=\"retrying charge\" attempt=2"});
    }
    for (int i = 0; i < 120; i++) {
      payments.add(new Object[] {-2.0 + i * 0.1, "level=warn msg=\"retrying charge\" attempt=" + (2 + i % 3)});
    }
    List<Object[]> worker = steady("2024-04-15 INFO tick # done");
    for (double m = -60; m < -0.5; m += 1) {
      worker.add(new Object[] {m, "2024-04-15 INFO heartbeat to coordinator ok"});
    }
    write("checkout.json", body("\"service\":\"checkout\"", checkout));
    write("payments.json", body("\"job\":\"payments\",\"level\":\"info\"", payments));
    write("worker.json", body("\"app\":\"worker\"", worker));

    SourceResult r = new BundleLogSource(bundle).gather(scope(Duration.ofSeconds(30)));

    List<LogPattern> ps = patterns(r);
    assertThat(r.warnings()).isEmpty();
    assertThat(r.itemsRead()).isEqualTo(checkout.size() + payments.size() + worker.size());
    LogPattern fresh = ps.stream().filter(p -> p.change() == Change.NEW).findFirst().orElseThrow();
    assertThat(fresh.service()).isEqualTo("checkout");
    assertThat(fresh.template()).isEqualTo("payment call failed after <*>");
    assertThat(fresh.isError()).isTrue();
    assertThat(fresh.at()).isEqualTo(Instant.parse("2024-04-15T12:01:00Z"));
    assertThat(fresh.link()).startsWith(bundle.toAbsolutePath().resolve("logs/checkout.json").toUri().toString())
        .contains("#service=checkout&template=payment%20call%20failed%20after%20%3C*%3E");
    LogPattern surge = ps.stream().filter(p -> p.change() == Change.SURGE).findFirst().orElseThrow();
    assertThat(surge.service()).isEqualTo("payments");
    assertThat(surge.template()).isEqualTo("retrying charge");
    assertThat(surge.level()).isEqualTo("warn");
    assertThat(surge.at()).isBetween(Instant.parse("2024-04-15T11:57:30Z"), Instant.parse("2024-04-15T11:58:00Z"));
    LogPattern silent = ps.stream().filter(p -> p.change() == Change.SILENT).findFirst().orElseThrow();
    assertThat(silent.service()).isEqualTo("worker");
    assertThat(silent.template()).isEqualTo("<*> INFO heartbeat to coordinator ok");
    assertThat(ps).noneMatch(p -> p.template().contains("order") || p.template().contains("tick"));
  }

  @Test
  void minesTemplatesOfLinesDifferingOnlyInVariables() throws Exception {
    List<Object[]> v = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      v.add(new Object[] {1.0 + i * 0.1, "ERROR upstream 10.0.3." + i + ":8080 refused request "
          + java.util.UUID.nameUUIDFromBytes(new byte[] {(byte) i}) + " after " + i + "ms"});
    }
    write("a.json", body("\"service\":\"a\"", steady("INFO ok #")) .replace("]}]}", "]}," + body("\"service\":\"a\"", v).substring(12)));
    SourceResult r = new BundleLogSource(bundle).gather(scope(Duration.ofSeconds(30)));
    assertThat(patterns(r)).extracting(LogPattern::template)
        .containsExactly("ERROR upstream <*> refused request <*> after <*>");
    assertThat(patterns(r).get(0).incidentCount()).isEqualTo(30);
  }

  @Test
  void reportsMalformedJsonWithFileAndPositionAndReadsOtherFiles() throws Exception {
    String good = body("\"service\":\"b\"", List.of(new Object[] {1.0, "hello"}, new Object[] {2.0, "hello"}));
    write("a-broken.json", "{\"streams\":[{\"stream\":{\"service\":\"a\"},\n\"values\":[[\"" + ns(1) + "\",\"x\"],\n  [\"" + ns(2) + "\" \"y\"]]}]}");
    write("b-good.json", good);
    write("c-values.json", "{\"streams\":[{\"stream\":{\"service\":\"c\"},\n  \"values\":{}}]}");
    SourceResult r = new BundleLogSource(bundle).gather(scope(Duration.ofSeconds(30)));
    assertThat(r.itemsRead()).isEqualTo(1 + 2);
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("logs/a-broken.json line 3 col "));
    assertThat(r.warnings()).contains("logs/c-values.json line 2 col 12: expected '[' after \"values\"");
  }

  @Test
  void failsWhenEveryFileIsBroken() throws IOException {
    write("a.json", "[1,2]");
    write("b.json", "{\"streams\": 7}");
    assertThatThrownBy(() -> new BundleLogSource(bundle).gather(scope(Duration.ofSeconds(30))))
        .isInstanceOf(SourceException.class).isNotInstanceOf(SourceUnavailableException.class)
        .hasMessageContaining("logs/a.json").hasMessageContaining("logs/b.json");
  }

  @Test
  void skipsUnparseableTimestampsWithPosition() throws Exception {
    write("t.json", "{\"streams\":[{\"stream\":{\"service\":\"t\"},\"values\":[\n[\"yesterday\",\"a\"],\n[\"" + ns(1) + "\",\"b\",{\"trace_id\":\"x\"}]]}]}");
    SourceResult r = new BundleLogSource(bundle).gather(scope(Duration.ofSeconds(30)));
    assertThat(r.itemsRead()).isEqualTo(1);
    assertThat(r.warnings()).containsExactly(
        "logs/t.json line 2 col 1: timestamp \"yesterday\" is not epoch nanoseconds; entry skipped");
  }

  @Test
  void readsAFiveMegabyteLineAndWarnsBeyondTheStringBound() throws Exception {
    String huge = "ERROR " + "x".repeat(5 * 1024 * 1024);
    write("big.json", body("\"service\":\"big\"", List.of(new Object[] {1.0, huge}, new Object[] {2.0, huge})));
    SourceResult r = new BundleLogSource(bundle).gather(scope(Duration.ofSeconds(30)));
    assertThat(r.itemsRead()).isEqualTo(2);
    assertThat(r.warnings()).isEmpty();
    assertThat(patterns(r)).allSatisfy(p -> assertThat(p.samples()).allSatisfy(s -> assertThat(s).hasSizeLessThanOrEqualTo(1000)));

    write("small.json", body("\"service\":\"small\"", List.<Object[]>of(new Object[] {1.0, "fine"})));
    SourceResult bounded = new BundleLogSource(bundle, PushBodyReader.withMaxStringLength(1 << 20))
        .gather(scope(Duration.ofSeconds(30)));
    assertThat(bounded.itemsRead()).isEqualTo(1);
    assertThat(bounded.warnings()).singleElement().asString()
        .startsWith("logs/big.json line 3 col ").contains("longer than the bound");
  }

  @Test
  void readsUnsortedTimestampsAcrossStreams() throws Exception {
    List<Object[]> late = new ArrayList<>();
    List<Object[]> early = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      late.add(new Object[] {5.0 - i * 0.3, "ERROR disk full on volume " + i});
      early.add(new Object[] {1.0 + i * 0.3, "ERROR disk full on volume " + (i + 10)});
    }
    String b1 = body("\"service\":\"s\"", late);
    String b2 = body("\"service\":\"s\"", early);
    write("s.json", b1.substring(0, b1.length() - 2) + "," + b2.substring(12, b2.length() - 2) + "]}");
    write("base.json", body("\"service\":\"s\"", steady("INFO fine #")));
    SourceResult r = new BundleLogSource(bundle).gather(scope(Duration.ofSeconds(30)));
    LogPattern p = patterns(r).stream().filter(x -> x.change() == Change.NEW).findFirst().orElseThrow();
    assertThat(p.at()).isEqualTo(Instant.parse("2024-04-15T12:01:00Z"));
    assertThat(p.incidentCount()).isEqualTo(20);
  }

  @Test
  void missingLogsDirectoryMeansTheSignalIsUnavailable() {
    assertThatThrownBy(() -> new BundleLogSource(bundle).gather(scope(Duration.ofSeconds(30))))
        .isInstanceOf(SourceUnavailableException.class)
        .hasMessageContaining("no logs/ directory in bundle");
  }

  @Test
  void expiredDeadlineStopsReading() throws IOException {
    write("x.json", body("\"service\":\"x\"", steady("INFO fine #")).repeat(1)); // 150 lines
    List<Object[]> many = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      many.add(new Object[] {-30 + i * 0.004, "INFO line " + i});
    }
    write("y.json", body("\"service\":\"y\"", many));
    assertThatThrownBy(() -> new BundleLogSource(bundle).gather(scope(Duration.ZERO)))
        .isInstanceOf(DeadlineExceededException.class);
    Thread.currentThread().interrupt();
    assertThatThrownBy(() -> new BundleLogSource(bundle).gather(scope(Duration.ofSeconds(30))))
        .isInstanceOf(InterruptedException.class);
    assertThat(Thread.interrupted()).isFalse();
  }

  @Test
  void providerIsFoundByNameAndValidatesTheEndpoint() throws IOException {
    SignalSourceProvider provider = ServiceLoader.load(SignalSourceProvider.class).stream()
        .map(ServiceLoader.Provider::get).filter(p -> p.name().equals("bundle") && p.signal() == Signal.LOGS)
        .findFirst().orElseThrow();
    assertThat(provider.create(new SourceConfig(Signal.LOGS, "bundle", bundle.toString(), null, Map.of())).name())
        .isEqualTo("bundle-logs");
    assertThatThrownBy(() -> provider.create(new SourceConfig(Signal.LOGS, "bundle",
        bundle.resolve("nope").toString(), null, Map.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("logs.endpoint");
  }

  @Test
  void streamsManyLinesWithoutHoldingThem() throws Exception {
    Files.createDirectories(bundle.resolve("logs"));
    try (BufferedWriter w = Files.newBufferedWriter(bundle.resolve("logs/volume.json"))) {
      w.write("{\"streams\":[{\"stream\":{\"service\":\"volume\"},\"values\":[");
      long start = ONSET.getEpochSecond() * 1_000_000_000L - 3_600_000_000_000L;
      for (int i = 0; i < LINES; i++) {
        w.write(i == 0 ? "[\"" : ",[\"");
        w.write(Long.toString(start + i * (4_500_000_000_000L / LINES)));
        w.write("\",\"GET /api/items/");
        w.write(Integer.toString(i));
        w.write(i % 3 == 0 ? " took 12ms\"]" : " returned 200\"]");
      }
      w.write("]}]}");
    }
    SourceResult r = new BundleLogSource(bundle).gather(scope(Duration.ofSeconds(30)));
    assertThat(r.itemsRead()).isEqualTo(LINES);
    assertThat(patterns(r)).isEmpty();
  }
}
