/** Robust change-point detection: when a series left its baseline level, and how far. */
@NullMarked
package dev.rca.analysis.metrics.onset;

import org.jspecify.annotations.NullMarked;
