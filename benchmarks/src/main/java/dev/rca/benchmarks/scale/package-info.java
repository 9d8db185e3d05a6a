/**
 * Large incident bundles for measuring how fast an investigation runs at scale (10^6 log lines,
 * thousands of series), written streaming, and the command that times the CLI on them.
 */
@NullMarked
package dev.rca.benchmarks.scale;

import org.jspecify.annotations.NullMarked;
