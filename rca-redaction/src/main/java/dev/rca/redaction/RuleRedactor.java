package dev.rca.redaction;

import static java.util.Objects.requireNonNull;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.rca.api.spi.RedactionSession;
import dev.rca.api.spi.Redactor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Redactor} that finds secrets and personal data with the built-in rules plus the user's
 * own, and replaces each value with a pseudonym keyed per session ({@code <email:7f3a1c>}).
 *
 * <p>Speed comes from never asking a regular expression about a clean line: one sampled pass over
 * the line's bytes ({@link KeywordSieve}) finds every rule anchor ({@code ghp_}, {@code password},
 * {@code @}, ...), a hand-written pass judges digit runs (cards, phones, IBANs, IPv4), and only
 * the rules whose anchor occurs run, next to it. The sieve tests the character pairs that are
 * rarest in log text, and, once it has counted pairs in a sample of the lines it has seen, those
 * rarest in these logs ({@link Builder#adaptiveSieve}). The rules a line with a secret wakes most
 * often are matched by hand ({@link KeyValueSyntax}, {@link AddressSyntax}), each held against
 * its pattern by tests; the rest run on RE2 ({@code com.google.re2j}), which matches in time
 * linear in the input, for built-in and user patterns alike, so no line can make the redactor
 * slow. On lines longer than {@value #LONG_LINE} characters a rule only runs on windows around
 * its anchors.
 *
 * <pre>{@code
 * RuleRedactor redactor = RuleRedactor.builder()
 *     .ipAddresses(false)                       // e.g. for a model running locally
 *     .rule(new RedactionRule("acme-key", "acme-key", "acme_[a-z0-9]{32}", List.of("acme_")))
 *     .allow("noreply@example.com")             // a literal, or /regex/ for a pattern
 *     .disable("phone-number")
 *     .build();
 * RedactionSession s = redactor.openSession();
 * s.redact("password=hunter2 for bob@example.com"); // "password=<secret:…> for <email:…>"
 * }</pre>
 */
public final class RuleRedactor implements Redactor {
  /** Lines up to this length run a triggered rule on the whole line. */
  public static final int LONG_LINE = 4096;
  /** How far before (and, by default, after) an anchor a match may lie in a long line. */
  public static final int WINDOW = 1024;

  private final List<CompiledRule> rules;
  private final List<Allowance> allowed;
  /**
   * Finds the keywords, unless the automaton must; finds IBAN starts for the number scanner.
   * Replaced once, by a sieve whose pairs suit the logs seen, when {@link #sample} is complete.
   */
  private volatile KeywordSieve sieve;
  /** Pair counts of the lines seen so far; none once used, or when the sieve finds no keywords. */
  private volatile @Nullable PairSample sample;
  private final List<String> keywords;
  private final List<Boolean> keywordCaseSensitive;
  /** Finds keywords the sieve cannot sample (a user keyword of two letters); else none. */
  private final @Nullable KeywordAutomaton automaton;
  private final int[][] rulesOfKeyword;
  private final List<CompiledRule> unanchored;
  private final NumberScanner numbers;

  private RuleRedactor(List<CompiledRule> rules, List<Allowance> allowed, boolean adaptiveSieve) {
    this.rules = rules;
    this.allowed = allowed;
    List<String> words = new ArrayList<>();
    List<Boolean> caseSensitive = new ArrayList<>();
    List<int[]> owners = new ArrayList<>();
    List<CompiledRule> noAnchor = new ArrayList<>();
    for (CompiledRule r : rules) {
      if (r.scanner()) {
        continue;
      }
      if (r.keywords().isEmpty()) {
        noAnchor.add(r);
      }
      for (int i = 0; i < r.keywords().size(); i++) {
        words.add(r.keywordText(i));
        caseSensitive.add(r.keywordCaseSensitive(i));
        owners.add(new int[] {r.index()});
      }
    }
    boolean sieveFindsKeywords = KeywordSieve.handles(words, caseSensitive);
    this.automaton = sieveFindsKeywords ? null : new KeywordAutomaton(words, caseSensitive);
    this.rulesOfKeyword = owners.toArray(int[][]::new);
    this.unanchored = List.copyOf(noAnchor);
    this.numbers = new NumberScanner(indexOf(PersonalRules.CARD), indexOf(PersonalRules.PHONE),
        indexOf(PersonalRules.IPV4), indexOf(PersonalRules.IBAN));
    this.keywords = sieveFindsKeywords ? List.copyOf(words) : List.of();
    this.keywordCaseSensitive = sieveFindsKeywords ? List.copyOf(caseSensitive) : List.of();
    this.sieve = new KeywordSieve(keywords, keywordCaseSensitive, ibanStarts());
    this.sample = sieveFindsKeywords && adaptiveSieve ? new PairSample() : null;
  }

  private boolean ibanStarts() {
    return indexOf(PersonalRules.IBAN) >= 0;
  }

  private int indexOf(String id) {
    for (CompiledRule r : rules) {
      if (r.id().equals(id) && r.scanner()) {
        return r.index();
      }
    }
    return -1;
  }

  /** Every built-in rule, IP addresses included. */
  public static RuleRedactor withBuiltInRules() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The ids of the built-in rules, in priority order (an earlier rule wins an overlap). */
  public static List<String> builtInRuleIds() {
    return builtInSpecs().map(RuleSpec::id).toList();
  }

  /** The built-in rules with what each finds, for listings and documentation. */
  public static List<RuleSummary> builtInRules() {
    return builtInSpecs().map(s -> new RuleSummary(s.id(), s.category(), s.label(), s.summary(),
        s.pattern(), s.keywords().stream().map(k -> k.startsWith("=") ? k.substring(1) : k).toList()))
        .toList();
  }

  /** The rules of the IP-address option {@code ip_addresses}. */
  public static Set<String> ipAddressRuleIds() {
    return Set.of(PersonalRules.IPV4, PersonalRules.IPV6);
  }

  static Stream<RuleSpec> builtInSpecs() {
    return Stream.concat(SecretRules.all().stream(), PersonalRules.all().stream());
  }

  /** The rules in force, user rules first, in priority order. */
  public List<RuleSummary> rules() {
    return rules.stream().map(CompiledRule::toSummary).toList();
  }

  @Override
  public RedactionSession openSession() {
    return new RedactingSession(this, Pseudonyms.withRandomKey());
  }

  /** A session with a fixed pseudonym key, so that two runs give the same tokens. */
  RedactionSession openSession(byte[] key) {
    return new RedactingSession(this, new Pseudonyms(key));
  }

  List<CompiledRule> compiledRules() {
    return rules;
  }

  /**
   * Reports every keyword anchor in the line, and every place an IBAN may start; returns whether
   * any keyword was found. {@code found} is where the sieve puts its hits in order.
   */
  boolean findKeywords(String text, byte[] bytes, KeywordAutomaton.Hits hits, Findings found) {
    boolean sieved = sieve.scan(text, bytes, hits, found);
    return automaton == null ? sieved : automaton.scan(text, hits);
  }

  /**
   * Counts the line's pairs if it is this thread's turn and the sample is not yet complete; the
   * line that completes it rebuilds the sieve with pairs chosen by the sample.
   */
  void sample(String text, byte[] bytes, LineScratch scratch) {
    PairSample s = sample;
    if (s != null && scratch.sampleTurn() && s.count(bytes, text.length())) {
      sieve = new KeywordSieve(keywords, keywordCaseSensitive, ibanStarts(), s.counts());
      sample = null;
    }
  }

  /** The sieve in use, for tests. */
  KeywordSieve sieve() {
    return sieve;
  }

  int[] rulesOfKeyword(int keyword) {
    return rulesOfKeyword[keyword];
  }

  List<CompiledRule> unanchored() {
    return unanchored;
  }

  NumberScanner numbers() {
    return numbers;
  }

  boolean allowed(String value) {
    for (Allowance a : allowed) {
      if (a.allows(value)) {
        return true;
      }
    }
    return false;
  }

  /** An allowlist entry: a literal value, or {@code /regex/} that must match the whole value. */
  private record Allowance(String literal, @Nullable Pattern regex) {
    static Allowance parse(String entry) {
      if (entry.length() >= 2 && entry.startsWith("/") && entry.endsWith("/")) {
        try {
          return new Allowance(entry, Pattern.compile(entry.substring(1, entry.length() - 1)));
        } catch (PatternSyntaxException e) {
          throw new IllegalArgumentException("allow entry " + entry + " is not RE2 syntax ("
              + e.getMessage() + ")", e);
        }
      }
      return new Allowance(entry, null);
    }

    boolean allows(String value) {
      return regex == null ? literal.equals(value) : regex.matches(value);
    }
  }

  /** Chooses rules; every setter validates its argument. */
  public static final class Builder {
    private boolean ipAddresses = true;
    private boolean adaptiveSieve = true;
    private final Set<String> disabled = new LinkedHashSet<>();
    private final List<RedactionRule> custom = new ArrayList<>();
    private final List<Allowance> allowed = new ArrayList<>();

    private Builder() {}

    /**
     * Whether IPv4/IPv6 addresses are pseudonymised. On by default, as evidence may go to a hosted
     * model; turn it off when the model runs locally and addresses help the diagnosis.
     */
    public Builder ipAddresses(boolean value) {
      this.ipAddresses = value;
      return this;
    }

    /**
     * Whether the keyword pass re-chooses the character pairs it samples once it has counted
     * them in a sample of the lines it has seen (one line in 16, until 2,048 are counted). On by
     * default; it changes how fast a line is scanned, never what is found.
     */
    public Builder adaptiveSieve(boolean value) {
      this.adaptiveSieve = value;
      return this;
    }

    /** Turns off built-in rules by id; an unknown id fails, naming the known ones. */
    public Builder disable(Collection<String> ids) {
      List<String> known = builtInRuleIds();
      for (String id : ids) {
        if (!known.contains(requireNonNull(id, "id"))) {
          throw new IllegalArgumentException("no built-in rule '" + id + "' (known: "
              + String.join(", ", new TreeSet<>(known)) + ")");
        }
        disabled.add(id);
      }
      return this;
    }

    public Builder disable(String... ids) {
      return disable(List.of(ids));
    }

    /** Adds a user rule; it takes priority over the built-in ones. */
    public Builder rule(RedactionRule rule) {
      requireNonNull(rule, "rule");
      if (builtInRuleIds().contains(rule.id())
          || custom.stream().anyMatch(r -> r.id().equals(rule.id()))) {
        throw new IllegalArgumentException("rule id '" + rule.id() + "' is already taken");
      }
      custom.add(rule);
      return this;
    }

    /** A value never to redact: a literal, or {@code /regex/} (RE2) matching the whole value. */
    public Builder allow(String entry) {
      requireNonNull(entry, "entry");
      if (entry.isEmpty()) {
        throw new IllegalArgumentException("allow entry must not be empty");
      }
      allowed.add(Allowance.parse(entry));
      return this;
    }

    public RuleRedactor build() {
      List<CompiledRule> compiled = new ArrayList<>();
      for (RedactionRule r : custom) {
        compiled.add(CompiledRule.of(compiled.size(), r));
      }
      builtInSpecs().filter(s -> !disabled.contains(s.id()))
          .filter(s -> ipAddresses || !ipAddressRuleIds().contains(s.id()))
          .forEach(s -> compiled.add(CompiledRule.of(compiled.size(), s)));
      return new RuleRedactor(List.copyOf(compiled), List.copyOf(allowed), adaptiveSieve);
    }
  }
}
