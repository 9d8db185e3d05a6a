package dev.rca.benchmarks.scale;

import dev.rca.benchmarks.scale.LogLineFormat.Level;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes one service's logs as Loki push bodies, {@code logs/<service>.json} or, for the busier
 * services, split over {@code logs/<service>-1.json} and {@code -2.json} by pod. Services that
 * label streams by level get one stream per pod and level, the others one per pod with the level
 * only in the line. Timestamps rise within a stream; the victim's and its caller's errors rise
 * after the fault starts, with a template the baseline never had, and their latencies grow.
 *
 * <pre>{@code
 * long written = new ScaleLogWriter(fleet, fleet.service("payments"), 50_000).write(bundleDir);
 * }</pre>
 */
public final class ScaleLogWriter {
  private static final double DEBUG = 0.05;
  private static final double WARN = 0.06;
  private static final double ERROR = 0.015;

  private final ScaleFleet fleet;
  private final ScaleFleet.Service service;
  private final long lines;
  private final SplittableRandom random;
  private final LogCatalog.Levels templates;
  private final LogLineFormat format = new LogLineFormat();
  private final StringBuilder line = new StringBuilder(2048);
  private final long from;
  private final long fault;
  private final long to;

  public ScaleLogWriter(ScaleFleet fleet, ScaleFleet.Service service, long lines) {
    this.fleet = fleet;
    this.service = service;
    this.lines = lines;
    this.random = fleet.random("logs/" + service.name());
    this.templates = LogCatalog.of(service, random);
    this.from = fleet.from().toEpochMilli() * 1_000_000;
    this.fault = fleet.faultStart().toEpochMilli() * 1_000_000;
    this.to = fleet.to().toEpochMilli() * 1_000_000;
  }

  /** How many times its baseline error share the service logs once the fault began. */
  static double errorBoost(String service) {
    return switch (service) {
      case ScaleFleet.VICTIM -> 25;
      case ScaleFleet.CALLER -> 10;
      case "api-gateway", "frontend" -> 3;
      default -> 1;
    };
  }

  /** How many times slower the service answers once the fault began. */
  static double slowdown(String service) {
    return switch (service) {
      case ScaleFleet.VICTIM -> 8;
      case ScaleFleet.CALLER -> 4;
      case "api-gateway", "frontend" -> 2;
      default -> 1;
    };
  }

  /** Writes the files and returns how many lines they hold (exactly the count asked for). */
  public long write(Path bundle) throws IOException {
    List<String> pods = fleet.pods(service);
    int files = service.weight() >= 6 && pods.size() > 1 ? 2 : 1;
    long written = 0;
    long left = lines;
    int podsLeft = pods.size();
    for (int f = 0; f < files; f++) {
      String name = files == 1 ? service.name() + ".json" : service.name() + "-" + (f + 1) + ".json";
      try (BundleText out = BundleText.create(bundle.resolve("logs").resolve(name))) {
        out.raw("{\"streams\":[");
        boolean first = true;
        for (int p = f; p < pods.size(); p += files) {
          long podLines = left / podsLeft;
          left -= podLines;
          podsLeft--;
          first = pod(out, pods.get(p), podLines, first);
          written += podLines;
        }
        out.raw("]}\n");
      }
    }
    return written;
  }

  private boolean pod(BundleText out, String pod, long podLines, boolean first) throws IOException {
    if (!service.levelLabel()) {
      return stream(out, pod, null, podLines, 1, first);
    }
    double boost = errorBoost(service.name());
    double pre = fault - from;
    double post = to - fault;
    long errors = Math.round(podLines * ERROR * (pre + boost * post) / (pre + post));
    long warns = Math.round(podLines * WARN);
    long debugs = Math.round(podLines * DEBUG);
    long infos = podLines - errors - warns - debugs;
    first = stream(out, pod, Level.INFO, infos, 1, first);
    first = stream(out, pod, Level.DEBUG, debugs, 1, first);
    first = stream(out, pod, Level.WARN, warns, 1, first);
    return stream(out, pod, Level.ERROR, errors, boost, first);
  }

  /**
   * One stream of {@code n} lines; with a level, its line density after the fault is
   * {@code boost} times the density before.
   */
  private boolean stream(BundleText out, String pod, Level level, long n, double boost, boolean first)
      throws IOException {
    if (n <= 0) {
      return first;
    }
    if (!first) {
      out.raw(',');
    }
    out.raw("{\"stream\":{\"service\":\"").raw(service.name()).raw("\",\"namespace\":\"shop\",\"pod\":\"")
        .raw(pod).raw('"');
    if (level != null) {
      out.raw(",\"level\":\"").raw(level.name().toLowerCase(Locale.ROOT)).raw('"');
    } else {
      out.raw(",\"stream\":\"stdout\"");
    }
    out.raw("},\"values\":[");
    double pre = fault - from;
    double mass = pre + boost * (to - fault);
    double boostNow = errorBoost(service.name());
    double slow = slowdown(service.name());
    for (long i = 0; i < n; i++) {
      double x = (i + random.nextDouble()) / n * mass;
      long nanos = x < pre ? from + (long) x : fault + (long) ((x - pre) / boost);
      nanos = Math.min(nanos, to - 1);
      boolean broken = nanos >= fault;
      Level l = level != null ? level : level(broken ? boostNow : 1);
      LogTemplate t = template(l, broken);
      line.setLength(0);
      format.append(line, service, l, t, nanos / 1_000_000, pod, random, broken ? slow : 1);
      if (i > 0) {
        out.raw(',');
      }
      out.raw("[\"").number(nanos).raw("\",").quoted(line).raw(']');
    }
    out.raw("]}");
    return false;
  }

  private Level level(double boost) {
    double u = random.nextDouble();
    double error = Math.min(0.6, ERROR * boost);
    if (u < error) {
      return Level.ERROR;
    }
    if (u < error + WARN) {
      return Level.WARN;
    }
    return u < error + WARN + DEBUG ? Level.DEBUG : Level.INFO;
  }

  private LogTemplate template(Level level, boolean broken) {
    List<LogTemplate> pool = switch (level) {
      case DEBUG -> templates.debug();
      case INFO -> templates.info();
      case WARN -> templates.warn();
      case ERROR -> broken && !templates.faultErrors().isEmpty() && random.nextInt(10) < 7
          ? templates.faultErrors() : templates.error();
    };
    double total = 0;
    for (LogTemplate t : pool) {
      total += t.weight();
    }
    double u = random.nextDouble() * total;
    for (LogTemplate t : pool) {
      u -= t.weight();
      if (u < 0) {
        return t;
      }
    }
    return pool.get(pool.size() - 1);
  }
}
