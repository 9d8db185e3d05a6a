package dev.rca.core.config;

import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Replaces {@code ${NAME}} and {@code ${NAME:-default}} in configuration strings with
 * environment values; {@code $${} writes a literal {@code ${}. As in a shell, {@code :-} also
 * applies when the variable is set but empty.
 */
final class EnvInterpolation {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Function<String, @Nullable String> env;

  EnvInterpolation(Function<String, @Nullable String> env) {
    this.env = env;
  }

  /**
   * {@code text} with every reference replaced.
   *
   * @throws IllegalArgumentException naming the variable, never its value or the text around it
   */
  String apply(String text) {
    if (text.indexOf('$') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '$' && text.startsWith("$${", i)) {
        out.append("${");
        i += 3;
      } else if (c == '$' && text.startsWith("${", i)) {
        int close = text.indexOf('}', i + 2);
        if (close < 0) {
          throw new IllegalArgumentException("'${' without a closing '}'");
        }
        out.append(resolve(text.substring(i + 2, close)));
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private String resolve(String reference) {
    int split = reference.indexOf(":-");
    String name = split < 0 ? reference : reference.substring(0, split);
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("'${...}' must name an environment variable (letters, "
          + "digits and _, not starting with a digit)");
    }
    String value = env.apply(name);
    if (split >= 0) {
      return value == null || value.isEmpty() ? reference.substring(split + 2) : value;
    }
    if (value == null) {
      throw new IllegalArgumentException("environment variable " + name + " is not set (write ${"
          + name + ":-default} to give a default)");
    }
    return value;
  }
}
