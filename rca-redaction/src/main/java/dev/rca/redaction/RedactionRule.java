package dev.rca.redaction;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * One thing to find and hide.
 *
 * <pre>{@code
 * new RedactionRule("email", "email", Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+"), 0, "@");
 * }</pre>
 *
 * @param id stable id, used in counts and to disable the rule
 * @param label the word in the pseudonym, e.g. {@code email} in {@code <email:7f3a1c>}
 * @param pattern what to find
 * @param group the capture group holding the secret value (0 = the whole match), so a key such
 *     as {@code password=} stays readable and only its value is replaced
 * @param hint text that must occur (case-insensitively) for the rule to apply at all: a cheap
 *     test that keeps clean lines away from the regex engine
 */
public record RedactionRule(String id, String label, Pattern pattern, int group, String hint) {
  public RedactionRule {
    requireNonNull(id, "id");
    requireNonNull(label, "label");
    requireNonNull(pattern, "pattern");
    requireNonNull(hint, "hint");
    if (group < 0 || group > pattern.matcher("").groupCount()) {
      throw new IllegalArgumentException("rule " + id + ": no capture group " + group);
    }
  }
}
