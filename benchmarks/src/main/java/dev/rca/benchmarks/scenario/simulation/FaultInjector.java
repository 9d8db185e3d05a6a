package dev.rca.benchmarks.scenario.simulation;

import dev.rca.benchmarks.scenario.Fault;
import dev.rca.benchmarks.scenario.ScenarioSpec;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * Turns a {@link Fault} into the culprit's deviation and the change behind it. One
 * implementation per fault mechanism; the planner spreads the deviation to the callers.
 *
 * <pre>{@code
 * Injection injection = FaultInjector.forFault(spec.fault()).inject(spec, faultStart, rnd);
 * }</pre>
 */
public interface FaultInjector {

  /**
   * The culprit's deviation starting at {@code faultStart} and the changes around it.
   *
   * @param rnd the planner's stream; draw from it in a fixed order
   */
  Injection inject(ScenarioSpec spec, Instant faultStart, RandomGenerator rnd);

  /**
   * The injector that simulates {@code fault}.
   *
   * @throws IllegalArgumentException for a fault kind not simulated yet, naming the ones that are
   */
  static FaultInjector forFault(Fault fault) {
    if (!fault.visible()) {
      return switch (fault.kind()) {
        case NETWORK -> new InvisibleEdgeInjector();
        case EXTERNAL_DEPENDENCY -> new TrafficLossInjector();
        case CPU -> new NeighbourSlowdownInjector();
        default -> throw new IllegalArgumentException("invisible mechanism "
            + fault.kind().wireName() + " is not simulated; simulated: network, external_dependency, cpu");
      };
    }
    return switch (fault.kind()) {
      case CONFIG -> new ConfigPoolInjector();
      case DEPLOY -> new DeployRegressionInjector();
      case FEATURE_FLAG -> new FlagFlipInjector();
      case CPU -> new ResourceInjectors.Cpu();
      case MEMORY -> new ResourceInjectors.Memory();
      case DISK -> new ResourceInjectors.Disk();
      case NETWORK -> new NetworkInjector();
      case DATABASE -> new DatabaseInjector();
      case CERTIFICATE -> new CertificateInjector();
      case EXTERNAL_DEPENDENCY -> new ExternalApiInjector();
      case CAPACITY -> new CapacityInjector();
      case UNKNOWN -> throw new IllegalArgumentException("fault kind unknown cannot be simulated;"
          + " use an invisible fault instead");
    };
  }

  /** A UUID-shaped change id drawn from {@code rnd}, as CDEvents producers use. */
  static String changeId(RandomGenerator rnd) {
    return SeededStreams.hex(rnd, 8) + "-" + SeededStreams.hex(rnd, 4) + "-4"
        + SeededStreams.hex(rnd, 3) + "-" + "89ab".charAt(rnd.nextInt(4))
        + SeededStreams.hex(rnd, 3) + "-" + SeededStreams.hex(rnd, 12);
  }

  /** A draw uniformly from {@code [low, high)}. */
  static double between(RandomGenerator rnd, double low, double high) {
    return low + (high - low) * rnd.nextDouble();
  }
}
