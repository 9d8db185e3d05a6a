/**
 * Scoring a redactor against a labelled corpus (recall on planted secrets) and against plain logs
 * (the share of lines it changes that hold nothing to hide), so that rule changes are measured.
 */
@NullMarked
package dev.rca.redaction.score;

import org.jspecify.annotations.NullMarked;
