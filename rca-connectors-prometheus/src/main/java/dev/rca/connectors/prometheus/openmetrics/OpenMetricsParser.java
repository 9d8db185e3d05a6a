package dev.rca.connectors.prometheus.openmetrics;

import static java.util.Objects.requireNonNull;

import dev.rca.analysis.metrics.MetricType;
import dev.rca.api.spi.Deadline;
import dev.rca.api.spi.DeadlineExceededException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads OpenMetrics text (and the classic Prometheus text format) line by line into series of
 * timestamped samples. Written for incident bundles, where every sample carries a timestamp in
 * seconds: {@code # TYPE}, {@code # HELP}, {@code # UNIT} and {@code # EOF}; metric families and
 * their suffixed samples ({@code _total}, {@code _count}, {@code _sum}, {@code _bucket},
 * {@code _gcount}, {@code _gsum}; {@code _created} samples are read and dropped); label values
 * with {@code \\}, {@code \"} and {@code \n} escapes; {@code NaN}, {@code +Inf}, {@code -Inf};
 * exemplars after {@code " # "} ignored.
 *
 * <p>Bad input never stops the reading: a malformed line becomes a warning
 * {@code metrics/app.om line 12 col 5: expected '=' after label code} and the next line is read;
 * a sample without a timestamp, a file without {@code # EOF} and exceeded bounds are warnings too.
 * Bounds (untrusted input): line length (default 64 KiB), distinct series (default 200,000),
 * samples per series (default 100,000) and warnings kept per file (default 50, then a count).
 *
 * <pre>{@code
 * OpenMetricsParser parser = OpenMetricsParser.builder().maxSeries(50_000).build();
 * SeriesAccumulator acc = parser.accumulator();
 * try (Reader in = Files.newBufferedReader(path)) {
 *   parser.read(in, "metrics/payments.om", acc, deadline);
 * }
 * ParsedMetrics parsed = acc.result();
 * }</pre>
 */
public final class OpenMetricsParser {
  private static final Map<MetricType, List<String>> SUFFIXES = Map.of(
      MetricType.COUNTER, List.of("_total", "_created"),
      MetricType.HISTOGRAM, List.of("_bucket", "_count", "_sum", "_created"),
      MetricType.GAUGE_HISTOGRAM, List.of("_bucket", "_gcount", "_gsum"),
      MetricType.SUMMARY, List.of("_count", "_sum", "_created"),
      MetricType.INFO, List.of("_info"));

  /** Above this a timestamp is taken for milliseconds, which bundles must not use. */
  private static final double MILLISECOND_TIMESTAMPS = 1e11;

  private final int maxLineLength;
  private final int maxSeries;
  private final int maxSamplesPerSeries;
  private final int maxWarningsPerFile;

  private OpenMetricsParser(Builder b) {
    this.maxLineLength = b.maxLineLength;
    this.maxSeries = b.maxSeries;
    this.maxSamplesPerSeries = b.maxSamplesPerSeries;
    this.maxWarningsPerFile = b.maxWarningsPerFile;
  }

  public static OpenMetricsParser ofDefaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A fresh accumulator with this parser's bounds, to read one or more files into. */
  public SeriesAccumulator accumulator() {
    return new SeriesAccumulator(maxSeries, maxSamplesPerSeries);
  }

  /**
   * Reads one file into {@code into}.
   *
   * @param file the name warnings and links use, e.g. {@code metrics/payments.om}
   * @throws IOException when reading fails (the samples read so far stay in {@code into})
   */
  public void read(Reader in, String file, SeriesAccumulator into, Deadline deadline)
      throws IOException, InterruptedException, DeadlineExceededException {
    requireNonNull(in, "in");
    requireNonNull(file, "file");
    requireNonNull(into, "into");
    requireNonNull(deadline, "deadline");
    FileState state = new FileState(file, into, maxWarningsPerFile);
    BoundedLines lines = new BoundedLines(in, maxLineLength);
    String line;
    while ((line = lines.next()) != null) {
      if (lines.lineNumber() % 4096 == 0) {
        deadline.check();
      }
      state.line = lines.lineNumber();
      if (!take(line, state)) {
        break;
      }
    }
    end(state);
  }

  /**
   * Reads one UTF-8 file into {@code into}, with the same outcome as {@link #read(Reader, String,
   * SeriesAccumulator, Deadline)} on the decoded text (invalid bytes read as U+FFFD), but faster:
   * the sample lines of series already seen are taken straight from their bytes.
   *
   * @param file the name warnings and links use, e.g. {@code metrics/payments.om}
   * @throws IOException when reading fails (the samples read so far stay in {@code into})
   */
  public void read(InputStream in, String file, SeriesAccumulator into, Deadline deadline)
      throws IOException, InterruptedException, DeadlineExceededException {
    requireNonNull(in, "in");
    requireNonNull(file, "file");
    requireNonNull(into, "into");
    requireNonNull(deadline, "deadline");
    FileState state = new FileState(file, into, maxWarningsPerFile);
    ByteLines lines = new ByteLines(in, maxLineLength);
    while (lines.next()) {
      if (lines.lineNumber() % 4096 == 0) {
        deadline.check();
      }
      state.line = lines.lineNumber();
      boolean plain = !state.ended && lines.ascii() && !lines.tooLong();
      if (plain && AsciiSampleLine.read(lines.bytes(), lines.start(), lines.end(), state)) {
        continue;
      }
      if (!take(lines.text(), state)) {
        break;
      }
      if (plain) {
        AsciiSampleLine.remember(lines.bytes(), lines.start(), lines.end(), into);
      }
    }
    end(state);
  }

  /** Reads one line; false when the rest of the file is to be ignored. */
  private boolean take(String line, FileState state) {
    if (state.ended) {
      if (!line.isBlank()) {
        state.warn(0, "content after # EOF ignored");
        return false;
      }
      return true;
    }
    if (line == BoundedLines.TOO_LONG) {
      state.warn(0, "line longer than " + maxLineLength + " characters skipped");
    } else if (line.startsWith("#")) {
      comment(line, state);
    } else if (!line.isBlank()) {
      sample(line, state);
    }
    return true;
  }

  private static void end(FileState state) {
    if (!state.ended) {
      state.line = 0;
      state.into.warning(state.file + ": no '# EOF' at the end; the file may be truncated");
    }
    state.finish();
  }

  private static void comment(String line, FileState state) {
    state.lastSeries = null; // a # TYPE line may change the type of the names that follow
    String[] parts = line.split("[ \t]+", 4);
    if (line.equals("# EOF")) {
      state.ended = true;
    } else if (parts.length >= 2 && parts[1].equals("TYPE")) {
      if (parts.length < 4) {
        state.warn(0, "expected '# TYPE <name> <type>'");
        return;
      }
      MetricType type = MetricType.parse(parts[3].trim());
      state.familyName = parts[2];
      state.familyType = type;
      state.types.put(parts[2], type);
    } else if (parts.length >= 2 && (parts[1].equals("HELP") || parts[1].equals("UNIT"))) {
      if (parts.length < 3) {
        state.warn(0, "expected '# " + parts[1] + " <name> ...'");
      }
    }
    // any other comment is allowed by the classic text format and says nothing about samples
  }

  private void sample(String line, FileState state) {
    try {
      int seriesEnd = SampleLine.seriesEnd(line);
      String series;
      String name;
      MetricType type;
      String last = state.lastSeries;
      if (last != null && seriesEnd == last.length() && line.startsWith(last)) {
        // exporters and bundles write a series' samples one after another: reusing the same
        // String keeps its cached hash, so the accumulator's lookup does not rehash the labels
        series = last;
        name = state.lastName;
        type = state.lastType;
      } else {
        series = line.substring(0, seriesEnd);
        name = SampleLine.name(series);
        type = null;
      }
      int i = seriesEnd;
      if (i >= line.length() || (line.charAt(i) != ' ' && line.charAt(i) != '\t')) {
        throw new SampleLine.SyntaxError(i + 1, "expected a space and a value after " + SampleLine.clip(series));
      }
      int[] starts = state.starts;
      int[] ends = state.ends;
      int tokenCount = tokens(line, i, starts, ends);
      if (tokenCount == 0) {
        throw new SampleLine.SyntaxError(i + 1, "expected a value after " + SampleLine.clip(series));
      }
      double value = SampleLine.value(line, starts[0], ends[0], starts[0] + 1);
      if (tokenCount > 2) {
        throw new SampleLine.SyntaxError(starts[2] + 1, "unexpected '"
            + SampleLine.clip(line.substring(starts[2], ends[2])) + "' after the timestamp");
      }
      if (type == null) {
        type = typeOf(name, state);
        state.lastSeries = series;
        state.lastName = name;
        state.lastType = type;
      }
      if (name.endsWith("_created") && type != MetricType.UNKNOWN && type != MetricType.GAUGE) {
        state.into.countSample();
        return; // a creation time, not a measurement
      }
      if (tokenCount < 2) {
        state.warn(0, "sample of " + SampleLine.clip(series) + " without a timestamp skipped");
        return;
      }
      int tsColumn = starts[1] + 1;
      double seconds = SampleLine.value(line, starts[1], ends[1], tsColumn);
      if (!Double.isFinite(seconds)) {
        throw new SampleLine.SyntaxError(tsColumn, "timestamp is not a finite number");
      }
      if (Math.abs(seconds) > MILLISECOND_TIMESTAMPS) {
        state.warnOnce("ms", tsColumn, "timestamp " + line.substring(starts[1], ends[1])
            + " looks like milliseconds; bundles use seconds, read as milliseconds");
        seconds /= 1000;
      }
      state.into.add(state, series, name, type, Math.round(seconds * 1000), value);
    } catch (SampleLine.SyntaxError e) {
      state.warn(e.column, e.getMessage());
    } catch (StringIndexOutOfBoundsException e) {
      state.warn(0, "malformed sample line");
    }
  }

  /**
   * Finds up to three space-separated tokens from {@code from}, stopping at an exemplar
   * ({@code " # "}); returns how many there were (3 meaning "too many").
   */
  private static int tokens(String line, int from, int[] starts, int[] ends) {
    int n = 0;
    int i = from;
    int len = line.length();
    while (n < 3) {
      while (i < len && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
        i++;
      }
      if (i >= len || (line.charAt(i) == '#' && i > from)) {
        break;
      }
      starts[n] = i;
      while (i < len && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
        i++;
      }
      ends[n++] = i;
    }
    return n;
  }

  /** The family type a sample name belongs to: its own, or its family's by suffix. */
  private static MetricType typeOf(String name, FileState state) {
    MetricType own = state.types.get(name);
    if (own != null && !SUFFIXES.containsKey(own)) {
      return own;
    }
    if (state.familyName != null) {
      MetricType t = typeBySuffix(name, state.familyName, state.familyType);
      if (t != null) {
        return t;
      }
    }
    if (own != null) {
      return own;
    }
    for (String suffix : List.of("_total", "_created", "_bucket", "_count", "_sum", "_gcount", "_gsum", "_info")) {
      if (name.endsWith(suffix)) {
        String family = name.substring(0, name.length() - suffix.length());
        MetricType t = state.types.get(family);
        if (t != null && typeBySuffix(name, family, t) != null) {
          return t;
        }
      }
    }
    return MetricType.UNKNOWN;
  }

  private static MetricType typeBySuffix(String name, String family, MetricType type) {
    if (name.equals(family)) {
      return type;
    }
    if (name.startsWith(family)) {
      String suffix = name.substring(family.length());
      if (SUFFIXES.getOrDefault(type, List.of()).contains(suffix)) {
        return type;
      }
    }
    return null;
  }

  /** What reading one file has seen so far. */
  static final class FileState {
    final String file;
    final SeriesAccumulator into;
    final Map<String, MetricType> types = new HashMap<>();
    final Map<String, Boolean> once = new HashMap<>();
    String familyName;
    MetricType familyType = MetricType.UNKNOWN;
    boolean ended;
    final int maxWarnings;
    int line;
    int warnings;
    final int[] starts = new int[3];
    final int[] ends = new int[3];
    /** The series part of the last sample line, with its name and type, to reuse for the next. */
    @Nullable String lastSeries;
    String lastName = "";
    MetricType lastType = MetricType.UNKNOWN;

    FileState(String file, SeriesAccumulator into, int maxWarnings) {
      this.file = file;
      this.into = into;
      this.maxWarnings = maxWarnings;
    }

    void warn(int column, String what) {
      warnings++;
      if (warnings <= maxWarnings) {
        into.warning(file + " line " + line + (column > 0 ? " col " + column : "") + ": " + what);
      }
    }

    void warnOnce(String kind, int column, String what) {
      if (once.putIfAbsent(kind, Boolean.TRUE) == null) {
        warn(column, what);
      }
    }

    void finish() {
      if (warnings > maxWarnings) {
        into.warning(file + ": " + (warnings - maxWarnings) + " more problems not listed");
      }
    }
  }

  /** Configures a parser's bounds; every setter validates its argument. */
  public static final class Builder {
    private int maxLineLength = 64 * 1024;
    private int maxSeries = 200_000;
    private int maxSamplesPerSeries = 100_000;
    private int maxWarningsPerFile = 50;

    private Builder() {}

    public Builder maxLineLength(int chars) {
      maxLineLength = positive(chars, "maxLineLength");
      return this;
    }

    public Builder maxSeries(int series) {
      maxSeries = positive(series, "maxSeries");
      return this;
    }

    public Builder maxSamplesPerSeries(int samples) {
      maxSamplesPerSeries = positive(samples, "maxSamplesPerSeries");
      return this;
    }

    public Builder maxWarningsPerFile(int warnings) {
      maxWarningsPerFile = positive(warnings, "maxWarningsPerFile");
      return this;
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1: " + value);
      }
      return value;
    }

    public OpenMetricsParser build() {
      return new OpenMetricsParser(this);
    }
  }
}
