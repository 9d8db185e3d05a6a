package dev.rca.redaction;

import dev.rca.api.spi.Redactor;
import dev.rca.api.spi.RedactorProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code default} redactor. Option {@code disable}: a list of built-in rule ids to turn off.
 *
 * <pre>{@code
 * redaction: { provider: default, options: { disable: [email] } }
 * }</pre>
 */
public final class RuleRedactorProvider implements RedactorProvider {
  @Override
  public String name() {
    return "default";
  }

  @Override
  public Redactor create(Map<String, Object> options) {
    Set<String> known = Set.copyOf(BuiltInRules.all().stream().map(RedactionRule::id).toList());
    for (String key : options.keySet()) {
      if (!key.equals("disable")) {
        throw new IllegalArgumentException("redaction.options: unknown key '" + key
            + "' (known: disable)");
      }
    }
    List<String> disabled = new ArrayList<>();
    Object d = options.get("disable");
    if (d instanceof List<?> list) {
      list.forEach(x -> disabled.add(String.valueOf(x)));
    } else if (d != null) {
      throw new IllegalArgumentException("redaction.options.disable: expected a list of rule ids");
    }
    for (String id : disabled) {
      if (!known.contains(id)) {
        throw new IllegalArgumentException("redaction.options.disable: no built-in rule '" + id
            + "' (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
      }
    }
    return new RuleRedactor(BuiltInRules.all().stream()
        .filter(r -> !disabled.contains(r.id())).toList());
  }
}
