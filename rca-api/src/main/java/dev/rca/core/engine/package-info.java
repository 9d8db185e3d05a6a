/**
 * The deterministic engine: ranks services as root causes from onset order, dependency
 * direction, where errors originate and which changes landed just before, without a model.
 */
@NullMarked
package dev.rca.core.engine;

import org.jspecify.annotations.NullMarked;
