/** Trace evidence from the {@code traces/*.json} OTLP/JSON files of an incident bundle. */
@NullMarked
package dev.rca.connectors.otel.bundle;

import org.jspecify.annotations.NullMarked;
