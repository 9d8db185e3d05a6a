/** The log source of an incident bundle: Loki push-API bodies under {@code <bundle>/logs/} read from disk. */
@NullMarked
package dev.rca.connectors.loki.bundle;

import org.jspecify.annotations.NullMarked;
