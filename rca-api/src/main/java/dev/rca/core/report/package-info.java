/** Renders a finished root cause report as contract JSON or readable Markdown, and delivers it through sinks. */
@NullMarked
package dev.rca.core.report;

import org.jspecify.annotations.NullMarked;
