/** Scores our log template miner on the Loghub-2k parsing benchmark with the logparser evaluator's protocol. */
@NullMarked
package dev.rca.benchmarks.loghub;

import org.jspecify.annotations.NullMarked;
