package dev.rca.connectors.git.diff;

/**
 * What a touched setting, statement or file is about. Each category carries the rule for its
 * risk, so the policy reads as a table.
 *
 * <pre>{@code
 * TouchCategory.POOL.label()   // "pool", as listed in the {@code touches} attribute
 * }</pre>
 */
public enum TouchCategory {
  /** Connection and thread pool sizes: {@code maximumPoolSize}, {@code max_connections}. */
  POOL("pool", RiskRule.SHRINK_IS_HIGH),
  /** Timeouts, deadlines, keep-alives: {@code readTimeout}, {@code connect_timeout}. */
  TIMEOUT("timeout", RiskRule.SHRINK_IS_HIGH),
  /** Retries and backoff: {@code retries}, {@code maxAttempts}, {@code backoff}. */
  RETRY("retry", RiskRule.MEDIUM),
  /** Hosts, URLs, ports, upstream servers, DNS names. */
  ENDPOINT("endpoint", RiskRule.CHANGE_IS_HIGH),
  /** Feature flags and toggles, and settings whose values are booleans. */
  FLAG("flag", RiskRule.ON_IS_HIGH),
  /** Resource limits and requests, replicas, heap size: {@code resources.limits.memory}, {@code -Xmx}. */
  RESOURCE("resource", RiskRule.SHRINK_IS_HIGH),
  /** Rate limits and throttles. */
  RATE_LIMIT("ratelimit", RiskRule.SHRINK_IS_HIGH),
  /** Caches and their time-to-live. */
  CACHE("cache", RiskRule.MEDIUM),
  /** TLS, certificates, key and trust stores. */
  TLS("tls", RiskRule.HIGH),
  /** SQL statements and schema migrations. */
  QUERY("query", RiskRule.HIGH),
  /** A setting that matched no other category, or a configuration file read no further. */
  CONFIG("config", RiskRule.MEDIUM),
  /** Source code, build files, or the image or version a service runs. */
  CODE("code", RiskRule.MEDIUM),
  /** CI pipeline definitions. */
  CI("ci", RiskRule.LOW),
  /** Test code and test resources. */
  TESTS("tests", RiskRule.LOW),
  /** Documentation. */
  DOCS("docs", RiskRule.LOW);

  /** When a touch of a category is risky. */
  enum RiskRule {
    LOW,
    MEDIUM,
    HIGH,
    /** High when the new value is smaller than the old one (or a limit appears), else medium. */
    SHRINK_IS_HIGH,
    /** High when an existing value is replaced by another, else medium. */
    CHANGE_IS_HIGH,
    /** High when the flag turns a code path on, else medium. */
    ON_IS_HIGH
  }

  private final String label;
  private final RiskRule riskRule;

  TouchCategory(String label, RiskRule riskRule) {
    this.label = label;
    this.riskRule = riskRule;
  }

  /** The lower-case name used in change attributes. */
  public String label() {
    return label;
  }

  RiskRule riskRule() {
    return riskRule;
  }
}
