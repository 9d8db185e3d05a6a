/** The metrics signal source of an incident bundle: {@code metrics/*.om} files read into metric anomalies. */
@NullMarked
package dev.rca.connectors.prometheus.bundle;

import org.jspecify.annotations.NullMarked;
