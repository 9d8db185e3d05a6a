/**
 * The default {@link dev.rca.api.spi.Redactor}: rules that find secrets and personal data and
 * replace each value with a keyed pseudonym.
 */
@NullMarked
package dev.rca.redaction;

import org.jspecify.annotations.NullMarked;
