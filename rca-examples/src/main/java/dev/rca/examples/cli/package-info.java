/** The {@code rca} command line: investigate a bundle or live backends, print the report. */
@NullMarked
package dev.rca.examples.cli;

import org.jspecify.annotations.NullMarked;
