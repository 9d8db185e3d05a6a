package dev.rca.connectors.prometheus.openmetrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rca.analysis.metrics.MetricSeries;
import dev.rca.api.spi.Deadline;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the OpenMetrics reader. {@code mvn verify} replays the seeds in
 * {@code src/test/resources/dev/rca/connectors/prometheus/openmetrics/OpenMetricsParserFuzzTestInputs};
 * real fuzzing: {@code JAZZER_FUZZ=1 ./mvnw -o -pl rca-api,rca-connectors-prometheus test
 * -Dtest=OpenMetricsParserFuzzTest -Dsurefire.failIfNoSpecifiedTests=false}. Invariants: any
 * text reads without an exception (a {@link StringReader} cannot fail, the deadline is far), the
 * series, samples and warnings stay within the bounds, every warning names the file and a line of
 * it (or is one of the two whole-file notes), and reading in small chunks gives exactly what
 * reading at once gives.
 */
class OpenMetricsParserFuzzTest {
  private static final String FILE = "metrics/fuzz.om";
  private static final int MAX_SERIES = 4;
  private static final int MAX_SAMPLES = 6;
  private static final int MAX_WARNINGS = 8;
  private static final int MAX_LINE = 200;
  private static final Pattern AT_LINE =
      Pattern.compile("\\Q" + FILE + "\\E line (\\d+)(?: col (\\d+))?: .+", Pattern.DOTALL);
  private static final Pattern WHOLE_FILE = Pattern.compile("\\Q" + FILE
      + "\\E: (no '# EOF' at the end; the file may be truncated|\\d+ more problems not listed)");

  @FuzzTest(maxDuration = "60s")
  @Timeout(10)
  void readsAnyTextWithinItsBoundsNamingTheLineOfEveryProblem(byte[] input) throws Exception {
    // seeds stay plain OpenMetrics files; the chunk size still varies from input to input
    String text = new String(input, StandardCharsets.UTF_8);
    int chunk = 1 + text.length() % 13;
    OpenMetricsParser parser = OpenMetricsParser.builder().maxLineLength(MAX_LINE)
        .maxSeries(MAX_SERIES).maxSamplesPerSeries(MAX_SAMPLES).maxWarningsPerFile(MAX_WARNINGS)
        .build();

    ParsedMetrics whole = read(parser, new StringReader(text));

    assertThat(whole.series()).hasSizeLessThanOrEqualTo(MAX_SERIES);
    long kept = 0;
    for (MetricSeries s : whole.series()) {
      assertThat(s.size()).isBetween(1, MAX_SAMPLES);
      assertThat(whole.fileOf(s)).isEqualTo(FILE);
      kept += s.size();
    }
    assertThat(kept).isLessThanOrEqualTo(whole.samples());
    assertThat(whole.warnings()).hasSizeLessThanOrEqualTo(MAX_WARNINGS + 2);
    String[] lines = text.split("\n", -1);
    for (String warning : whole.warnings()) {
      Matcher m = AT_LINE.matcher(warning);
      if (m.matches()) {
        int line = Integer.parseInt(m.group(1));
        assertThat(line).as(warning).isBetween(1, lines.length);
        if (m.group(2) != null) {
          assertThat(Integer.parseInt(m.group(2))).as(warning)
              .isBetween(1, lines[line - 1].length() + 1);
        }
      } else {
        assertThat(warning).matches(WHOLE_FILE);
      }
    }

    ParsedMetrics chunked = read(parser, new TrickleReader(text, chunk));
    assertThat(chunked.warnings()).isEqualTo(whole.warnings());
    assertThat(chunked.series()).isEqualTo(whole.series());
    assertThat(chunked.samples()).isEqualTo(whole.samples());
  }

  private static ParsedMetrics read(OpenMetricsParser parser, Reader in) throws Exception {
    SeriesAccumulator acc = parser.accumulator();
    parser.read(in, FILE, acc, Deadline.after(Duration.ofMinutes(5)));
    return acc.result();
  }

  /** Hands out at most {@code chunk} characters per read, as a slow stream would. */
  private static final class TrickleReader extends Reader {
    private final String text;
    private final int chunk;
    private int at;

    TrickleReader(String text, int chunk) {
      this.text = text;
      this.chunk = chunk;
    }

    @Override
    public int read(char[] into, int off, int len) throws IOException {
      if (at == text.length()) {
        return -1;
      }
      int n = Math.min(Math.min(len, chunk), text.length() - at);
      text.getChars(at, at + n, into, off);
      at += n;
      return n;
    }

    @Override
    public void close() {}
  }
}
