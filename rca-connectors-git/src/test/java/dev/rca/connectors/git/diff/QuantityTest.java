package dev.rca.connectors.git.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {

  private static Double ratio(TouchCategory category, String key, String before, String after) {
    return Quantity.ratio(key, before, after, Quantity.dimensions(category, key));
  }

  @ParameterizedTest(name = "{1}: {2} -> {3} is x{4}")
  @CsvSource({
      "TIMEOUT,  timeout,           30s,    300ms,  0.01",
      "TIMEOUT,  timeout,           1m30s,  45s,    0.5",
      "TIMEOUT,  timeout,           PT30S,  PT1M,   2",
      "TIMEOUT,  timeoutSeconds,    30,     1,      0.0333",
      "TIMEOUT,  readTimeoutMs,     2000,   1s,     0.5",
      "TIMEOUT,  timeout,           30,     3,      0.1",
      "RESOURCE, limits.memory,     2Gi,    512Mi,  0.25",
      "RESOURCE, limits.memory,     1G,     500M,   0.5",
      "RESOURCE, -Xmx,              2g,     1024m,  0.5",
      "RESOURCE, requests.cpu,      500m,   2,      4",
      "RESOURCE, replicas,          6,      2,      0.3333",
      "POOL,     maxPoolSize,       50,     5,      0.1",
      "RATE_LIMIT, rate,            10r/s,  60r/m,  0.1",
      "CACHE,    ttl,               10m,    1m,     0.1"})
  void comparesValuesInTheirUnits(TouchCategory category, String key, String before,
      String after, double expected) {
    assertThat(ratio(category, key, before, after)).isCloseTo(expected, within(0.001));
  }

  @Test
  void givesNoRatioWhenValuesCannotBeCompared() {
    assertThat(ratio(TouchCategory.TIMEOUT, "timeout", "30", "300ms")).isNull();
    assertThat(ratio(TouchCategory.POOL, "maxPoolSize", "0", "5")).isNull();
    assertThat(ratio(TouchCategory.ENDPOINT, "host", "a.internal", "b.internal")).isNull();
    assertThat(ratio(TouchCategory.POOL, "maxPoolSize", null, "5")).isNull();
  }

  @Test
  void writesRatiosWithTwoSignificantDigits() {
    assertThat(ChangeTouch.ratioText(0.1)).isEqualTo("0.1");
    assertThat(ChangeTouch.ratioText(1.0 / 3)).isEqualTo("0.33");
    assertThat(ChangeTouch.ratioText(1000)).isEqualTo("1000");
    assertThat(ChangeTouch.ratioText(0)).isEqualTo("0");
  }
}
