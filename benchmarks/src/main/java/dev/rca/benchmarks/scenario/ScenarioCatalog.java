package dev.rca.benchmarks.scenario;

import dev.rca.benchmarks.scenario.system.SystemModel;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The named scenarios the generator knows, by the kind given on the command line.
 *
 * <pre>{@code
 * ScenarioSpec spec = ScenarioCatalog.forKind("deploy", 7).build();
 * ScenarioCatalog.KINDS; // [config, deploy, invisible]
 * }</pre>
 */
public final class ScenarioCatalog {
  /** Kinds that can be generated now; the others of the kind vocabulary follow. */
  public static final List<String> KINDS = List.of("config", "deploy", "invisible");

  private ScenarioCatalog() {}

  /**
   * A builder for the scenario of {@code kind}, seeded, so callers can still change window,
   * volume or noise.
   *
   * @throws IllegalArgumentException for a kind not in {@link #KINDS}
   */
  public static ScenarioSpec.Builder forKind(String kind, long seed) {
    return switch (kind.toLowerCase(Locale.ROOT)) {
      case "config" -> ScenarioSpec.builder("config-pool-cascade", Fault.config("payments"))
          .seed(seed).noise(Noise.typical());
      case "deploy" -> ScenarioSpec.builder("deploy-regression", Fault.deploy("cart"))
          .seed(seed).noise(Noise.typical().withUnrelatedDeploys(1));
      case "invisible" -> ScenarioSpec.builder("invisible-cause", Fault.invisible("frontend"))
          .seed(seed).noise(Noise.typical().withBackgroundChanges(false));
      default -> throw new IllegalArgumentException("unknown scenario kind '" + kind
          + "'; known: " + String.join(", ", KINDS));
    };
  }

  /**
   * The small form of a scenario, for bundles kept in the repository: only the services on the
   * fault's path, 30 s metric steps, sparse logs and traces; about a megabyte each.
   */
  public static ScenarioSpec.Builder example(String kind, long seed) {
    ScenarioSpec.Builder b = forKind(kind, seed).volume(Volume.sparse()).window(new SampleWindow(
        SampleWindow.standard().before(), SampleWindow.standard().after(), Duration.ofSeconds(30)));
    SystemModel shop = SystemModel.shop();
    return switch (kind.toLowerCase(Locale.ROOT)) {
      case "config" -> b.system(shop.without("cart", "cart-redis"));
      default -> b.system(shop.without("payments", "payments-db"));
    };
  }

  /** A config change merged into payments cuts its DB pool; checkout and frontend fail after it. */
  public static ScenarioSpec configPoolCascade(long seed) {
    return forKind("config", seed).build();
  }

  /** A release of cart throws on a common path; an unrelated deploy lands a few minutes away. */
  public static ScenarioSpec deployRegression(long seed) {
    return forKind("deploy", seed).build();
  }

  /** The edge fails with nothing anomalous behind it and nothing changed. */
  public static ScenarioSpec invisibleCause(long seed) {
    return forKind("invisible", seed).build();
  }
}
