/** An append-only, hash-chained audit log of investigations in JSON Lines, and its verifier. */
@NullMarked
package dev.rca.core.audit;

import org.jspecify.annotations.NullMarked;
