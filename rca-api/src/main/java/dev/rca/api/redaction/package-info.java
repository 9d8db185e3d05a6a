/** The redaction boundary: the only way evidence reaches an engine or a sink is through a Redactor. */
@NullMarked
package dev.rca.api.redaction;

import org.jspecify.annotations.NullMarked;
