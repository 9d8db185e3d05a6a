/**
 * Metric evidence: time series as primitive arrays, recognition of what a series measures across
 * exporters' naming, derivation of rates and ratios, and the finder that turns level changes into
 * {@link dev.rca.api.evidence.MetricAnomaly} evidence; reusable by file and live metric sources.
 */
@NullMarked
package dev.rca.analysis.metrics;

import org.jspecify.annotations.NullMarked;
