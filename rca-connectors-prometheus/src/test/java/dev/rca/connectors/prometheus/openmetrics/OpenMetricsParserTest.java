package dev.rca.connectors.prometheus.openmetrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rca.analysis.metrics.MetricSeries;
import dev.rca.analysis.metrics.MetricType;
import dev.rca.api.spi.Deadline;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OpenMetricsParserTest {

  /** Reads {@code text} both as characters and as bytes, and proves the two agree. */
  private static ParsedMetrics parse(OpenMetricsParser parser, String text) throws Exception {
    SeriesAccumulator acc = parser.accumulator();
    parser.read(new StringReader(text), "metrics/app.om", acc, Deadline.after(Duration.ofSeconds(5)));
    ParsedMetrics chars = acc.result();
    SeriesAccumulator bytes = parser.accumulator();
    parser.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "metrics/app.om", bytes,
        Deadline.after(Duration.ofSeconds(5)));
    assertSame(chars, bytes.result());
    return chars;
  }

  private static void assertSame(ParsedMetrics chars, ParsedMetrics bytes) {
    assertThat(bytes.warnings()).isEqualTo(chars.warnings());
    assertThat(bytes.samples()).isEqualTo(chars.samples());
    assertThat(bytes.series()).hasSameSizeAs(chars.series());
    for (int i = 0; i < chars.series().size(); i++) {
      MetricSeries a = chars.series().get(i);
      MetricSeries b = bytes.series().get(i);
      assertThat(b.selector()).isEqualTo(a.selector());
      assertThat(b.type()).isEqualTo(a.type());
      assertThat(b.size()).isEqualTo(a.size());
      for (int k = 0; k < a.size(); k++) {
        assertThat(b.timestamp(k)).isEqualTo(a.timestamp(k));
        assertThat(Double.doubleToRawLongBits(b.value(k))).isEqualTo(Double.doubleToRawLongBits(a.value(k)));
      }
      assertThat(bytes.fileOf(b)).isEqualTo(chars.fileOf(a));
    }
  }

  private static ParsedMetrics parse(String text) throws Exception {
    return parse(OpenMetricsParser.ofDefaults(), text);
  }

  private static MetricSeries find(ParsedMetrics parsed, String selector) {
    return parsed.series().stream().filter(s -> s.selector().equals(selector)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + selector + " in " + parsed.series()));
  }

  @Test
  void readsOpenMetricsFamiliesWithTimestampsInSeconds() throws Exception {
    ParsedMetrics parsed = parse("""
        # TYPE http_requests counter
        # HELP http_requests Requests served.
        # UNIT http_requests requests
        http_requests_total{service="checkout",code="200"} 10 1713150000
        http_requests_total{service="checkout",code="200"} 25.5 1713150015.250
        http_requests_created{service="checkout",code="200"} 1713140000 1713150000
        # TYPE rpc_duration_seconds histogram
        rpc_duration_seconds_bucket{le="0.1",service="a"} 3 1713150000 # {trace_id="abc"} 0.05 1713149999.5
        rpc_duration_seconds_bucket{le="+Inf",service="a"} 5 1713150000
        rpc_duration_seconds_count{service="a"} 5 1713150000
        rpc_duration_seconds_sum{service="a"} 0.7 1713150000
        # TYPE temperature gauge
        temperature{service="a"} NaN 1713150000
        temperature{service="a"} +Inf 1713150015
        temperature{service="a"} -Inf 1713150030
        temperature{service="a"} 1.5e3 1713150045
        # EOF
        """);

    assertThat(parsed.warnings()).isEmpty();
    assertThat(parsed.samples()).isEqualTo(11);
    MetricSeries requests = find(parsed, "http_requests_total{code=\"200\",service=\"checkout\"}");
    assertThat(requests.type()).isEqualTo(MetricType.COUNTER);
    assertThat(requests.timestamps()).containsExactly(1713150000000L, 1713150015250L);
    assertThat(requests.values()).containsExactly(10, 25.5);
    assertThat(parsed.series()).noneMatch(s -> s.name().endsWith("_created"));
    assertThat(find(parsed, "rpc_duration_seconds_bucket{le=\"+Inf\",service=\"a\"}").type())
        .isEqualTo(MetricType.HISTOGRAM);
    assertThat(find(parsed, "rpc_duration_seconds_bucket{le=\"0.1\",service=\"a\"}").value(0)).isEqualTo(3);
    assertThat(find(parsed, "temperature{service=\"a\"}").values())
        .containsExactly(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1500);
    assertThat(parsed.fileOf(requests)).isEqualTo("metrics/app.om");
  }

  @Test
  void unescapesLabelValues() throws Exception {
    ParsedMetrics parsed = parse("""
        # TYPE msg gauge
        msg{service="a",text="say \\"hi\\"\\\\ \\n bye"} 1 1713150000
        # EOF
        """);

    assertThat(parsed.series()).singleElement()
        .satisfies(s -> assertThat(s.label("text")).isEqualTo("say \"hi\"\\ \n bye"));
  }

  @Test
  void acceptsClassicPrometheusText() throws Exception {
    ParsedMetrics parsed = parse("""
        # HELP http_requests_total The total number of HTTP requests.
        # TYPE http_requests_total counter
        http_requests_total{method="post",code="200",} 1027 1713150000

        # some free comment
        process_cpu_seconds_total   12.5   1713150000
        # EOF
        """);

    assertThat(parsed.warnings()).isEmpty();
    assertThat(find(parsed, "http_requests_total{code=\"200\",method=\"post\"}").type())
        .isEqualTo(MetricType.COUNTER);
    assertThat(find(parsed, "process_cpu_seconds_total{}").type()).isEqualTo(MetricType.UNKNOWN);
  }

  @Test
  void warnsAboutGarbageLineWithFileLineAndColumnAndKeepsTheRest() throws Exception {
    ParsedMetrics parsed = parse("""
        # TYPE up gauge
        up{service="a"} 1 1713150000
        up{service="a" job="x"} 1 1713150015
        this is not a sample
        up{service="a"} 0 1713150030
        up{service="a"} 1x 1713150045
        # EOF
        """);

    assertThat(parsed.warnings()).containsExactly(
        "metrics/app.om line 3 col 16: expected ',' or '}' after the value of label service",
        "metrics/app.om line 4 col 6: not a number: 'is'",
        "metrics/app.om line 6 col 17: not a number: '1x'");
    assertThat(find(parsed, "up{service=\"a\"}").values()).containsExactly(1, 0);
  }

  @Test
  void warnsAboutMissingEofAndKeepsSamples() throws Exception {
    ParsedMetrics parsed = parse("""
        # TYPE up gauge
        up{service="a"} 1 1713150000
        """);

    assertThat(parsed.warnings()).containsExactly(
        "metrics/app.om: no '# EOF' at the end; the file may be truncated");
    assertThat(parsed.series()).hasSize(1);
  }

  @Test
  void warnsAboutSampleWithoutTimestamp() throws Exception {
    ParsedMetrics parsed = parse("""
        up{service="a"} 1
        up{service="a"} 1 1713150000
        # EOF
        """);

    assertThat(parsed.warnings()).containsExactly(
        "metrics/app.om line 1: sample of up{service=\"a\"} without a timestamp skipped");
    assertThat(parsed.series().get(0).size()).isEqualTo(1);
  }

  @Test
  void readsMillisecondTimestampsWithOneWarning() throws Exception {
    ParsedMetrics parsed = parse("""
        up 1 1713150000000
        up 1 1713150015000
        # EOF
        """);

    assertThat(parsed.warnings()).hasSize(1).first().asString().contains("looks like milliseconds");
    assertThat(parsed.series().get(0).timestamps()).containsExactly(1713150000000L, 1713150015000L);
  }

  @Test
  void skipsOverlongLineAndContinues() throws Exception {
    OpenMetricsParser parser = OpenMetricsParser.builder().maxLineLength(100).build();
    ParsedMetrics parsed = parse(parser, "up{service=\"" + "x".repeat(500) + "\"} 1 1713150000\n"
        + "up{service=\"a\"} 1 1713150000\n# EOF\n");

    assertThat(parsed.warnings()).containsExactly(
        "metrics/app.om line 1: line longer than 100 characters skipped");
    assertThat(parsed.series()).hasSize(1);
  }

  @Test
  void boundsTheNumberOfSeries() throws Exception {
    OpenMetricsParser parser = OpenMetricsParser.builder().maxSeries(2).build();
    ParsedMetrics parsed = parse(parser, """
        up{i="1"} 1 1713150000
        up{i="2"} 1 1713150000
        up{i="3"} 1 1713150000
        up{i="4"} 1 1713150000
        up{i="1"} 1 1713150015
        # EOF
        """);

    assertThat(parsed.series()).hasSize(2);
    assertThat(parsed.series().get(0).size()).isEqualTo(2);
    assertThat(parsed.warnings()).containsExactly(
        "metrics/app.om line 3: more than 2 series; the rest are skipped");
  }

  @Test
  void mergesSameSeriesWrittenInAnotherLabelOrder() throws Exception {
    ParsedMetrics parsed = parse("""
        up{a="1",b="2"} 1 1713150000
        up{b="2", a="1"} 0 1713150015
        # EOF
        """);

    assertThat(parsed.series()).singleElement().satisfies(s -> assertThat(s.size()).isEqualTo(2));
  }

  @Test
  void warnsAboutContentAfterEof() throws Exception {
    ParsedMetrics parsed = parse("""
        up 1 1713150000
        # EOF
        up 2 1713150015
        """);

    assertThat(parsed.warnings()).containsExactly("metrics/app.om line 3: content after # EOF ignored");
    assertThat(parsed.series().get(0).size()).isEqualTo(1);
  }

  @Test
  void readsBytesAsTheDecodedTextIsRead() throws Exception {
    // every kind of line the byte path must decline or take, each written twice so that the
    // second sample of a series is matched by its bytes
    String lines = """
        # TYPE req counter
        req_total{svc="a",path="/x"} 1 1713150000
        req_total{svc="a",path="/x"} 2 1713150015\r
        req_total{svc="a",path="/x"} 3.5 1713150030 # {trace_id="t"} 1 1713150029
        req_total{svc="a",path="/x"} 1e3 1713150045
        req_total{svc="a",path="/x"} NaN 1713150060
        req_total{svc="a",path="/x"} -0 1713150075
        req_total{svc="a",path="/x"} 4 1713150090000
        req_total{svc="a",path="/x"} 5 1713150105 extra
        req_total{svc="a",path="/x"} 6
        req_total{svc="a",path="/x"} 7 1713150120\t
        req_total{svc="ü",path="/x"} 1 1713150000
        req_total{svc="ü",path="/x"} 2 1713150015
        req_created{svc="a"} 1713140000 1713150000
        req_created{svc="a"} 1713140000 1713150015
        req_total{path="/x",svc="a"} 9 1713150135
        req_total{path="/x",svc="a"} 10 1713150150
        req_total{svc="a",path="/x"} 1234567890123456 1713150165
        req_total{svc="a" 1 1713150180
        req_total{svc="a",path="/x"}1 1713150195
          req_total{svc="a",path="/x"} 11 1713150210
        # TYPE other gauge
        other 1 1713150000
        other 2 1713150015.5
        # EOF
        other 3 1713150030
        """;
    ParsedMetrics parsed = parse(lines.replace("\\r\n", "\r\n"));
    assertThat(find(parsed, "req_total{path=\"/x\",svc=\"a\"}").size()).isGreaterThan(5);
    assertThat(parsed.warnings()).isNotEmpty();
    ParsedMetrics bounded = parse(OpenMetricsParser.builder().maxLineLength(40).build(), lines);
    assertThat(bounded.warnings()).anyMatch(w -> w.contains("longer than 40"));
  }
}
