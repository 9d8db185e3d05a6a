package dev.rca.connectors.prometheus.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rca.api.evidence.Evidence;
import dev.rca.api.evidence.MetricAnomaly;
import dev.rca.api.evidence.MetricAnomaly.Indicator;
import dev.rca.api.model.InvestigationRequest;
import dev.rca.api.model.Signal;
import dev.rca.api.spi.Deadline;
import dev.rca.api.spi.InvestigationScope;
import dev.rca.api.spi.SignalSource;
import dev.rca.api.spi.SignalSourceProvider;
import dev.rca.api.spi.SourceConfig;
import dev.rca.api.spi.SourceResult;
import dev.rca.api.spi.SourceUnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleMetricSourceTest {
  private static final Instant START = Instant.parse("2024-04-15T03:00:00Z");

  @TempDir Path bundle;

  private static InvestigationScope scope(Instant onset, Instant from, Instant to) {
    InvestigationRequest request = InvestigationRequest.builder().onset(onset).window(from, to).build();
    return new InvestigationScope(request, Deadline.after(Duration.ofSeconds(20)));
  }

  /** Appends the samples of one series, one line each, timestamps in seconds. */
  private static void series(StringBuilder om, String selector, int n, int step, IntToDoubleFunction v) {
    for (int i = 0; i < n; i++) {
      om.append(selector).append(' ').append(v.applyAsDouble(i)).append(' ')
          .append(START.getEpochSecond() + (long) i * step).append('\n');
    }
  }

  private static double[] cumulative(int n, IntToDoubleFunction increase) {
    double[] total = new double[n];
    for (int i = 1; i < n; i++) {
      total[i] = total[i - 1] + increase.applyAsDouble(i);
    }
    return total;
  }

  @Test
  void reportsErrorRatioFromStatusLabelledCountersWithFileLink() throws Exception {
    Random r = new Random(21);
    double[] ok = cumulative(300, i -> 150 + r.nextInt(20));
    double[] failed = cumulative(300, i -> i < 230 ? 0 : 60 + r.nextInt(10));
    StringBuilder om = new StringBuilder("# TYPE http_requests counter\n");
    series(om, "http_requests_total{service=\"payments\",code=\"200\"}", 300, 15, i -> ok[i]);
    series(om, "http_requests_total{service=\"payments\",code=\"500\"}", 300, 15, i -> failed[i]);
    om.append("# EOF\n");
    Files.createDirectories(bundle.resolve("metrics"));
    Files.writeString(bundle.resolve("metrics/payments.om"), om);

    SourceResult result = new BundleMetricSource(bundle).gather(
        scope(START.plusSeconds(245 * 15), START, START.plusSeconds(300 * 15)));

    assertThat(result.warnings()).isEmpty();
    assertThat(result.itemsRead()).isEqualTo(600);
    MetricAnomaly errors = result.items().stream().map(MetricAnomaly.class::cast)
        .filter(a -> a.indicator() == Indicator.ERROR_RATIO).findFirst().orElseThrow();
    assertThat(errors.service()).isEqualTo("payments");
    assertThat(errors.at()).isEqualTo(START.plusSeconds(230 * 15));
    assertThat(errors.observed()).isGreaterThan(0.2);
    assertThat(errors.link()).startsWith(bundle.resolve("metrics/payments.om").toUri().toString() + "#")
        .endsWith("#http_requests_total%7Bcode%3D%22500%22%2Cservice%3D%22payments%22%7D");
  }

  @Test
  void comparesCpuWithItsLimit() throws Exception {
    Random r = new Random(22);
    // 0.2 cores of a 2-core quota, then 1.9 cores
    double[] used = cumulative(240, i -> 15 * (i < 200 ? 0.2 + r.nextDouble() * 0.02 : 1.9));
    String pod = "service=\"search\",pod=\"search-1\",container=\"app\"";
    StringBuilder om = new StringBuilder("# TYPE container_cpu_usage_seconds counter\n");
    series(om, "container_cpu_usage_seconds_total{" + pod + "}", 240, 15, i -> used[i]);
    om.append("# TYPE container_spec_cpu_quota gauge\n");
    series(om, "container_spec_cpu_quota{" + pod + "}", 240, 15, i -> 200000);
    om.append("# TYPE container_spec_cpu_period gauge\n");
    series(om, "container_spec_cpu_period{" + pod + "}", 240, 15, i -> 100000);
    om.append("# EOF\n");
    Files.createDirectories(bundle.resolve("metrics"));
    Files.writeString(bundle.resolve("metrics/cadvisor.om"), om);

    List<Evidence> items = new BundleMetricSource(bundle).gather(
        scope(START.plusSeconds(205 * 15), START, START.plusSeconds(240 * 15))).items();

    assertThat(items).map(MetricAnomaly.class::cast).singleElement().satisfies(a -> {
      assertThat(a.indicator()).isEqualTo(Indicator.CPU);
      assertThat(a.baseline()).isBetween(0.09, 0.12);
      assertThat(a.observed()).isBetween(0.9, 1.0);
      assertThat(a.labels()).containsEntry("derived", "rate/container_spec_cpu_quota");
    });
  }

  @Test
  void detectsStepInTwelveMinutesOfMinuteSamples() throws Exception {
    Random r = new Random(23);
    StringBuilder om = new StringBuilder("# TYPE hikaricp_connections_pending gauge\n");
    series(om, "hikaricp_connections_pending{service=\"orders\",pool=\"main\"}", 13, 60,
        i -> i < 9 ? r.nextInt(2) : 30 + r.nextInt(5));
    om.append("# EOF\n");
    Files.createDirectories(bundle.resolve("metrics"));
    Files.writeString(bundle.resolve("metrics/orders.om"), om);

    List<Evidence> items = new BundleMetricSource(bundle).gather(
        scope(START.plusSeconds(10 * 60), START, START.plusSeconds(13 * 60))).items();

    assertThat(items).map(MetricAnomaly.class::cast).singleElement().satisfies(a -> {
      assertThat(a.indicator()).isEqualTo(Indicator.POOL_PENDING);
      assertThat(a.at()).isEqualTo(START.plusSeconds(9 * 60));
    });
  }

  @Test
  void keepsReadingPastGarbageAndReportsWhere() throws Exception {
    Files.createDirectories(bundle.resolve("metrics"));
    Files.writeString(bundle.resolve("metrics/a.om"), "up{service=\"a\"} 1 1713150000\n%%%\n");
    Files.writeString(bundle.resolve("metrics/b.om"), "up{service=\"b\"} 1 1713150000\n# EOF\n");
    Files.writeString(bundle.resolve("metrics/notes.txt"), "not metrics");

    SourceResult result = new BundleMetricSource(bundle).gather(
        scope(START, START.minusSeconds(600), START.plusSeconds(600)));

    assertThat(result.warnings()).containsExactly(
        "metrics/a.om line 2 col 1: expected a metric name",
        "metrics/a.om: no '# EOF' at the end; the file may be truncated");
    assertThat(result.itemsRead()).isEqualTo(2);
  }

  @Test
  void reportsAbsentMetricsDirectoryAsUnavailable() {
    assertThatThrownBy(() -> new BundleMetricSource(bundle).gather(
        scope(START, START.minusSeconds(600), START.plusSeconds(600))))
        .isInstanceOf(SourceUnavailableException.class)
        .hasMessage("no metrics/ directory in bundle " + bundle);
  }

  @Test
  void providerIsFoundByServiceLoaderAndValidatesEndpoint() {
    SignalSourceProvider provider = ServiceLoader.load(SignalSourceProvider.class).stream()
        .map(ServiceLoader.Provider::get)
        .filter(p -> p.name().equals("bundle") && p.signal() == Signal.METRICS)
        .findFirst().orElseThrow();

    SignalSource source = provider.create(
        new SourceConfig(Signal.METRICS, "bundle", bundle.toString(), null, Map.of()));
    assertThat(source.name()).isEqualTo("bundle-metrics");
    assertThat(source.signal()).isEqualTo(Signal.METRICS);
    assertThatThrownBy(() -> provider.create(new SourceConfig(Signal.METRICS, "bundle",
        bundle.resolve("missing").toString(), null, Map.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endpoint");
  }
}
