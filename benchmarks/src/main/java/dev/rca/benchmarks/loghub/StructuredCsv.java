package dev.rca.benchmarks.loghub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One column of a logparser {@code *_structured.csv} (RFC 4180: quoted fields may hold commas,
 * doubled quotes and line breaks). An empty cell reads as null, as pandas reads it as NaN.
 *
 * <pre>{@code
 * List<String> ids = StructuredCsv.column(Path.of("HDFS/HDFS_2k.log_structured.csv"), "EventId");
 * }</pre>
 */
public final class StructuredCsv {
  private StructuredCsv() {}

  /** The named column's cells, one per data row; fails naming the file if the column is missing. */
  public static List<@Nullable String> column(Path file, String name) throws IOException {
    List<List<String>> rows = parse(Files.readString(file, StandardCharsets.ISO_8859_1));
    if (rows.isEmpty()) {
      throw new IOException(file + ": empty, expected a header row");
    }
    int index = rows.get(0).indexOf(name);
    if (index < 0) {
      throw new IOException(file + " line 1: no column " + name + " in " + rows.get(0));
    }
    List<@Nullable String> out = new ArrayList<>(rows.size());
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      String v = index < row.size() ? row.get(index) : "";
      out.add(v.isEmpty() ? null : v);
    }
    return out;
  }

  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      any = true;
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        any = false;
      } else {
        cell.append(c);
      }
    }
    if (any) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }
}
