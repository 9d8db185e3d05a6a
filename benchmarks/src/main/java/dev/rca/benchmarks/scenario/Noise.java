package dev.rca.benchmarks.scenario;

import static java.util.Objects.requireNonNull;

import dev.rca.api.model.Signal;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What makes a real incident hard to read, added around the injected fault.
 *
 * <pre>{@code
 * Noise.typical().withUnrelatedDeploys(1);
 * new Noise(true, true, 0, "cart", true, Set.of(Signal.TRACES));
 * }</pre>
 *
 * @param backgroundErrors healthy services still fail a few requests and log them
 * @param backgroundChanges benign flag flips and autoscaler actions long before the fault
 * @param unrelatedDeploys releases of innocent services a few minutes from the fault
 * @param noisyService a service that logs errors all the time, or null for none
 * @param alertStorm alerts fire on every symptomatic caller, several per service
 * @param missingSignals signals the bundle leaves out, as when a backend is not configured
 */
public record Noise(
    boolean backgroundErrors,
    boolean backgroundChanges,
    int unrelatedDeploys,
    @Nullable String noisyService,
    boolean alertStorm,
    Set<Signal> missingSignals) {

  public Noise {
    if (unrelatedDeploys < 0) {
      throw new IllegalArgumentException("unrelatedDeploys must not be negative: " + unrelatedDeploys);
    }
    requireNonNull(missingSignals, "missingSignals");
    missingSignals = missingSignals.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(missingSignals));
  }

  /** Every service fails a request now and then; flags and autoscalers change things now and then. */
  public static Noise typical() {
    return new Noise(true, true, 0, null, false, Set.of());
  }

  /** No noise at all, for tests that need clean signals. */
  public static Noise none() {
    return new Noise(false, false, 0, null, false, Set.of());
  }

  public Noise withBackgroundChanges(boolean changes) {
    return new Noise(backgroundErrors, changes, unrelatedDeploys, noisyService, alertStorm,
        missingSignals);
  }

  public Noise withUnrelatedDeploys(int n) {
    return new Noise(backgroundErrors, backgroundChanges, n, noisyService, alertStorm, missingSignals);
  }

  public Noise withNoisyService(@Nullable String service) {
    return new Noise(backgroundErrors, backgroundChanges, unrelatedDeploys, service, alertStorm, missingSignals);
  }

  public Noise withAlertStorm(boolean storm) {
    return new Noise(backgroundErrors, backgroundChanges, unrelatedDeploys, noisyService, storm, missingSignals);
  }

  public Noise withMissing(Set<Signal> signals) {
    return new Noise(backgroundErrors, backgroundChanges, unrelatedDeploys, noisyService, alertStorm, signals);
  }
}
