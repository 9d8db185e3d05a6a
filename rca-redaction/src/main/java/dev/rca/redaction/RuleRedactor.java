package dev.rca.redaction;

import static java.util.Objects.requireNonNull;

import dev.rca.api.spi.RedactionSession;
import dev.rca.api.spi.Redactor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;

/**
 * A {@link Redactor} that applies {@link RedactionRule}s in order and replaces each found value
 * with a pseudonym keyed per session.
 *
 * <pre>{@code
 * RedactionSession s = RuleRedactor.withBuiltInRules().openSession();
 * s.redact("password=hunter2 for bob@example.com"); // "password=<secret:…> for <email:…>"
 * }</pre>
 */
public final class RuleRedactor implements Redactor {
  private final List<RedactionRule> rules;

  public RuleRedactor(List<RedactionRule> rules) {
    this.rules = List.copyOf(requireNonNull(rules, "rules"));
  }

  /** E-mail addresses, bearer/basic credentials, AWS access key ids, passwords in URLs,
   * {@code password=}/{@code secret=}/{@code token=}/{@code api_key=} values, private keys. */
  public static RuleRedactor withBuiltInRules() {
    return new RuleRedactor(BuiltInRules.all());
  }

  public List<RedactionRule> rules() {
    return rules;
  }

  @Override
  public RedactionSession openSession() {
    return new Session(rules, Pseudonyms.withRandomKey());
  }

  private static final class Session implements RedactionSession {
    private final List<RedactionRule> rules;
    private final List<String[]> hints = new ArrayList<>();
    private final Pseudonyms pseudonyms;
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    Session(List<RedactionRule> rules, Pseudonyms pseudonyms) {
      this.rules = rules;
      this.pseudonyms = pseudonyms;
      rules.forEach(r -> hints.add(r.hint().toLowerCase(Locale.ROOT).split("\\|")));
    }

    @Override
    public String redact(String text) {
      if (text.isEmpty()) {
        return text;
      }
      String lower = null;
      String out = text;
      for (int i = 0; i < rules.size(); i++) {
        if (lower == null) {
          lower = out.toLowerCase(Locale.ROOT);
        }
        if (!mayMatch(lower, hints.get(i))) {
          continue;
        }
        String next = apply(rules.get(i), out);
        if (!next.equals(out)) {
          out = next;
          lower = null;
        }
      }
      return out;
    }

    private static boolean mayMatch(String lower, String[] hint) {
      for (String h : hint) {
        if (h.isEmpty() || lower.contains(h)) {
          return true;
        }
      }
      return false;
    }

    private String apply(RedactionRule rule, String text) {
      Matcher m = rule.pattern().matcher(text);
      if (!m.find()) {
        return text;
      }
      StringBuilder sb = new StringBuilder(text.length());
      int last = 0;
      do {
        int start = m.start(rule.group());
        int end = m.end(rule.group());
        String value = text.substring(start, end);
        if (isPseudonym(value)) {
          continue;
        }
        sb.append(text, last, start).append(pseudonyms.token(rule.label(), value));
        last = end;
        counts.computeIfAbsent(rule.id(), k -> new LongAdder()).increment();
      } while (m.find());
      return sb.append(text, last, text.length()).toString();
    }

    /** A value that is already a token (redacting twice) is left as it is. */
    private static boolean isPseudonym(String value) {
      return value.startsWith("<") && value.endsWith(">") && value.indexOf(':') > 0;
    }

    @Override
    public Map<String, Long> countsByRule() {
      Map<String, Long> out = new TreeMap<>();
      counts.forEach((k, v) -> out.put(k, v.sum()));
      return out;
    }
  }
}
