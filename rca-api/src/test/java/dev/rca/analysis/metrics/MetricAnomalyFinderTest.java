package dev.rca.analysis.metrics;

import static dev.rca.analysis.metrics.SeriesFixtures.at;
import static dev.rca.analysis.metrics.SeriesFixtures.counter;
import static dev.rca.analysis.metrics.SeriesFixtures.series;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rca.api.evidence.MetricAnomaly;
import dev.rca.api.evidence.MetricAnomaly.Indicator;
import dev.rca.api.model.TimeWindow;
import dev.rca.api.spi.Deadline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MetricAnomalyFinderTest {
  private static final TimeWindow WINDOW = new TimeWindow(SeriesFixtures.START, at(300, 15));

  private List<MetricAnomaly> find(MetricAnomalyFinder finder, List<MetricSeries> series)
      throws Exception {
    return finder.find(series, at(245, 15), WINDOW, s -> "link:" + s.origin().name(),
        Deadline.after(Duration.ofSeconds(10)));
  }

  @Test
  void reportsErrorRatioRiseOfServiceWithLink() throws Exception {
    Random r = new Random(11);
    List<MetricSeries> series = List.of(
        counter("http_requests_total", MetricType.COUNTER, Map.of("service", "payments", "code", "200"),
            300, 15, i -> 150 + r.nextInt(20)),
        counter("http_requests_total", MetricType.COUNTER, Map.of("service", "payments", "code", "503"),
            300, 15, i -> i < 230 ? (r.nextInt(50) == 0 ? 1 : 0) : 40 + r.nextInt(10)));

    List<MetricAnomaly> found = find(MetricAnomalyFinder.ofDefaults(), series);

    assertThat(found).filteredOn(a -> a.indicator() == Indicator.ERROR_RATIO).singleElement()
        .satisfies(a -> {
          assertThat(a.service()).isEqualTo("payments");
          assertThat(a.at()).isEqualTo(at(230, 15));
          assertThat(a.baseline()).isLessThan(0.01);
          assertThat(a.observed()).isGreaterThan(0.15);
          assertThat(a.link()).isEqualTo("link:http_requests_total");
          assertThat(a.labels()).doesNotContainKey("service");
        });
  }

  @Test
  void keepsAtMostConfiguredAnomaliesPerIndicatorStrongestFirst() throws Exception {
    List<MetricSeries> series = new ArrayList<>();
    for (int pool = 0; pool < 5; pool++) {
      int height = 10 * (pool + 1);
      Random r = new Random(pool);
      series.add(series("hikaricp_connections_pending", MetricType.GAUGE,
          Map.of("service", "payments", "pool", "p" + pool), 300, 15,
          i -> (i < 230 ? 0 : height) + r.nextDouble()));
    }

    List<MetricAnomaly> found = find(MetricAnomalyFinder.builder().maxPerIndicator(2).build(), series);

    assertThat(found).extracting(a -> a.labels().get("pool")).containsExactly("p4", "p3");
    assertThat(found).extracting(MetricAnomaly::id).containsExactly("metric-1", "metric-2");
  }

  @Test
  void ordersByServiceThenIndicatorDeterministically() throws Exception {
    List<MetricSeries> series = new ArrayList<>();
    for (String service : List.of("zeta", "alpha")) {
      series.add(series("hikaricp_connections_pending", MetricType.GAUGE, Map.of("service", service),
          300, 15, i -> i < 230 ? 0 : 30));
      series.add(series("container_memory_working_set_bytes", MetricType.GAUGE,
          Map.of("service", service), 300, 15, i -> i < 230 ? 1e8 : 4e8));
    }

    List<MetricAnomaly> once = find(MetricAnomalyFinder.ofDefaults(), series);
    List<MetricSeries> reversed = new ArrayList<>(series);
    java.util.Collections.reverse(reversed);
    List<MetricAnomaly> again = find(MetricAnomalyFinder.ofDefaults(), reversed);

    assertThat(once).extracting(a -> a.service() + "/" + a.indicator()).containsExactly(
        "alpha/MEMORY", "alpha/POOL_PENDING", "zeta/MEMORY", "zeta/POOL_PENDING");
    assertThat(again).isEqualTo(once);
  }

  @Test
  void ignoresQuietServices() throws Exception {
    Random r = new Random(3);
    List<MetricSeries> series = List.of(
        counter("http_requests_total", MetricType.COUNTER, Map.of("service", "cart", "code", "200"),
            300, 15, i -> 100 + r.nextInt(30)),
        series("jvm_memory_used_bytes", MetricType.GAUGE, Map.of("service", "cart", "area", "heap"),
            300, 15, i -> 2e8 + r.nextGaussian() * 1e7));

    assertThat(find(MetricAnomalyFinder.ofDefaults(), series)).isEmpty();
  }

  @Test
  void ignoresTinyErrorRatioShift() throws Exception {
    List<MetricSeries> series = List.of(
        counter("http_requests_total", MetricType.COUNTER, Map.of("service", "cart", "code", "200"),
            300, 15, i -> 10_000),
        counter("http_requests_total", MetricType.COUNTER, Map.of("service", "cart", "code", "500"),
            300, 15, i -> i < 230 ? 0 : 10));

    assertThat(find(MetricAnomalyFinder.ofDefaults(), series))
        .noneMatch(a -> a.indicator() == Indicator.ERROR_RATIO);
  }
}
