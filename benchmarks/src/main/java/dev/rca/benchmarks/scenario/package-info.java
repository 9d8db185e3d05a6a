/**
 * Simulated incidents written as incident bundles: a scenario names a fault, the system it hits
 * and the noise around it, and the generator writes every signal in its backend's wire format.
 */
@NullMarked
package dev.rca.benchmarks.scenario;

import org.jspecify.annotations.NullMarked;
