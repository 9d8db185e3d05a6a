/** The investigation's value types: the trigger, the request, hypotheses and the report. */
@NullMarked
package dev.rca.api.model;

import org.jspecify.annotations.NullMarked;
