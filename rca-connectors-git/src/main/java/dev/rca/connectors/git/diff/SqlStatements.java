package dev.rca.connectors.git.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds SQL in removed and added lines: in SQL files and migrations any statement start, in code
 * only upper-case SQL inside string literals, since lower-case words like {@code select} and
 * {@code update} are common identifiers.
 *
 * <p>Bound: at most {@value #MAX_PER_FILE} statements per file, each clipped to
 * {@value #MAX_CHARS} characters.
 */
final class SqlStatements {
  static final int MAX_PER_FILE = 10;
  static final int MAX_CHARS = 120;
  private static final Pattern IN_SQL_FILE = Pattern.compile("(?i)^\\s*(create\\s+(unique\\s+)?index"
      + "|drop\\s+index|alter\\s+table|drop\\s+table|create\\s+table|add\\s+column|drop\\s+column"
      + "|alter\\s+column|rename\\s+column|add\\s+constraint|drop\\s+constraint|select|update"
      + "|delete\\s+from|insert\\s+into|truncate|with\\s+\\w+\\s+as|create\\s+view|vacuum"
      + "|analyze)\\b|(?i)\\bjoin\\b");
  private static final Pattern IN_CODE = Pattern.compile("[\"'`][^\"'`]{0,200}\\b(SELECT|UPDATE"
      + "|DELETE FROM|INSERT INTO|JOIN|CREATE (UNIQUE )?INDEX|DROP INDEX|ALTER TABLE|WHERE"
      + "|ORDER BY|GROUP BY)\\b");

  /** A statement line and whether it was removed (else added). */
  record Statement(String text, boolean removed) {}

  private SqlStatements() {}

  static List<Statement> in(FileDiff file, boolean sqlFile) {
    Pattern pattern = sqlFile ? IN_SQL_FILE : IN_CODE;
    List<Statement> out = new ArrayList<>();
    for (Hunk h : file.hunks()) {
      for (DiffLine l : h.lines()) {
        if (l.kind() == DiffLine.Kind.CONTEXT || out.size() >= MAX_PER_FILE) {
          continue;
        }
        String t = l.text().trim();
        if (!t.startsWith("--") && pattern.matcher(t).find()) {
          out.add(new Statement(t.length() <= MAX_CHARS ? t : t.substring(0, MAX_CHARS - 1) + "…",
              l.kind() == DiffLine.Kind.REMOVED));
        }
      }
    }
    return out;
  }
}
