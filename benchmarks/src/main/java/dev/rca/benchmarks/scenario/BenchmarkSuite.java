package dev.rca.benchmarks.scenario;

import dev.rca.api.model.CauseKind;
import dev.rca.api.model.Signal;
import dev.rca.benchmarks.scenario.simulation.SeededStreams;
import dev.rca.benchmarks.scenario.system.ServiceProfile;
import dev.rca.benchmarks.scenario.system.SystemModel;
import dev.rca.benchmarks.scenario.system.SystemShapes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The benchmark's scenarios: for each kind and seed a different system (3 to 10 services, drawn
 * shape and names), a culprit that fits the kind, a window of drawn length and step, and the
 * noise of a real incident. Bundle names carry only a number, never the kind.
 *
 * <pre>{@code
 * ScenarioSpec spec = BenchmarkSuite.spec("memory", 1042, BenchmarkSuite.Profile.BENCHMARK);
 * }</pre>
 */
public final class BenchmarkSuite {
  /** Every kind the suite generates: the eleven visible cause kinds and invisible causes. */
  public static final List<String> KINDS = List.of("deploy", "config", "feature_flag", "cpu",
      "memory", "disk", "network", "database", "certificate", "external_dependency", "capacity",
      "invisible");

  /** How much of everything: the full benchmark or the small slice CI runs. */
  public enum Profile {
    BENCHMARK(25),
    CI(2);

    private final int perKind;

    Profile(int perKind) {
      this.perKind = perKind;
    }

    /** Bundles per kind when the command line does not say. */
    public int perKind() {
      return perKind;
    }
  }

  private static final SampleWindow[] WINDOWS = {
      new SampleWindow(Duration.ofMinutes(60), Duration.ofMinutes(10), Duration.ofSeconds(15)),
      new SampleWindow(Duration.ofMinutes(20), Duration.ofMinutes(10), Duration.ofSeconds(60)),
      new SampleWindow(Duration.ofMinutes(10), Duration.ofMinutes(10), Duration.ofSeconds(30))};

  private BenchmarkSuite() {}

  /**
   * The scenario of {@code kind} drawn from {@code seed}, named {@code name}.
   *
   * @throws IllegalArgumentException for a kind not in {@link #KINDS}
   */
  public static ScenarioSpec spec(String kind, long seed, String name, Profile profile) {
    String k = kind.toLowerCase(Locale.ROOT);
    if (!KINDS.contains(k)) {
      throw new IllegalArgumentException("unknown scenario kind '" + kind + "'; known: "
          + String.join(", ", KINDS));
    }
    RandomGenerator rnd = new SeededStreams(seed).stream("suite");
    SystemModel system = null;
    Fault fault = null;
    int w = rnd.nextInt(10);
    SampleWindow window = profile == Profile.CI ? WINDOWS[1 + w % 2]
        : WINDOWS[w < 1 ? 0 : w < 6 ? 1 : 2];
    // Long fine-grained windows hold ten times the samples; smaller systems keep them small.
    int largest = window == WINDOWS[0] ? 4 : 10;
    for (int attempt = 0; fault == null; attempt++) {
      system = SystemShapes.draw(rnd, Math.min(largest, 3 + rnd.nextInt(7) + Math.min(attempt, 4)));
      fault = fault(k, system, rnd);
    }
    Volume volume = new Volume(2 + rnd.nextInt(3), 0.25, 8);
    return ScenarioSpec.builder(name, fault).seed(seed).system(system).window(window)
        .volume(volume).noise(noise(k, fault, system, rnd)).build();
  }

  private static Noise noise(String kind, Fault fault, SystemModel system, RandomGenerator rnd) {
    List<String> innocent = system.traced().stream().map(ServiceProfile::name)
        .filter(s -> !s.equals(fault.service())).toList();
    String noisy = !innocent.isEmpty() && rnd.nextInt(10) < 6
        ? innocent.get(rnd.nextInt(innocent.size())) : null;
    Set<Signal> missing = EnumSet.noneOf(Signal.class);
    if (rnd.nextInt(100) < 15) {
      missing.add(Signal.TRACES);
    }
    boolean changeCaused = kind.equals("deploy") || kind.equals("config") || kind.equals("feature_flag");
    if (!changeCaused && rnd.nextInt(100) < 10) {
      missing.add(Signal.CHANGES);
    }
    return new Noise(true, rnd.nextInt(10) < 7, 1 + rnd.nextInt(2), noisy, rnd.nextInt(100) < 65,
        missing, rnd.nextInt(3), rnd.nextInt(10) < 6, rnd.nextInt(100) < 15,
        rnd.nextInt(100) < 15 ? 1 : 0);
  }

  /** A fault of {@code kind} on a service that fits it, or null when the system has none. */
  private static Fault fault(String kind, SystemModel system, RandomGenerator rnd) {
    List<ServiceProfile> traced = system.traced();
    List<ServiceProfile> called = traced.stream().filter(p -> !system.callers(p.name()).isEmpty()).toList();
    List<ServiceProfile> edges = traced.stream().filter(p -> system.callers(p.name()).isEmpty()).toList();
    List<ServiceProfile> pool = switch (kind) {
      case "config" -> traced.stream().filter(p -> system.callees(p.name()).stream()
          .anyMatch(c -> system.service(c).database())).toList();
      case "network" -> traced.stream().filter(p -> !system.callees(p.name()).isEmpty()).toList();
      case "database" -> system.services().stream().filter(ServiceProfile::database)
          .filter(p -> !system.callers(p.name()).isEmpty()).toList();
      case "certificate" -> called;
      case "external_dependency" -> traced.stream().filter(p -> !system.externals(p.name()).isEmpty()).toList();
      case "invisible" -> edges;
      default -> called.isEmpty() || rnd.nextInt(5) == 0 ? traced : called;
    };
    if (pool.isEmpty()) {
      return null;
    }
    String service = pool.get(rnd.nextInt(pool.size())).name();
    if (kind.equals("invisible")) {
      return switch (rnd.nextInt(3)) {
        case 0 -> Fault.invisible(CauseKind.NETWORK, service);
        case 1 -> Fault.invisible(CauseKind.EXTERNAL_DEPENDENCY, service);
        default -> called.isEmpty() ? Fault.invisible(CauseKind.NETWORK, service)
            : Fault.invisible(CauseKind.CPU, called.get(rnd.nextInt(called.size())).name());
      };
    }
    return Fault.of(CauseKind.fromWireName(kind), service);
  }

  /**
   * The order bundles are written in: every (kind, n) pair shuffled by the seed, so that neither
   * a bundle's number nor its position says what kind it is.
   */
  public static List<String> order(List<String> kinds, int perKind, long seed) {
    List<String> out = new ArrayList<>();
    for (int n = 0; n < perKind; n++) {
      out.addAll(kinds);
    }
    RandomGenerator rnd = new SeededStreams(seed).stream("suite-order");
    for (int i = out.size() - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      String tmp = out.get(i);
      out.set(i, out.get(j));
      out.set(j, tmp);
    }
    return out;
  }
}
