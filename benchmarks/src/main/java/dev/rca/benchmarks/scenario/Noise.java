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
 * Noise.none().withUnrelatedConfigMerges(2).withClusteredChanges(true).withAlertStorm(true);
 * }</pre>
 *
 * @param backgroundErrors healthy services still fail a few requests and log them
 * @param backgroundChanges benign flag flips and autoscaler actions long before the fault
 * @param unrelatedDeploys releases of innocent services a few minutes from the fault
 * @param noisyService a service that logs errors all the time, or null for none
 * @param alertStorm alerts fire on every symptomatic caller, per pod, on the edge's error budget
 * @param missingSignals signals the bundle leaves out, as when a backend is not configured
 * @param unrelatedConfigMerges benign config merges on innocent services within minutes of the fault
 * @param clusteredChanges two more innocent changes (a deploy and a merge) within five minutes of
 *     each other, near the fault
 * @param withoutTopology leave {@code topology.json} out, so dependencies must come from traces
 * @param servicesWithoutMetrics how many innocent services export no application metrics
 */
public record Noise(
    boolean backgroundErrors,
    boolean backgroundChanges,
    int unrelatedDeploys,
    @Nullable String noisyService,
    boolean alertStorm,
    Set<Signal> missingSignals,
    int unrelatedConfigMerges,
    boolean clusteredChanges,
    boolean withoutTopology,
    int servicesWithoutMetrics) {

  public Noise {
    if (unrelatedDeploys < 0 || unrelatedConfigMerges < 0 || servicesWithoutMetrics < 0) {
      throw new IllegalArgumentException("noise counts must not be negative: " + unrelatedDeploys
          + ", " + unrelatedConfigMerges + ", " + servicesWithoutMetrics);
    }
    requireNonNull(missingSignals, "missingSignals");
    missingSignals = missingSignals.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(missingSignals));
  }

  /** The first six settings, without the benchmark's extra noise. */
  public Noise(boolean backgroundErrors, boolean backgroundChanges, int unrelatedDeploys,
      @Nullable String noisyService, boolean alertStorm, Set<Signal> missingSignals) {
    this(backgroundErrors, backgroundChanges, unrelatedDeploys, noisyService, alertStorm,
        missingSignals, 0, false, false, 0);
  }

  /** Every service fails a request now and then; flags and autoscalers change things now and then. */
  public static Noise typical() {
    return new Noise(true, true, 0, null, false, Set.of());
  }

  /** No noise at all, for tests that need clean signals. */
  public static Noise none() {
    return new Noise(false, false, 0, null, false, Set.of());
  }

  public Noise withBackgroundErrors(boolean errors) {
    return new Noise(errors, backgroundChanges, unrelatedDeploys, noisyService, alertStorm,
        missingSignals, unrelatedConfigMerges, clusteredChanges, withoutTopology, servicesWithoutMetrics);
  }

  public Noise withBackgroundChanges(boolean changes) {
    return new Noise(backgroundErrors, changes, unrelatedDeploys, noisyService, alertStorm,
        missingSignals, unrelatedConfigMerges, clusteredChanges, withoutTopology, servicesWithoutMetrics);
  }

  public Noise withUnrelatedDeploys(int n) {
    return new Noise(backgroundErrors, backgroundChanges, n, noisyService, alertStorm,
        missingSignals, unrelatedConfigMerges, clusteredChanges, withoutTopology, servicesWithoutMetrics);
  }

  public Noise withNoisyService(@Nullable String service) {
    return new Noise(backgroundErrors, backgroundChanges, unrelatedDeploys, service, alertStorm,
        missingSignals, unrelatedConfigMerges, clusteredChanges, withoutTopology, servicesWithoutMetrics);
  }

  public Noise withAlertStorm(boolean storm) {
    return new Noise(backgroundErrors, backgroundChanges, unrelatedDeploys, noisyService, storm,
        missingSignals, unrelatedConfigMerges, clusteredChanges, withoutTopology, servicesWithoutMetrics);
  }

  public Noise withMissing(Set<Signal> signals) {
    return new Noise(backgroundErrors, backgroundChanges, unrelatedDeploys, noisyService, alertStorm,
        signals, unrelatedConfigMerges, clusteredChanges, withoutTopology, servicesWithoutMetrics);
  }

  public Noise withUnrelatedConfigMerges(int n) {
    return new Noise(backgroundErrors, backgroundChanges, unrelatedDeploys, noisyService, alertStorm,
        missingSignals, n, clusteredChanges, withoutTopology, servicesWithoutMetrics);
  }

  public Noise withClusteredChanges(boolean clustered) {
    return new Noise(backgroundErrors, backgroundChanges, unrelatedDeploys, noisyService, alertStorm,
        missingSignals, unrelatedConfigMerges, clustered, withoutTopology, servicesWithoutMetrics);
  }

  public Noise withoutTopology(boolean without) {
    return new Noise(backgroundErrors, backgroundChanges, unrelatedDeploys, noisyService, alertStorm,
        missingSignals, unrelatedConfigMerges, clusteredChanges, without, servicesWithoutMetrics);
  }

  public Noise withServicesWithoutMetrics(int n) {
    return new Noise(backgroundErrors, backgroundChanges, unrelatedDeploys, noisyService, alertStorm,
        missingSignals, unrelatedConfigMerges, clusteredChanges, withoutTopology, n);
  }
}
