/**
 * Log evidence for any log source: line preprocessing, variable masking, streaming template
 * mining and the baseline-versus-incident comparison that yields {@link dev.rca.api.evidence.LogPattern}s.
 */
@NullMarked
package dev.rca.analysis.logs;

import org.jspecify.annotations.NullMarked;
