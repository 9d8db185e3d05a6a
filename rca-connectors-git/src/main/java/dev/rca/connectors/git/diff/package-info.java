/**
 * Reads unified diffs and tells what a change touched: which settings (pool sizes, timeouts,
 * endpoints, flags, resource limits...), by how much, and how risky that is.
 */
@NullMarked
package dev.rca.connectors.git.diff;

import org.jspecify.annotations.NullMarked;
