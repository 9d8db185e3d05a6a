package dev.rca.core;

import dev.rca.api.model.SourceStatus;
import dev.rca.api.spi.SourceResult;
import org.jspecify.annotations.Nullable;

/** One source's status, and its result when it delivered one. */
record SourceOutcome(SourceStatus status, @Nullable SourceResult result) {}
