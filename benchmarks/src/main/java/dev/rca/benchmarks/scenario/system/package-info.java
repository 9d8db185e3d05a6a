/** The simulated microservice system: services, how each one logs and exports metrics, and who calls whom. */
@NullMarked
package dev.rca.benchmarks.scenario.system;

import org.jspecify.annotations.NullMarked;
