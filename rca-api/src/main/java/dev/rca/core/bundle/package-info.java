/** The layout of an incident bundle on disk, shared by the file-backed sources of every signal. */
@NullMarked
package dev.rca.core.bundle;

import org.jspecify.annotations.NullMarked;
