/** A streaming, bounded parser for the OpenMetrics and classic Prometheus text formats, building series of timestamped samples. */
@NullMarked
package dev.rca.connectors.prometheus.openmetrics;

import org.jspecify.annotations.NullMarked;
