/**
 * How a platform team embeds the library: its own signal source (found through ServiceLoader),
 * its own report sink, and the investigator wired in a few lines.
 */
@NullMarked
package dev.rca.examples.embed;

import org.jspecify.annotations.NullMarked;
