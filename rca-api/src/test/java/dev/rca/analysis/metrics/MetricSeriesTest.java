package dev.rca.analysis.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricSeriesTest {

  @Test
  void sortsOutOfOrderSamplesAndKeepsLastOfDuplicateTimestamps() {
    MetricSeries s = MetricSeries.of("up", MetricType.GAUGE, Map.of("service", "a"),
        new long[] {3000, 1000, 2000, 1000}, new double[] {3, 1, 2, 9});

    assertThat(s.timestamps()).containsExactly(1000, 2000, 3000);
    assertThat(s.values()).containsExactly(9, 2, 3);
  }

  @Test
  void keepsLabelsSortedAndUnmodifiable() {
    MetricSeries s = MetricSeries.of("x", MetricType.GAUGE, Map.of("z", "1", "a", "2"),
        new long[0], new double[0]);

    assertThat(s.labels().keySet()).containsExactly("a", "z");
    assertThatThrownBy(() -> s.labels().put("b", "3")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsArraysOfDifferentLength() {
    assertThatThrownBy(() -> MetricSeries.of("x", MetricType.GAUGE, Map.of(), new long[2],
        new double[1])).hasMessageContaining("differ in length");
  }

  @Test
  void escapesLabelValuesInSelector() {
    MetricSeries s = MetricSeries.of("x", MetricType.GAUGE, Map.of("path", "a\"b\\c\nd"),
        new long[0], new double[0]);

    assertThat(s.selector()).isEqualTo("x{path=\"a\\\"b\\\\c\\nd\"}");
  }

  @Test
  void copiesInputArrays() {
    long[] t = {1000, 2000};
    double[] v = {1, 2};
    MetricSeries s = MetricSeries.of("x", MetricType.GAUGE, Map.of(), t, v);
    v[0] = 99;

    assertThat(s.value(0)).isEqualTo(1);
  }
}
