/** JMH benchmarks of the investigator; run from the shaded {@code benchmarks.jar}, never during the build. */
@NullMarked
package dev.rca.benchmarks;

import org.jspecify.annotations.NullMarked;
