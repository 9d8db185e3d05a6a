/** End-to-end proof that redaction holds for every signal of an investigation. */
@NullMarked
package dev.rca.examples.redact;

import org.jspecify.annotations.NullMarked;
