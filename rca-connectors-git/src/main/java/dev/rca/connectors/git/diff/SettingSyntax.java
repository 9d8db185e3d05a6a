package dev.rca.connectors.git.diff;

import dev.rca.connectors.git.diff.SettingLines.KeyLine;
import dev.rca.connectors.git.diff.SettingLines.KeyLine.Shape;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads one line of a configuration (or code) file as a key line, per format. Lines that are not
 * keys (comments, closing braces, prose) read as null. Patterns are bounded and anchored, since
 * the text is untrusted.
 */
final class SettingSyntax {
  private static final Pattern YAML_KEY = Pattern.compile(
      "^([A-Za-z0-9_$@/][\\w.\\-/$@]{0,200}|\"[^\"]{1,200}\"|'[^']{1,200}')\\s{0,8}:(?:\\s+(.*))?$");
  private static final Pattern JSON_KEY = Pattern.compile("^\"([^\"\\\\]{1,200})\"\\s{0,8}:\\s*(.*)$");
  private static final Pattern ASSIGNMENT = Pattern.compile(
      "^(?:export\\s+)?([\\w\"'][\\w.\\-/$@\"'\\[\\]]{0,200})\\s{0,8}([=:])\\s*(.*)$");
  private static final Pattern SECTION = Pattern.compile("^\\[\\[?\\s*([^\\]\\[]{1,200})\\]\\]?$");
  private static final Pattern DIRECTIVE =
      Pattern.compile("^([A-Za-z_][\\w.-]{0,80})\\s+([^;{}=\\s][^;{}]{0,499});?$");
  private static final Pattern BLOCK =
      Pattern.compile("^([A-Za-z_][\\w-]{0,80})((?:\\s{1,8}[^\\s{}=]{1,200}){0,4})\\s*\\{$");
  private static final String CODE_VALUE = "-?\\d[\\d_]{0,15}(?:\\.\\d{1,9})?[A-Za-z]{0,3}"
      + "|\\d{1,9}\\s?\\*\\s?time\\.\\w{1,20}|time\\.\\w{1,20}\\s?\\*\\s?\\d{1,9}"
      + "|Duration\\.of\\w{1,10}\\(\\d{1,9}L?\\)|true|false|True|False"
      + "|\"[^\"]{0,200}\"|'[^']{0,200}'";
  private static final Pattern CODE_ASSIGN = Pattern.compile("\\b([A-Za-z_]\\w{0,80})[\"']?\\s{0,8}"
      + "(?::=|=|:)\\s{0,8}(" + CODE_VALUE + ")\\s*[,;)]?\\s*(?://.*|#.*)?$");
  private static final Pattern CODE_SETTER =
      Pattern.compile("\\.set([A-Z]\\w{0,80})\\(\\s{0,8}(" + CODE_VALUE + ")\\s{0,8}\\)");
  private static final Pattern JVM_FLAG = Pattern.compile("(-X(?:mx|ms|ss))(\\d{1,12}[kKmMgGtT]?)\\b"
      + "|(-XX:(?:MaxRAMPercentage|MaxMetaspaceSize|MaxDirectMemorySize|ActiveProcessorCount))"
      + "=([\\w.]{1,20})");

  private SettingSyntax() {}

  static @Nullable KeyLine parse(String text, FileRole.Format format) {
    return switch (format) {
      case YAML -> yaml(text);
      case JSON -> json(text);
      case PROPERTIES -> properties(text);
      case TOML -> toml(text);
      case HCL -> hcl(text);
      case CONF -> conf(text);
      case CODE -> code(text);
      case SQL, NONE -> null;
    };
  }

  /** Reports each JVM heap/stack flag on the line; whether there was one. */
  static boolean jvmFlags(String text, BiConsumer<String, String> flag) {
    if (!text.contains("-X")) {
      return false;
    }
    Matcher m = JVM_FLAG.matcher(text);
    boolean any = false;
    while (m.find()) {
      any = true;
      flag.accept(m.group(1) != null ? m.group(1) : m.group(3),
          m.group(2) != null ? m.group(2) : m.group(4));
    }
    return any;
  }

  private static @Nullable KeyLine yaml(String text) {
    String raw = stripComment(text, "#");
    if (raw.isBlank()) {
      return null;
    }
    int indent = indent(raw);
    String t = raw.trim();
    if (t.equals("---")) {
      return new KeyLine(Shape.RESET, 0, 0, "", "");
    }
    int popAt = indent;
    int content = indent;
    boolean item = t.startsWith("- ");
    if (item) {
      popAt = indent + 1;
      content = indent + 2;
      t = t.substring(2).trim();
    }
    Matcher m = YAML_KEY.matcher(t);
    if (!m.matches()) {
      return item && !t.isEmpty() ? new KeyLine(Shape.ITEM_VALUE, popAt, content, "", clean(t)) : null;
    }
    String key = unquote(m.group(1));
    String value = m.group(2) == null ? "" : clean(m.group(2));
    if (item && key.equals("name") && !value.isEmpty()) {
      return new KeyLine(Shape.NAMED_ITEM, popAt, content, value, "");
    }
    boolean parent = value.isEmpty() || value.matches("[|>][-+0-9]{0,3}");
    return new KeyLine(parent ? Shape.PARENT : Shape.LEAF, popAt, content, key, value);
  }

  private static @Nullable KeyLine json(String text) {
    int indent = indent(text);
    String t = text.trim();
    Matcher m = JSON_KEY.matcher(t);
    if (!m.matches()) {
      String v = stripTrailingComma(t);
      boolean scalar = !v.isEmpty() && "{}[]".indexOf(v.charAt(0)) < 0;
      return scalar ? new KeyLine(Shape.ITEM_VALUE, indent, indent, "", unquote(v)) : null;
    }
    String value = stripTrailingComma(m.group(2).trim());
    boolean parent = value.equals("{") || value.equals("[");
    return new KeyLine(parent ? Shape.PARENT : Shape.LEAF, indent, indent, m.group(1),
        unquote(value));
  }

  private static @Nullable KeyLine properties(String text) {
    String t = text.trim();
    if (t.isEmpty() || t.startsWith("#") || t.startsWith("!")) {
      return null;
    }
    Matcher s = SECTION.matcher(t);
    if (s.matches()) {
      return new KeyLine(Shape.SECTION, 0, 0, s.group(1).trim(), "");
    }
    Matcher m = ASSIGNMENT.matcher(t);
    return m.matches() ? new KeyLine(Shape.LEAF, 0, 0, unquote(m.group(1)), clean(m.group(3)))
        : null;
  }

  private static @Nullable KeyLine toml(String text) {
    String t = stripComment(text, "#").trim();
    Matcher s = SECTION.matcher(t);
    if (s.matches()) {
      return new KeyLine(Shape.SECTION, 0, 0, unquote(s.group(1).trim()), "");
    }
    return assignment(t, 0);
  }

  private static @Nullable KeyLine hcl(String text) {
    String raw = stripComment(stripComment(text, "//"), "#");
    int indent = indent(raw);
    String t = raw.trim();
    Matcher b = BLOCK.matcher(t);
    if (b.matches()) {
      return new KeyLine(Shape.PARENT, indent, indent, blockKey(b), "");
    }
    return assignment(t, indent);
  }

  /**
   * INI sections and {@code key = value}, nginx-style {@code name args;} and blocks, and
   * redis/postgres-style {@code name value} lines.
   */
  private static @Nullable KeyLine conf(String text) {
    String raw = stripComment(text, "#");
    int indent = indent(raw);
    String t = raw.trim();
    if (t.isEmpty() || t.startsWith(";")) {
      return null;
    }
    Matcher s = SECTION.matcher(t);
    if (s.matches()) {
      return new KeyLine(Shape.SECTION, 0, 0, s.group(1).trim(), "");
    }
    Matcher b = BLOCK.matcher(t);
    if (b.matches()) {
      return new KeyLine(Shape.PARENT, indent, indent, blockKey(b), "");
    }
    KeyLine assigned = assignment(t, indent);
    if (assigned != null) {
      return assigned;
    }
    Matcher d = DIRECTIVE.matcher(t);
    return d.matches() ? new KeyLine(Shape.LEAF, indent, indent, d.group(1), d.group(2).trim())
        : null;
  }

  private static @Nullable KeyLine code(String text) {
    Matcher setter = CODE_SETTER.matcher(text);
    if (setter.find()) {
      return new KeyLine(Shape.LEAF, 0, 0, setter.group(1), unquote(setter.group(2)));
    }
    Matcher m = CODE_ASSIGN.matcher(text);
    return m.find() ? new KeyLine(Shape.LEAF, 0, 0, m.group(1), unquote(m.group(2))) : null;
  }

  private static @Nullable KeyLine assignment(String t, int indent) {
    Matcher m = ASSIGNMENT.matcher(t);
    if (!m.matches() || !m.group(2).equals("=")) {
      return null;
    }
    String value = clean(m.group(3));
    boolean parent = value.equals("{") || value.equals("[");
    return new KeyLine(parent ? Shape.PARENT : Shape.LEAF, indent, indent, unquote(m.group(1)),
        value);
  }

  private static String blockKey(Matcher block) {
    StringBuilder key = new StringBuilder(block.group(1));
    for (String label : block.group(2).trim().split("\\s+")) {
      if (!label.isEmpty()) {
        key.append('.').append(unquote(label));
      }
    }
    return key.toString();
  }

  /** The text before a comment marker that starts the line or follows a blank, outside quotes. */
  static String stripComment(String text, String marker) {
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (text.startsWith(marker, i) && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
        return text.substring(0, i);
      }
    }
    return text;
  }

  private static int indent(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        n++;
      } else if (c == '\t') {
        n += 4;
      } else {
        break;
      }
    }
    return n;
  }

  /** A value without YAML anchors, tags, surrounding quotes or a trailing comma. */
  private static String clean(String value) {
    String v = value.trim();
    while ((v.startsWith("&") || v.startsWith("!")) && v.indexOf(' ') > 0) {
      v = v.substring(v.indexOf(' ') + 1).trim();
    }
    return unquote(v);
  }

  private static String stripTrailingComma(String v) {
    return v.endsWith(",") ? v.substring(0, v.length() - 1).trim() : v;
  }

  static String unquote(String v) {
    String s = v.trim();
    if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'')
        && s.charAt(s.length() - 1) == s.charAt(0)) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }
}
