/** Change evidence from the {@code changes/*.json} CDEvents files of an incident bundle. */
@NullMarked
package dev.rca.connectors.git.cdevents;

import org.jspecify.annotations.NullMarked;
