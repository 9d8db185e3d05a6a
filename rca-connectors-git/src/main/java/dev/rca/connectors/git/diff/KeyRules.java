package dev.rca.connectors.git.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Tells what a setting is about from its key, as a table of rules tried in order.
 *
 * <p>A key is cut into lower-case words ({@code maximum-pool-size}, {@code maxPoolSize} and
 * {@code MAX_POOL_SIZE} all read {@code _max_pool_size_}) and matched on its last segment; when
 * that segment only qualifies its parent ({@code ssl.enabled}, {@code threads.max}) the parent is
 * read with it. Order matters: {@code connection-timeout} is a timeout before it is a pool.
 */
final class KeyRules {
  private record Rule(TouchCategory category, Pattern words) {}

  private static final List<Rule> RULES = List.of(
      rule(TouchCategory.TLS, "_(tls|ssl|mtls|https|cert|certs|crt|ca|cacert|pem|sni|ciphers?)_"
          + "|certificate|keystore|truststore"),
      rule(TouchCategory.RATE_LIMIT, "ratelimit|_rate_limit|_rate_|_(rps|qps|throttle|throttling"
          + "|burst|limit_req|permits|requests_per_second|requests_per_minute)_"),
      rule(TouchCategory.RETRY, "_(retry|retries|retrying|backoff|attempts|max_attempts)_"),
      rule(TouchCategory.TIMEOUT, "timeout|_(deadline|keepalive|keep_alive|lifetime|max_wait"
          + "|wait_time)_|_(read|connect|write|idle|socket|request|response)_(time|ms|millis"
          + "|seconds)_"),
      rule(TouchCategory.CACHE, "cache|_(ttl|expire|expiry|expires|expiration|eviction|evict"
          + "|max_age|time_to_live)_"),
      rule(TouchCategory.POOL, "pool|_(max|min|maximum|minimum)_(connections?|conns?|idle|active"
          + "|total)_|_(connections|max_conn|maxconn|threads?|workers?|worker_processes"
          + "|concurrency|parallelism|max_in_flight|semaphore|queue_size|queue_capacity"
          + "|backlog)_"),
      rule(TouchCategory.RESOURCE, "replica|_(memory|mem|maxmemory|cpu|cpus|xmx|xms|heap|storage"
          + "|ephemeral_storage|gpu|instances|max_ram_percentage|max_metaspace_size|hugepages)_"),
      rule(TouchCategory.ENDPOINT, "_(url|uri|urls|host|hosts|hostname|endpoint|endpoints|address"
          + "|addresses|addr|port|server|servers|upstream|proxy_pass|dns|dsn|broker|brokers"
          + "|bootstrap_servers|domain|ip|jdbc)_"),
      rule(TouchCategory.FLAG, "_(enabled|enable|disabled|disable|flag|flags|feature|features"
          + "|toggle|toggles|experiment|rollout)_|^_(use|enable|disable)_"),
      rule(TouchCategory.CODE, "_(image|tag|version|digest|commit|sha|release)_"));

  /** Words that only qualify their parent: {@code ssl.enabled} is about TLS, not a flag. */
  private static final Set<String> QUALIFIERS = Set.of("enabled", "enable", "disabled", "disable",
      "max", "min", "maximum", "minimum", "size", "value", "count", "default", "amount", "number",
      "ms", "millis", "seconds", "sec", "s", "limit", "initial", "on", "active", "name", "secret",
      "path", "file", "location", "ref");
  private static final Pattern SECRET = Pattern.compile("_(password|passwd|pwd|secret|secrets"
      + "|token|apikey|api_key|private|privatekey|private_key|credential|credentials"
      + "|passphrase)_");
  private static final Pattern URL_VALUE = Pattern.compile(
      "^[a-z][a-z0-9+.-]{1,20}://\\S+$|^[\\w.-]{1,253}:\\d{2,5}$"
          + "|^\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$|^[a-z0-9-]{1,63}(\\.[a-z0-9-]{1,63}){2,}$");
  private static final Set<String> BOOLEANS = Set.of("true", "false", "on", "off", "yes", "no",
      "enabled", "disabled");

  private KeyRules() {}

  private static Rule rule(TouchCategory category, String words) {
    return new Rule(category, Pattern.compile(words));
  }

  /**
   * The category of {@code key}; when no rule matches, values that are booleans make it a flag
   * and values that look like URLs, host:port or DNS names make it an endpoint.
   */
  static TouchCategory categoryOf(String key, @Nullable String before, @Nullable String after) {
    TouchCategory byKey = categoryByKey(key);
    if (byKey != null) {
      return byKey;
    }
    if (isBoolean(before) || isBoolean(after)) {
      return TouchCategory.FLAG;
    }
    if (looksLikeEndpoint(before) || looksLikeEndpoint(after)) {
      return TouchCategory.ENDPOINT;
    }
    return TouchCategory.CONFIG;
  }

  /** The category the key's words name, or null when no rule matches. */
  static @Nullable TouchCategory categoryByKey(String key) {
    String words = significantWords(key);
    for (Rule r : RULES) {
      if (r.words().matcher(words).find()) {
        return r.category();
      }
    }
    return null;
  }

  /** Whether a setting's values should not be shown: passwords, tokens, keys. */
  static boolean isSecret(String key) {
    return SECRET.matcher(words(key)).find();
  }

  static boolean isBoolean(@Nullable String value) {
    return value != null && BOOLEANS.contains(value.toLowerCase(Locale.ROOT));
  }

  private static boolean looksLikeEndpoint(@Nullable String value) {
    return value != null && value.length() <= 300
        && URL_VALUE.matcher(value.toLowerCase(Locale.ROOT)).find();
  }

  /** The words of the last segment, with its parent's when the last only qualifies it. */
  static String significantWords(String key) {
    List<String> segments = segments(key);
    if (segments.isEmpty()) {
      return "__";
    }
    String last = words(segments.get(segments.size() - 1));
    boolean qualifier = true;
    for (String w : last.split("_")) {
      qualifier &= w.isEmpty() || QUALIFIERS.contains(w);
    }
    if (qualifier && segments.size() > 1) {
      return words(segments.get(segments.size() - 2)) + last.substring(1);
    }
    return last;
  }

  static List<String> segments(String key) {
    List<String> out = new ArrayList<>();
    for (String s : key.split("\\.")) {
      if (!s.isBlank()) {
        out.add(s);
      }
    }
    return out;
  }

  /** {@code maxPoolSize} → {@code _max_pool_size_}: camel case and separators become {@code _}. */
  static String words(String text) {
    StringBuilder sb = new StringBuilder("_");
    int n = Math.min(text.length(), 200);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        separate(sb);
        continue;
      }
      boolean upper = Character.isUpperCase(c);
      char prev = i > 0 ? text.charAt(i - 1) : ' ';
      char next = i + 1 < n ? text.charAt(i + 1) : ' ';
      if (upper && (Character.isLowerCase(prev) || Character.isDigit(prev)
          || (Character.isUpperCase(prev) && Character.isLowerCase(next)))) {
        separate(sb);
      }
      sb.append(Character.toLowerCase(c));
    }
    separate(sb);
    return sb.toString();
  }

  private static void separate(StringBuilder sb) {
    if (sb.charAt(sb.length() - 1) != '_') {
      sb.append('_');
    }
  }
}
