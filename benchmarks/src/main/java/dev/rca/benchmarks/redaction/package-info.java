/**
 * Redaction speed and accuracy: the JMH throughput benchmark against a naive one-regex-per-rule
 * redactor, and the corpus scoring command.
 */
@NullMarked
package dev.rca.benchmarks.redaction;

import org.jspecify.annotations.NullMarked;
