/**
 * Plans an incident from a scenario: where the fault starts, how it travels to the callers, which
 * changes and alerts surround it, and what every service's load looks like at any instant.
 */
@NullMarked
package dev.rca.benchmarks.scenario.simulation;

import org.jspecify.annotations.NullMarked;
