package dev.rca.connectors.git.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads unified diff text: {@code diff --git} and {@code ---}/{@code +++} file headers,
 * {@code @@ -a,b +c,d @@} hunks and their context, removed and added lines.
 *
 * <p>It never throws: text that is not a diff is counted in {@link UnifiedDiff#skippedLines()}
 * and reading goes on. Lines starting with {@code -}/{@code +} that come without a hunk header
 * (hand-written diffs in change events) are read as a hunk. Inside a hunk the line counts of its
 * header decide, so a removed SQL comment {@code --- note} is not taken for a file header.
 *
 * <p>Bounds: the first {@value #MAX_INPUT_CHARS} characters are read, at most {@value #MAX_FILES}
 * files, {@value #MAX_HUNKS} hunks and {@value #MAX_LINES} hunk lines, each clipped to
 * {@value #MAX_LINE_CHARS} characters; reaching one sets {@link UnifiedDiff#clipped()}.
 *
 * <pre>{@code
 * UnifiedDiff diff = new DiffReader().read(change.diff());
 * for (FileDiff file : diff.files()) { ... }
 * }</pre>
 */
public final class DiffReader {
  public static final int MAX_INPUT_CHARS = 64 * 1024;
  public static final int MAX_FILES = 1000;
  public static final int MAX_HUNKS = 2000;
  public static final int MAX_LINES = 20_000;
  public static final int MAX_LINE_CHARS = 1000;
  private static final Pattern HUNK_HEADER =
      Pattern.compile("^@@+ -(\\d{1,9})(?:,(\\d{1,9}))? \\+(\\d{1,9})(?:,(\\d{1,9}))? @@+ ?(.*)$");

  /** The files and hunks of {@code text}; an empty diff for null, empty or garbage text. */
  public UnifiedDiff read(@Nullable String text) {
    if (text == null || text.isEmpty()) {
      return new UnifiedDiff(List.of(), 0, false);
    }
    Reading r = new Reading(text.length() > MAX_INPUT_CHARS);
    String[] lines = (r.clipped ? text.substring(0, MAX_INPUT_CHARS) : text).split("\n", -1);
    for (int i = 0; i < lines.length && !r.full(); i++) {
      String line = clipLine(lines[i]);
      String next = i + 1 < lines.length ? lines[i + 1] : "";
      String afterNext = i + 2 < lines.length ? lines[i + 2] : "";
      if (r.inCountedHunk() && hunkLine(line)
          && !(line.startsWith("--- ") && next.startsWith("+++ ") && afterNext.startsWith("@@"))) {
        r.hunkLine(line);
      } else if (line.startsWith("diff --git ")) {
        r.startFile(gitHeaderPaths(line.substring(11)));
      } else if (line.startsWith("--- ") && next.startsWith("+++ ")) {
        r.fileHeaders(headerPath(line), headerPath(clipLine(next)));
        i++;
      } else if (line.startsWith("@@")) {
        Matcher m = HUNK_HEADER.matcher(line);
        if (m.matches()) {
          r.startHunk(number(m.group(1)), count(m.group(2)), number(m.group(3)),
              count(m.group(4)), m.group(5).trim());
        } else {
          r.skipped++;
        }
      } else if (line.startsWith("rename from ") || line.startsWith("rename to ")
          || line.startsWith("index ") || line.startsWith("new file mode")
          || line.startsWith("deleted file mode") || line.startsWith("old mode")
          || line.startsWith("new mode") || line.startsWith("similarity index")
          || line.startsWith("dissimilarity index") || line.startsWith("copy from ")
          || line.startsWith("copy to ") || line.startsWith("Binary files ")
          || line.startsWith("\\")) {
        continue;
      } else if (r.hunk != null && !r.counted && !line.isEmpty() && hunkLine(line)) {
        r.hunkLine(line);
      } else if (r.hunk == null && (line.startsWith("-") || line.startsWith("+"))
          && !line.startsWith("---") && !line.startsWith("+++")) {
        r.startHunk(0, -1, 0, -1, "");
        r.hunkLine(line);
      } else if (!line.isBlank()) {
        r.skipped++;
      }
    }
    return r.finish();
  }

  /** Reading state: the file and hunk being filled and how much room is left. */
  private static final class Reading {
    final List<FileDiff> files = new ArrayList<>();
    boolean clipped;
    boolean full;
    int skipped;
    int hunks;
    int lines;
    @Nullable String oldPath;
    @Nullable String newPath;
    boolean fileOpen;
    List<Hunk> fileHunks = new ArrayList<>();
    @Nullable List<DiffLine> hunk;
    int hunkOld;
    int hunkNew;
    String section = "";
    boolean counted;
    int oldLeft;
    int newLeft;

    Reading(boolean clipped) {
      this.clipped = clipped;
    }

    /** Whether a bound refused something, so nothing more is read. */
    boolean full() {
      return full;
    }

    boolean inCountedHunk() {
      return hunk != null && counted && (oldLeft > 0 || newLeft > 0);
    }

    void startFile(@Nullable String[] paths) {
      closeFile();
      if (files.size() >= MAX_FILES) {
        full = true;
        return;
      }
      oldPath = paths[0];
      newPath = paths[1];
      fileOpen = true;
    }

    /** {@code ---}/{@code +++} after {@code diff --git} name the same file, more precisely. */
    void fileHeaders(@Nullable String oldHeader, @Nullable String newHeader) {
      if (fileOpen && fileHunks.isEmpty() && hunk == null) {
        oldPath = oldHeader;
        newPath = newHeader;
      } else {
        startFile(new String[] {oldHeader, newHeader});
      }
    }

    void startHunk(int oldStart, int oldCount, int newStart, int newCount, String section) {
      closeHunk();
      if (hunks >= MAX_HUNKS) {
        full = true;
        return;
      }
      fileOpen = true;
      hunk = new ArrayList<>();
      hunkOld = oldStart;
      hunkNew = newStart;
      this.section = section;
      counted = oldCount >= 0;
      oldLeft = oldCount;
      newLeft = newCount;
    }

    void hunkLine(String line) {
      if (hunk == null || line.startsWith("\\")) {
        return;
      }
      if (lines >= MAX_LINES) {
        full = true;
        return;
      }
      lines++;
      char c = line.isEmpty() ? ' ' : line.charAt(0);
      String text = line.isEmpty() ? "" : line.substring(1);
      DiffLine.Kind kind = c == '-' ? DiffLine.Kind.REMOVED
          : c == '+' ? DiffLine.Kind.ADDED : DiffLine.Kind.CONTEXT;
      oldLeft -= kind != DiffLine.Kind.ADDED ? 1 : 0;
      newLeft -= kind != DiffLine.Kind.REMOVED ? 1 : 0;
      hunk.add(new DiffLine(kind, text));
    }

    private void closeHunk() {
      if (hunk != null && !hunk.isEmpty()) {
        fileHunks.add(new Hunk(hunkOld, hunkNew, section, hunk));
        hunks++;
      }
      hunk = null;
    }

    private void closeFile() {
      closeHunk();
      if (fileOpen && (oldPath != null || newPath != null || !fileHunks.isEmpty())) {
        files.add(new FileDiff(oldPath, newPath, fileHunks));
      }
      fileOpen = false;
      oldPath = null;
      newPath = null;
      fileHunks = new ArrayList<>();
    }

    UnifiedDiff finish() {
      closeFile();
      return new UnifiedDiff(files, skipped, clipped || full);
    }
  }

  private static boolean hunkLine(String line) {
    if (line.isEmpty()) {
      return true;
    }
    char c = line.charAt(0);
    return c == ' ' || c == '-' || c == '+' || c == '\\';
  }

  private static String clipLine(String line) {
    String s = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    return s.length() <= MAX_LINE_CHARS ? s : s.substring(0, MAX_LINE_CHARS);
  }

  /** {@code a/x b/x}: paths may hold spaces, so split at the last {@code " b/"}. */
  private static String[] gitHeaderPaths(String rest) {
    String s = rest.trim();
    int split = s.lastIndexOf(" b/");
    if (s.startsWith("a/") && split > 0) {
      return new String[] {s.substring(2, split), s.substring(split + 3)};
    }
    int space = s.indexOf(' ');
    return space < 0 ? new String[] {strip(s), strip(s)}
        : new String[] {strip(s.substring(0, space)), strip(s.substring(space + 1))};
  }

  /** The path of a {@code ---}/{@code +++} line; null for {@code /dev/null}. */
  private static @Nullable String headerPath(String line) {
    String path = line.substring(4);
    int tab = path.indexOf('\t');
    path = (tab >= 0 ? path.substring(0, tab) : path).trim();
    if (path.length() >= 2 && path.startsWith("\"") && path.endsWith("\"")) {
      path = path.substring(1, path.length() - 1);
    }
    return path.isEmpty() || path.equals("/dev/null") ? null : strip(path);
  }

  private static String strip(String path) {
    return path.startsWith("a/") || path.startsWith("b/") ? path.substring(2) : path;
  }

  private static int number(String digits) {
    return Integer.parseInt(digits);
  }

  /** A hunk count; omitted means 1. */
  private static int count(@Nullable String digits) {
    return digits == null ? 1 : Integer.parseInt(digits);
  }
}
