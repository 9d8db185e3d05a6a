/**
 * Renders an incident plan into the bundle's wire formats, one writer per format: Alertmanager
 * webhook, topology, Loki push bodies, OpenMetrics text, OTLP/JSON traces, CDEvents and truth.
 */
@NullMarked
package dev.rca.benchmarks.scenario.write;

import org.jspecify.annotations.NullMarked;
