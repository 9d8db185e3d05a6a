/** The user's YAML configuration: sources, engine, redaction, limits, output and audit, loaded with positions in every error. */
@NullMarked
package dev.rca.core.config;

import org.jspecify.annotations.NullMarked;
