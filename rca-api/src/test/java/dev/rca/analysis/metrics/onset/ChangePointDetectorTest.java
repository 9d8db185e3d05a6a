package dev.rca.analysis.metrics.onset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rca.api.model.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class ChangePointDetectorTest {
  private static final Instant START = Instant.parse("2024-04-15T03:00:00Z");
  private final ChangePointDetector detector = ChangePointDetector.ofDefaults();

  /** Samples every {@code stepSeconds} from START; the alert fires at sample {@code alertAt}. */
  private Optional<Onset> detect(int n, int stepSeconds, int alertAt, IntToDoubleFunction f) {
    long[] t = new long[n];
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = START.toEpochMilli() + i * stepSeconds * 1000L;
      x[i] = f.applyAsDouble(i);
    }
    TimeWindow window = new TimeWindow(START, START.plusSeconds((long) n * stepSeconds));
    return detector.detect(t, x, START.plusSeconds((long) alertAt * stepSeconds), window);
  }

  private static Instant sample(int i, int stepSeconds) {
    return START.plusSeconds((long) i * stepSeconds);
  }

  @Test
  void findsStepOnsetBaselineAndObserved() {
    Random r = new Random(1);
    Optional<Onset> onset = detect(300, 15, 245, i -> (i < 230 ? 100 : 140) + r.nextGaussian() * 3);

    assertThat(onset).hasValueSatisfying(o -> {
      assertThat(o.at()).isEqualTo(sample(230, 15));
      assertThat(o.baseline()).isCloseTo(100, org.assertj.core.data.Offset.offset(1.0));
      assertThat(o.observed()).isCloseTo(140, org.assertj.core.data.Offset.offset(1.5));
      assertThat(o.direction()).isEqualTo(Onset.Direction.UP);
      assertThat(o.score()).isGreaterThan(8);
    });
  }

  @Test
  void findsDropDirection() {
    Random r = new Random(2);
    Optional<Onset> onset = detect(300, 15, 240, i -> (i < 235 ? 6 : 2) + r.nextGaussian() * 0.3);

    assertThat(onset).hasValueSatisfying(o -> {
      assertThat(o.direction()).isEqualTo(Onset.Direction.DOWN);
      assertThat(o.at()).isEqualTo(sample(235, 15));
    });
  }

  @Test
  void datesRampOnsetAtRampStartNotItsMiddle() {
    Random r = new Random(3);
    // memory leak: flat for 40 minutes, then a steady climb for 35
    Optional<Onset> onset = detect(300, 15, 280,
        i -> 500 + r.nextGaussian() * 4 + (i < 160 ? 0 : (i - 160) * 2.5));

    assertThat(onset).hasValueSatisfying(o -> {
      assertThat(Duration.between(sample(160, 15), o.at()).abs()).as("onset %s vs %s", o.at(), sample(160, 15)).isLessThanOrEqualTo(
          Duration.ofSeconds(75));
      assertThat(o.baseline()).isCloseTo(500, org.assertj.core.data.Offset.offset(3.0));
    });
  }

  @Test
  void datesEarlyRampOnsetAtRampStart() {
    Random r = new Random(4);
    Optional<Onset> onset = detect(300, 15, 240,
        i -> 500 + r.nextGaussian() * 4 + (i < 90 ? 0 : (i - 90) * 1.5));

    assertThat(onset).hasValueSatisfying(o -> assertThat(
        Duration.between(sample(90, 15), o.at()).abs()).isLessThanOrEqualTo(Duration.ofSeconds(90)));
  }

  @Test
  void findsPersistentSpike() {
    Random r = new Random(5);
    Optional<Onset> onset = detect(300, 15, 250,
        i -> i < 240 ? 0.01 + Math.abs(r.nextGaussian()) * 0.002 : 0.4 + r.nextGaussian() * 0.05);

    assertThat(onset).hasValueSatisfying(o -> assertThat(o.at()).isEqualTo(sample(240, 15)));
  }

  @Test
  void findsChangeThatBeganBeforeTheAlert() {
    Random r = new Random(6);
    Optional<Onset> onset = detect(300, 15, 260, i -> (i < 200 ? 20 : 35) + r.nextGaussian());

    assertThat(onset).hasValueSatisfying(o -> assertThat(o.at()).isEqualTo(sample(200, 15)));
  }

  @Test
  void findsStepInShortCoarseWindow() {
    Random r = new Random(7);
    // 12 minutes at 60 s: 9 samples before the change, 3 after plus the alert minute
    Optional<Onset> onset = detect(13, 60, 10, i -> (i < 9 ? 40 : 90) + r.nextGaussian() * 2);

    assertThat(onset).hasValueSatisfying(o -> assertThat(o.at()).isEqualTo(sample(9, 60)));
  }

  @Test
  void ignoresPureNoiseAcrossSeeds() {
    for (int seed = 0; seed < 200; seed++) {
      Random r = new Random(seed);
      assertThat(detect(300, 15, 240, i -> 50 + r.nextGaussian() * 5)).as("seed %d", seed).isEmpty();
    }
  }

  @Test
  void ignoresHeavyTailedNoiseAcrossSeeds() {
    for (int seed = 0; seed < 100; seed++) {
      Random r = new Random(seed);
      assertThat(detect(80, 60, 60, i -> 10 + r.nextGaussian() / (0.2 + r.nextDouble())))
          .as("seed %d", seed).isEmpty();
    }
  }

  @Test
  void ignoresSlowDiurnalDrift() {
    for (int phase = 0; phase < 24; phase++) {
      double p = phase * Math.PI / 12;
      Random r = new Random(phase);
      // a 24 h cycle seen through a 75 minute window, with and without noise
      assertThat(detect(300, 15, 240, i -> 200 + 80 * Math.sin(p + 2 * Math.PI * i * 15 / 86400.0)
          + r.nextGaussian())).as("phase %d", phase).isEmpty();
      assertThat(detect(300, 15, 240, i -> 200 + 80 * Math.sin(p + 2 * Math.PI * i * 15 / 86400.0)))
          .as("noiseless phase %d", phase).isEmpty();
    }
  }

  @Test
  void ignoresSteadyLinearTrend() {
    Random r = new Random(9);
    assertThat(detect(300, 15, 240, i -> 1000 + i * 3 + r.nextGaussian() * 5)).isEmpty();
  }

  @Test
  void ignoresConstantSeries() {
    assertThat(detect(300, 15, 240, i -> 7)).isEmpty();
    assertThat(detect(300, 15, 240, i -> 0)).isEmpty();
  }

  @Test
  void ignoresBlipThatRecoveredBeforeTheIncident() {
    Random r = new Random(10);
    Optional<Onset> onset = detect(300, 15, 240,
        i -> (i >= 40 && i < 80 ? 90 : 30) + r.nextGaussian() * 2);

    assertThat(onset).isEmpty();
  }

  @Test
  void looksOnlyInsideTheWindow() {
    long[] t = new long[200];
    double[] x = new double[200];
    for (int i = 0; i < 200; i++) {
      t[i] = START.toEpochMilli() + i * 15_000L;
      x[i] = i < 150 ? 1 + (i % 3) * 0.01 : 50;
    }
    TimeWindow beforeTheStep = new TimeWindow(START, START.plusSeconds(140 * 15));

    assertThat(detector.detect(t, x, START.plusSeconds(130 * 15), beforeTheStep)).isEmpty();
  }
}
