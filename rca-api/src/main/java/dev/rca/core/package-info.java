/**
 * The investigation core: fans out to every source concurrently, redacts what they found, asks
 * the engine for ranked causes and hands the report to the sinks.
 */
@NullMarked
package dev.rca.core;

import org.jspecify.annotations.NullMarked;
