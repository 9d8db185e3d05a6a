/**
 * Scores root-cause reports against bundles' {@code truth.json}: AC@k, Avg@5, kind and change
 * accuracy, the confidently-wrong rate and confidence reliability, as {@code report-json.md} defines them.
 */
@NullMarked
package dev.rca.benchmarks.scoring;

import org.jspecify.annotations.NullMarked;
