package dev.rca.analysis.logs;

import static java.util.Objects.requireNonNull;

/**
 * What preprocessing takes from a raw log line: the message to mine and its structure.
 *
 * <pre>{@code
 * ParsedLine p = LineParser.parse("{\"level\":\"error\",\"msg\":\"pool exhausted\"}", LogLevel.UNKNOWN);
 * p.message();   // "pool exhausted"
 * p.level();     // ERROR
 * }</pre>
 *
 * @param message the text to mine: the message field, or the first line of free text, with the
 *     exception class appended when a multi-line entry names one the first line does not
 * @param level the line's level, else the stream's, else {@link LogLevel#UNKNOWN}
 * @param logger the logger or caller, empty when the line names none
 * @param exception the exception class a stack trace names (the deepest {@code Caused by}), or empty
 */
public record ParsedLine(String message, LogLevel level, String logger, String exception) {
  public ParsedLine {
    requireNonNull(message, "message");
    requireNonNull(level, "level");
    requireNonNull(logger, "logger");
    requireNonNull(exception, "exception");
  }
}
