package dev.rca.redaction;

import dev.rca.api.spi.Redactor;
import dev.rca.api.spi.RedactorProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code default} redactor, configured from the {@code redaction.options} section. Rules are
 * data: users add patterns and allowlist entries and turn built-in rules off by id.
 *
 * <pre>{@code
 * redaction:
 *   provider: default
 *   options:
 *     ip_addresses: false          # default true; false suits a model running locally
 *     disable: [phone-number]      # ids from `rca redact --list-rules`
 *     allow: [noreply@example.com, "/test-[0-9]+@example\\.org/"]   # literal or /RE2/
 *     rules:
 *       - { id: acme-key, pattern: "acme_[a-z0-9]{32}", label: acme-key, keywords: [acme_] }
 * }</pre>
 *
 * Every problem fails with the option's path, e.g. {@code redaction.options.rules[0].pattern}.
 */
public final class RuleRedactorProvider implements RedactorProvider {
  private static final Set<String> KNOWN = Set.of("disable", "ip_addresses", "allow", "rules");
  private static final Set<String> RULE_KEYS = Set.of("id", "pattern", "label", "keywords");

  @Override
  public String name() {
    return "default";
  }

  @Override
  public Redactor create(Map<String, Object> options) {
    for (String key : options.keySet()) {
      if (!KNOWN.contains(key)) {
        throw new IllegalArgumentException("redaction.options: unknown key '" + key
            + "' (known: allow, disable, ip_addresses, rules)");
      }
    }
    RuleRedactor.Builder b = RuleRedactor.builder();
    Object ip = options.get("ip_addresses");
    if (ip != null) {
      b.ipAddresses(bool(ip, "redaction.options.ip_addresses"));
    }
    try {
      b.disable(strings(options.get("disable"), "redaction.options.disable"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("redaction.options.disable: " + e.getMessage(), e);
    }
    for (String entry : strings(options.get("allow"), "redaction.options.allow")) {
      try {
        b.allow(entry);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("redaction.options.allow: " + e.getMessage(), e);
      }
    }
    Object rules = options.get("rules");
    if (rules != null) {
      if (!(rules instanceof List<?> list)) {
        throw new IllegalArgumentException("redaction.options.rules: expected a list of"
            + " {id, pattern, label, keywords}");
      }
      for (int i = 0; i < list.size(); i++) {
        String where = "redaction.options.rules[" + i + "]";
        try {
          b.rule(rule(list.get(i), where));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
      }
    }
    return b.build();
  }

  private static RedactionRule rule(Object entry, String where) {
    if (!(entry instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("expected a map with id, pattern, label, keywords");
    }
    for (Object k : map.keySet()) {
      if (!RULE_KEYS.contains(String.valueOf(k))) {
        throw new IllegalArgumentException("unknown key '" + k
            + "' (known: id, keywords, label, pattern)");
      }
    }
    Object id = map.get("id");
    Object pattern = map.get("pattern");
    if (id == null || pattern == null) {
      throw new IllegalArgumentException("id and pattern are required");
    }
    Object label = map.get("label");
    return new RedactionRule(String.valueOf(id), label == null ? "secret" : String.valueOf(label),
        String.valueOf(pattern), strings(map.get("keywords"), where + ".keywords"));
  }

  private static boolean bool(Object v, String where) {
    if (v instanceof Boolean b) {
      return b;
    }
    String s = String.valueOf(v);
    if (s.equals("true") || s.equals("false")) {
      return Boolean.parseBoolean(s);
    }
    throw new IllegalArgumentException(where + ": expected true or false, got '" + s + "'");
  }

  private static List<String> strings(Object v, String where) {
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> list)) {
      throw new IllegalArgumentException(where + ": expected a list");
    }
    List<String> out = new ArrayList<>();
    list.forEach(x -> out.add(String.valueOf(x)));
    return out;
  }
}
