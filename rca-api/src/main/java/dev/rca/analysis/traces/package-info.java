/**
 * Trace analysis independent of where spans come from: where errors originate, whose own time
 * grew after the onset, and which service calls which.
 */
@NullMarked
package dev.rca.analysis.traces;

import org.jspecify.annotations.NullMarked;
