package dev.rca.benchmarks.scale;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes a large, contract-valid incident bundle for timing investigations at scale: about
 * twenty services' logs in mixed formats, thousands of metric series, thousands of traces, a
 * handful of change events and a real fault (a deploy of {@code payments} after which its errors
 * and latency rise). Every file is streamed, so memory stays small whatever the size; services
 * are written on two threads.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.rca.benchmarks.scale.ScaleBundle \
 *     --out /tmp/big --log-lines 1000000 --series 5000 --traces 2000 --seed 42
 *
 * ScaleBundle.Written w = ScaleBundle.write(Path.of("/tmp/big"), ScaleShape.target(42));
 * }</pre>
 */
public final class ScaleBundle {
  private ScaleBundle() {}

  /** What was written: lines, series, spans and the guilty change's id. */
  public record Written(long logLines, long series, long spans, String guiltyChange) {}

  /** Writes a bundle of {@code shape} into {@code dir} (created when missing). */
  public static Written write(Path dir, ScaleShape shape) throws IOException {
    ScaleFleet fleet = ScaleFleet.shop(shape.seed());
    String guilty = new ScaleHeaderWriter(fleet).write(dir);
    List<ScaleFleet.Service> services = fleet.services();
    double weights = services.stream().mapToDouble(ScaleFleet.Service::weight).sum();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Long>> logs = new ArrayList<>();
      long left = shape.logLines();
      double weightLeft = weights;
      for (ScaleFleet.Service s : services) {
        long lines = Math.round(left * s.weight() / weightLeft);
        left -= lines;
        weightLeft -= s.weight();
        if (lines > 0) {
          logs.add(pool.submit(() -> new ScaleLogWriter(fleet, s, lines).write(dir)));
        }
      }
      Future<Long> series = pool.submit(() -> new ScaleMetricWriter(fleet, shape.series()).write(dir));
      Future<Long> spans = pool.submit(() -> new ScaleTraceWriter(fleet, shape.traces()).write(dir));
      long lines = 0;
      for (Future<Long> f : logs) {
        lines += f.get();
      }
      return new Written(lines, series.get(), spans.get(), guilty);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("writing the bundle failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing " + dir, e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** {@code --out DIR [--log-lines N] [--series N] [--traces N] [--seed N]}; defaults: the target shape. */
  public static void main(String[] args) throws IOException {
    Path out = null;
    ScaleShape t = ScaleShape.target(42);
    long lines = t.logLines();
    int series = t.series();
    int traces = t.traces();
    long seed = t.seed();
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--out" -> out = Path.of(need(args[i], value));
        case "--log-lines" -> lines = Long.parseLong(need(args[i], value));
        case "--series" -> series = Integer.parseInt(need(args[i], value));
        case "--traces" -> traces = Integer.parseInt(need(args[i], value));
        case "--seed" -> seed = Long.parseLong(need(args[i], value));
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; usage: ScaleBundle --out DIR [--log-lines N] [--series N] [--traces N] [--seed N]");
      }
      i++;
    }
    if (out == null) {
      throw new IllegalArgumentException("--out DIR is required");
    }
    long started = System.nanoTime();
    Written w = write(out, new ScaleShape(lines, series, traces, seed));
    System.out.printf("wrote %s: %,d log lines, %,d series, %,d spans (%,d traces) in %.1f s; guilty change %s%n",
        out, w.logLines(), w.series(), w.spans(), traces, (System.nanoTime() - started) / 1e9, w.guiltyChange());
  }

  private static String need(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }
}
