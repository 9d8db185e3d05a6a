package dev.rca.analysis.metrics;

import static dev.rca.analysis.metrics.SeriesFixtures.counter;
import static dev.rca.analysis.metrics.SeriesFixtures.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.rca.api.evidence.MetricAnomaly.Indicator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignalDerivationTest {
  private final SignalDerivation derivation = new SignalDerivation(IndicatorRules.defaults());

  private DerivedSignal only(List<DerivedSignal> signals, Indicator indicator) {
    List<DerivedSignal> of = signals.stream().filter(s -> s.indicator() == indicator).toList();
    assertThat(of).hasSize(1);
    return of.get(0);
  }

  @Test
  void derivesErrorRatioFromStatusLabelledCounters() {
    // 10 req/s of 200 throughout; 5xx appear at sample 20 at 5 req/s, as client libraries create
    // the 5xx series only when the first error happens
    MetricSeries ok = counter("http_requests_total", MetricType.COUNTER,
        Map.of("service", "checkout", "code", "200"), 40, 15, i -> 150);
    MetricSeries failed = series("http_requests_total", MetricType.COUNTER,
        Map.of("service", "checkout", "code", "500"), 20, 15, i -> 75.0 * (i + 1));
    failed = shift(failed, 20 * 15_000L);

    List<DerivedSignal> signals = derivation.derive(List.of(ok, failed));

    DerivedSignal ratio = only(signals, Indicator.ERROR_RATIO);
    MetricSeries v = ratio.series();
    assertThat(ratio.service()).isEqualTo("checkout");
    assertThat(v.value(10)).isEqualTo(0.0);
    assertThat(v.value(30)).isCloseTo(5.0 / 15.0, offset(1e-9));
    assertThat(v.labels()).containsEntry("derived", "5xx/total").doesNotContainKey("service");
    assertThat(ratio.origin()).isSameAs(failed);
    assertThat(only(signals, Indicator.REQUEST_RATE).series().value(30)).isCloseTo(15.0, offset(1e-9));
  }

  @Test
  void derivesErrorRatioFromMicrometerOutcome() {
    MetricSeries ok = counter("http_server_requests_seconds_count", MetricType.HISTOGRAM,
        Map.of("service", "cart", "outcome", "SUCCESS", "uri", "/cart"), 40, 15, i -> 90);
    MetricSeries failed = counter("http_server_requests_seconds_count", MetricType.HISTOGRAM,
        Map.of("service", "cart", "outcome", "SERVER_ERROR", "uri", "/cart"), 40, 15,
        i -> i < 20 ? 0 : 10);

    DerivedSignal ratio = only(derivation.derive(List.of(ok, failed)), Indicator.ERROR_RATIO);

    assertThat(ratio.series().value(30)).isCloseTo(0.1, offset(1e-9));
  }

  @Test
  void handlesCounterResetAsRestartFromZero() {
    MetricSeries s = series("process_cpu_seconds_total", MetricType.COUNTER,
        Map.of("service", "a"), 5, 10, i -> new double[] {100, 105, 110, 3, 8}[i]);

    DerivedSignal cpu = only(derivation.derive(List.of(s)), Indicator.CPU);

    assertThat(cpu.series().values()).containsExactly(Double.NaN, 0.5, 0.5, 0.3, 0.5);
  }

  @Test
  void expressesCpuAsFractionOfLimit() {
    Map<String, String> pod = Map.of("service", "payments", "pod", "payments-1", "container", "app");
    MetricSeries usage = counter("container_cpu_usage_seconds_total", MetricType.COUNTER, pod, 20,
        15, i -> 7.5); // half a core
    MetricSeries quota = series("container_spec_cpu_quota", MetricType.GAUGE, pod, 20, 15, i -> 200_000);
    MetricSeries period = series("container_spec_cpu_period", MetricType.GAUGE, pod, 20, 15, i -> 100_000);
    MetricSeries otherPodQuota = series("container_spec_cpu_quota", MetricType.GAUGE,
        Map.of("service", "payments", "pod", "payments-2", "container", "app"), 20, 15, i -> 50_000);

    DerivedSignal cpu = only(derivation.derive(List.of(usage, otherPodQuota, quota, period)),
        Indicator.CPU);

    assertThat(cpu.series().value(10)).isCloseTo(0.25, offset(1e-9));
    assertThat(cpu.expression()).contains("container_spec_cpu_quota");
  }

  @Test
  void keepsCpuAsCoresWithoutLimit() {
    MetricSeries usage = counter("container_cpu_usage_seconds_total", MetricType.COUNTER,
        Map.of("service", "payments", "pod", "p-1"), 20, 15, i -> 7.5);

    assertThat(only(derivation.derive(List.of(usage)), Indicator.CPU).series().value(10))
        .isCloseTo(0.5, offset(1e-9));
  }

  @Test
  void expressesMemoryAsFractionOfLimit() {
    Map<String, String> pod = Map.of("service", "cart", "pod", "cart-1");
    MetricSeries used = series("container_memory_working_set_bytes", MetricType.GAUGE, pod, 10, 15,
        i -> 256e6);
    MetricSeries limit = series("container_spec_memory_limit_bytes", MetricType.GAUGE, pod, 10, 15,
        i -> 512e6);

    assertThat(only(derivation.derive(List.of(used, limit)), Indicator.MEMORY).series().value(5))
        .isCloseTo(0.5, offset(1e-9));
  }

  @Test
  void derivesMeanLatencyFromSumAndCount() {
    Map<String, String> l = Map.of("service", "api", "http_route", "/x");
    MetricSeries sum = counter("http_server_request_duration_seconds_sum", MetricType.HISTOGRAM, l,
        20, 15, i -> i < 10 ? 3 : 30);
    MetricSeries count = counter("http_server_request_duration_seconds_count", MetricType.HISTOGRAM,
        l, 20, 15, i -> 150);

    DerivedSignal mean = derivation.derive(List.of(sum, count)).stream()
        .filter(s -> "mean".equals(s.series().label("derived"))).findFirst().orElseThrow();

    assertThat(mean.series().value(5)).isCloseTo(0.02, offset(1e-9));
    assertThat(mean.series().value(15)).isCloseTo(0.2, offset(1e-9));
    assertThat(mean.series().name()).isEqualTo("http_server_request_duration_seconds");
  }

  @Test
  void derivesQuantileFromBuckets() {
    // per sample: 100 requests, 90 under 0.1 s, all under 0.5 s
    MetricSeries b1 = counter("http_request_duration_seconds_bucket", MetricType.HISTOGRAM,
        Map.of("service", "api", "le", "0.1"), 10, 15, i -> 90);
    MetricSeries b2 = counter("http_request_duration_seconds_bucket", MetricType.HISTOGRAM,
        Map.of("service", "api", "le", "0.5"), 10, 15, i -> 100);
    MetricSeries inf = counter("http_request_duration_seconds_bucket", MetricType.HISTOGRAM,
        Map.of("service", "api", "le", "+Inf"), 10, 15, i -> 100);

    DerivedSignal q = only(derivation.derive(List.of(b1, b2, inf)), Indicator.LATENCY);

    // rank 95 of 100 lies halfway through the 0.1..0.5 bucket
    assertThat(q.series().value(5)).isCloseTo(0.3, offset(1e-9));
  }

  @Test
  void sumsRestartsPerServiceAcrossPods() {
    MetricSeries a = series("kube_pod_container_status_restarts_total", MetricType.COUNTER,
        Map.of("service", "cart", "pod", "a"), 10, 15, i -> i < 5 ? 2 : 4);
    MetricSeries b = series("kube_pod_container_status_restarts_total", MetricType.COUNTER,
        Map.of("service", "cart", "pod", "b"), 10, 15, i -> i < 7 ? 0 : 1);

    DerivedSignal restarts = only(derivation.derive(List.of(a, b)), Indicator.RESTARTS);

    assertThat(restarts.series().values()).containsExactly(0, 0, 0, 0, 0, 2, 2, 3, 3, 3);
  }

  private static MetricSeries shift(MetricSeries s, long byMillis) {
    long[] t = s.timestamps();
    for (int i = 0; i < t.length; i++) {
      t[i] += byMillis;
    }
    return MetricSeries.of(s.name(), s.type(), s.labels(), t, s.values());
  }
}
