/** Reading what starts an investigation: an Alertmanager payload, declared topology, a bundle on disk. */
@NullMarked
package dev.rca.core.trigger;

import org.jspecify.annotations.NullMarked;
