/** Evidence items a signal source finds: log patterns, metric anomalies, trace findings, change events. */
@NullMarked
package dev.rca.api.evidence;

import org.jspecify.annotations.NullMarked;
