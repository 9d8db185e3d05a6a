package dev.rca.core.config;

import static java.util.Objects.requireNonNull;

/**
 * The configuration cannot be used. The message names the file, line and column, the key path
 * and what to do, e.g. {@code rca.yaml line 12 col 5: unknown key 'min_confidnce' in output
 * (known: min_confidence, require_evidence_links, sinks)}. It never contains the value of a token
 * or of an environment variable.
 *
 * <pre>{@code
 * try {
 *   config = loader.load(path);
 * } catch (InvalidConfigException e) {
 *   System.err.println(e.getMessage());
 * }
 * }</pre>
 */
public final class InvalidConfigException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String keyPath;

  InvalidConfigException(String source, int line, int column, String keyPath, String problem) {
    super(source + (line > 0 ? " line " + line + " col " + column : "") + ": " + problem);
    this.source = requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.keyPath = requireNonNull(keyPath, "keyPath");
  }

  /** The file name or other source name given to the loader. */
  public String source() {
    return source;
  }

  /** 1-based line of the problem; 0 when it has no position (the file as a whole). */
  public int line() {
    return line;
  }

  /** 1-based column of the problem; 0 when it has no position. */
  public int column() {
    return column;
  }

  /** The dotted key path, e.g. {@code output.sinks[1].path}; empty for the document itself. */
  public String keyPath() {
    return keyPath;
  }
}
