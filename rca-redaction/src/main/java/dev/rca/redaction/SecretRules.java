package dev.rca.redaction;

import static dev.rca.redaction.KeyValueSyntax.ASSIGNED_VALUE;
import static dev.rca.redaction.KeyValueSyntax.alternatives;
import static dev.rca.redaction.RuleSpec.secret;

import java.util.List;
import java.util.Locale;

/**
 * The built-in secret rules, most specific first (an earlier rule wins an overlap). Prefixes,
 * lengths and charsets follow the token formats the providers document and the open secret
 * scanners (gitleaks, trufflehog, detect-secrets) check for; the patterns are our own. Every
 * quantifier is bounded so that a window of a long line is enough to find a match.
 */
final class SecretRules {
  private SecretRules() {}

  /**
   * Key names that mention a secret but hold something else: counts, expiries, file paths. A
   * suffix test rather than a pattern, as it runs on every key=value candidate.
   */
  private static final List<String> NOT_A_SECRET_KEY_ENDINGS = List.of("count", "len", "length",
      "size", "expiry", "expires", "expiration", "expiresat", "expires_at", "expiresin",
      "expires_in", "_at", "type", "name", "file", "path", "policy", "hint", "ttl", "age", "limit",
      "usage", "url", "uri", "endpoint", "header", "field", "format", "enabled", "required",
      "tokens", "strength", "rotation", "version", "store", "manager", "less");

  private static final ValueCheck SECRET_KEY_NAME = (text, matchStart, valueStart, valueEnd) -> {
    int keyEnd = valueStart;
    while (keyEnd > matchStart && " \t\"':=>\\".indexOf(text.charAt(keyEnd - 1)) >= 0) {
      keyEnd--;
    }
    String key = text.substring(matchStart, keyEnd).toLowerCase(Locale.ROOT);
    for (String ending : NOT_A_SECRET_KEY_ENDINGS) {
      if (key.endsWith(ending)) {
        return false;
      }
    }
    return true;
  };

  /** Words in a key that holds a password, as in {@code db.password=}. */
  private static final List<String> PASSWORD_WORDS =
      List.of("password", "passwd", "passphrase", "secret");
  /** Words in a key that holds a token or an API key, as in {@code X-Api-Key:}. */
  private static final List<String> TOKEN_WORDS = List.of("token", "api_key", "api-key", "apikey",
      "access_key", "access-key", "accesskey", "secret_key", "secret-key", "secretkey",
      "private_key", "private-key", "privatekey", "auth_key", "auth-key", "authkey", "credential",
      "session_id", "session-id", "sessionid");
  /** Words that a random-looking value may follow, as in {@code the api key is ...}. */
  private static final List<String> SECRET_WORDS = List.of("secret", "token", "api_key",
      "api key", "api-key", "apikey", "credential", "password", "passwd", "private_key",
      "private key", "private-key");
  private static final List<String> HEADER_NAMES = List.of("authorization", "authorisation");
  /** Authorization schemes that stand before the credential. */
  private static final List<String> HEADER_SCHEMES = List.of("bearer", "basic", "token", "apikey",
      "api-key", "digest", "negotiate", "ntlm", "sso-key", "key", "dsn");
  private static final List<String> BARE_SCHEMES = List.of("bearer", "basic");
  private static final List<String> CONNECTION_STRING_WORDS = List.of("password", "pwd");

  static List<RuleSpec> all() {
    ValueCheck notPlaceholder = ValueCheck.NOT_PLACEHOLDER;
    ValueCheck credential = ValueCheck.CREDENTIAL;
    return List.of(
        secret("private-key", "private-key",
            "PEM/OpenSSH/PGP private key blocks, also inside JSON with \\n escapes",
            "-----BEGIN[A-Z ]*PRIVATE KEY(?: BLOCK)?-----(?:[A-Za-z0-9+/=\\s\\\\:.,-]*"
                + "-----END[A-Z ]*PRIVATE KEY(?: BLOCK)?-----|[A-Za-z0-9+/=\\s\\\\]*)",
            List.of("private key"), ValueCheck.ANY).around(64, 16_500),
        secret("gcp-service-account-key", "gcp-key",
            "GCP service-account JSON: the private_key_id next to the private key",
            "\"private_key_id\"\\s{0,3}:\\s{0,3}\"([a-f0-9]{40})\"",
            List.of("private_key_id"), ValueCheck.ANY, 1).around(24, 80),
        secret("aws-access-key-id", "aws-key", "AWS access key ids: AKIA, ASIA, ABIA, ACCA and 16 characters",
            "\\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})\\b",
            List.of("=AKIA", "=ASIA", "=ABIA", "=ACCA"), ValueCheck.ANY, 1).shaped("A-Z0-9", 16, 16),
        secret("aws-secret-access-key", "aws-secret",
            "40-character AWS secret access keys assigned next to an aws/SecretAccessKey name",
            "(?i)(?:aws|secret_?access_?key)[\\w.-]*\\\\?[\"']?\\s{0,3}(?:[:=]|=>)\\s{0,3}"
                + "\\\\?[\"']?([A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$)",
            List.of("aws", "secret_access_key", "secretaccesskey"), credential, 1).atKeyword(200),
        secret("gcp-api-key", "gcp-key", "Google API keys: AIza and 35 characters",
            "\\b(AIza[0-9A-Za-z_-]{35})(?:[^0-9A-Za-z_-]|$)", List.of("=AIza"), ValueCheck.ANY, 1).shaped("0-9A-Za-z_-", 35, 35),
        secret("azure-storage-account-key", "azure-key",
            "Azure storage connection strings: AccountKey=<base64>",
            "(?i)AccountKey=([A-Za-z0-9+/]{40,}={0,2})", List.of("accountkey="),
            ValueCheck.ANY, 1).atKeyword(200),
        secret("azure-shared-access-signature", "azure-sas",
            "Azure SAS tokens and Service Bus keys: SharedAccessSignature, SharedAccessKey=, sig=",
            "(?i)(?:SharedAccessSignature[ =]|SharedAccessKey=|[?&;]sig=)"
                + "([A-Za-z0-9%+/=&._-]{16,})",
            List.of("sharedaccesssignature", "sharedaccesskey=", "sig="), notPlaceholder, 1).around(16, 1100),
        secret("azure-ad-client-secret", "azure-secret",
            "Entra ID (Azure AD) client secrets: three characters, a digit, Q~, 31-34 more",
            "(?:^|[^A-Za-z0-9_~.-])([A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})"
                + "(?:[^A-Za-z0-9_~.-]|$)",
            List.of("=Q~"), ValueCheck.ANY, 1).around(8, 48),
        secret("github-token", "github-token",
            "GitHub tokens: ghp_, gho_, ghu_, ghs_, ghr_ and 36+ base62 characters",
            "\\b((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,})\\b",
            List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_"), ValueCheck.ANY, 1).shaped("A-Za-z0-9", 36, 251),
        secret("github-fine-grained-token", "github-token",
            "GitHub fine-grained personal access tokens: github_pat_",
            "\\b(github_pat_[A-Za-z0-9_]{22,})", List.of("github_pat_"), ValueCheck.ANY, 1).shaped("A-Za-z0-9_", 22, 255),
        secret("gitlab-token", "gitlab-token",
            "GitLab tokens: glpat-, gldt-, glrt-, glptt-, glsoat-, glcbt-, glimt-, glft-, gloas-",
            "\\b(gl(?:pat|dt|rt|ptt|soat|cbt|imt|ft|oas)-[A-Za-z0-9_.-]{20,})",
            List.of("glpat-", "gldt-", "glrt-", "glptt-", "glsoat-", "glcbt-", "glimt-", "glft-",
                "gloas-"), ValueCheck.ANY, 1).shaped("A-Za-z0-9_.-", 20, 255),
        secret("npm-token", "npm-token", "npm access tokens: npm_ and 36 base62 characters",
            "\\b(npm_[A-Za-z0-9]{36})\\b", List.of("npm_"), ValueCheck.ANY, 1).shaped("A-Za-z0-9", 36, 36),
        secret("pypi-token", "pypi-token", "PyPI upload tokens: pypi-AgEIcHlwaS5vcmc...",
            "\\b(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})", List.of("=pypi-AgEIcHlwaS5vcmc"),
            ValueCheck.ANY, 1).shaped("A-Za-z0-9_-", 50, 1000),
        secret("docker-hub-token", "docker-token", "Docker Hub tokens: dckr_pat_, dckr_oat_",
            "\\b(dckr_(?:pat|oat)_[A-Za-z0-9_-]{20,64})", List.of("dckr_pat_", "dckr_oat_"),
            ValueCheck.ANY, 1).shaped("A-Za-z0-9_-", 20, 64),
        secret("slack-token", "slack-token",
            "Slack tokens: xoxb-, xoxa-, xoxp-, xoxr-, xoxs-, xoxe., xapp-",
            "\\b((?:xox[baprs]|xoxe\\.xox[bp]|xoxe|xapp)-[A-Za-z0-9-]{10,})",
            List.of("xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-", "xoxe-", "xoxe.xoxp-",
                "xoxe.xoxb-", "xapp-"),
            ValueCheck.ANY, 1).shaped("A-Za-z0-9-", 10, 250),
        secret("slack-webhook", "slack-webhook",
            "Slack incoming-webhook and workflow URLs: hooks.slack.com/services/...",
            "hooks\\.slack\\.com/(?:services|workflows|triggers)/([A-Za-z0-9+/_-]{20,})",
            List.of("hooks.slack.com"), ValueCheck.ANY, 1).atKeyword(300),
        secret("stripe-key", "stripe-key",
            "Stripe secret and restricted keys: sk_live_, rk_live_, sk_test_, rk_test_, whsec_",
            "\\b((?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,}|whsec_[A-Za-z0-9]{24,64})",
            List.of("sk_live_", "rk_live_", "sk_test_", "rk_test_", "whsec_"), ValueCheck.ANY,
            1).shaped("A-Za-z0-9", 10, 247),
        secret("twilio-api-key", "twilio-key", "Twilio API key SIDs: SK and 32 hex characters",
            "\\b(SK[0-9a-fA-F]{32})\\b", List.of("=SK"), ValueCheck.ANY, 1).shaped("0-9a-fA-F", 32, 32),
        secret("twilio-account-sid", "twilio-sid",
            "Twilio account SIDs: AC and 32 lowercase hex characters",
            "\\b(AC[0-9a-f]{32})\\b", List.of("=AC"), ValueCheck.ANY, 1).shaped("0-9a-f", 32, 32),
        secret("sendgrid-api-key", "sendgrid-key", "SendGrid API keys: SG.<22>.<43>",
            "\\b(SG\\.[A-Za-z0-9_-]{16,32}\\.[A-Za-z0-9_-]{30,64})", List.of("=SG."),
            (t, m, s, e) -> dots(t, s + 3, e) == 1, 1).shaped("A-Za-z0-9_.-", 47, 100),
        secret("anthropic-api-key", "anthropic-key",
            "Anthropic API keys: sk-ant-api03-..., sk-ant-admin01-...",
            "\\b(sk-ant-[a-z]{2,8}[0-9]{0,3}-[A-Za-z0-9_-]{32,})", List.of("=sk-ant-"),
            ValueCheck.ANY, 1).shaped("A-Za-z0-9_-", 32, 200),
        secret("openai-api-key", "openai-key",
            "OpenAI API keys: sk-, sk-proj-, sk-svcacct-, sk-admin- with mixed-case base62",
            "\\b(sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,})",
            List.of("=sk-"), (t, m, s, e) -> mixedCase(t, s + 3, e), 1).shaped("A-Za-z0-9_-", 20, 256),
        secret("jwt", "jwt", "JSON Web Tokens: eyJ header, payload and optional signature",
            "\\b(eyJ[A-Za-z0-9_-]{8,}\\.ey[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*)",
            List.of("=eyJ"),
            (t, m, s, e) -> dots(t, s, e) == 2 && t.startsWith("ey", t.indexOf('.', s) + 1), 1).shaped("A-Za-z0-9_.-", 20, 12_000),
        secret("authorization-header", "token",
            "Authorization header values after the scheme (Bearer, Basic, token, ...)",
            "(?i)\\b(?:" + alternatives(HEADER_NAMES) + ")\\\\?[\"']?\\s{0,3}[:=]\\s{0,3}"
                + "\\\\?[\"']?(?:(?:" + alternatives(HEADER_SCHEMES) + ")\\s+)?"
                + "([^\\s\"',;\\\\]{6,})",
            HEADER_NAMES, credentialOrBasic(), 1).atKeyword(4200)
            .matchedBy(KeyValueSyntax.headerCredential(HEADER_NAMES, HEADER_SCHEMES)),
        secret("bearer-token", "token", "Bearer and Basic credentials outside a header",
            "(?i)\\b(?:" + alternatives(BARE_SCHEMES) + ")\\s+([A-Za-z0-9._~+/=-]{8,})",
            BARE_SCHEMES, credential, 1).atKeyword(4200)
            .matchedBy(KeyValueSyntax.schemeCredential(BARE_SCHEMES)),
        secret("url-password", "password",
            "Passwords in URLs and DSNs: scheme://user:password@host (JDBC, mongodb+srv, redis...)",
            AddressSyntax.URL_PASSWORD, List.of("@"), notPlaceholder, 1).around(300, 1)
            .foundBy(AddressSyntax.urlPassword()),
        secret("jdbc-oracle-password", "password",
            "Oracle thin JDBC credentials: jdbc:oracle:thin:user/password@host",
            "(?i)jdbc:oracle:[a-z]{1,10}:[^/\\s:@]+/([^@\\s]+)@",
            List.of("jdbc:oracle"), notPlaceholder, 1).atKeyword(600),
        secret("connection-string-password", "password",
            "ADO/ODBC connection strings: Password=...; and Pwd=...;",
            "(?i)(?:" + alternatives(CONNECTION_STRING_WORDS)
                + ")\\s{0,3}=\\s{0,3}([^;\\r\\n\"']+);",
            CONNECTION_STRING_WORDS, notPlaceholder, 1).atKeyword(300)
            .matchedBy(KeyValueSyntax.connectionStringValue(CONNECTION_STRING_WORDS)),
        secret("cli-secret-flag", "secret",
            "Secrets passed as command-line flags: --password x, --token=x, --api-key x",
            "(?i)--(?:password|passwd|token|secret|api-key|apikey|client-secret|auth-token)"
                + "[ =]([^\\s\"']{4,})",
            List.of("--password", "--passwd", "--token", "--secret", "--api-key", "--apikey",
                "--client-secret", "--auth-token"), notPlaceholder, 1).atKeyword(600),
        secret("password-assignment", "secret",
            "password=, passwd:, passphrase, secret= values in JSON, YAML, logfmt, queries, headers",
            "(?i)([\\w.-]*(?:" + alternatives(PASSWORD_WORDS) + ")[\\w.-]*)" + ASSIGNED_VALUE,
            PASSWORD_WORDS, SECRET_KEY_NAME.and(notPlaceholder), 2, 3, 4).atKey(600)
            .matchedBy(KeyValueSyntax.assignment(PASSWORD_WORDS)),
        secret("token-assignment", "token",
            "token=, api_key=, X-Api-Key:, access_key, client_secret, session id values",
            "(?i)([\\w.-]*(?:" + alternatives(TOKEN_WORDS) + ")[\\w.-]*)" + ASSIGNED_VALUE,
            TOKEN_WORDS, SECRET_KEY_NAME.and(credential), 2, 3, 4).atKey(600)
            .matchedBy(KeyValueSyntax.assignment(TOKEN_WORDS)),
        secret("high-entropy-near-keyword", "secret",
            "Random-looking strings (entropy by charset) within a few characters of a secret word",
            "(?i)(?:" + alternatives(SECRET_WORDS) + ")[\\w-]*"
                + "[\\s:=\"'(]{1,6}(?:is\\s|of\\s|was\\s)?([A-Za-z0-9+/_=~.-]{16,})",
            SECRET_WORDS, ValueCheck.HIGH_ENTROPY, 1).atKeyword(600)
            .matchedBy(KeyValueSyntax.valueNearWord(SECRET_WORDS)));
  }

  /** A Basic credential may be any base64; every other scheme's value must look generated. */
  private static ValueCheck credentialOrBasic() {
    return (text, matchStart, valueStart, valueEnd) -> {
      String value = text.substring(valueStart, valueEnd);
      String before = text.substring(matchStart, valueStart).toLowerCase(Locale.ROOT);
      if (before.contains("basic")) {
        return !Plausibility.placeholder(value);
      }
      return Plausibility.credentialLike(value);
    };
  }

  private static int dots(String text, int from, int to) {
    int dots = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '.') {
        dots++;
      }
    }
    return dots;
  }

  private static boolean mixedCase(String text, int from, int to) {
    boolean digit = false;
    boolean lower = false;
    boolean upper = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      digit |= c >= '0' && c <= '9';
      lower |= c >= 'a' && c <= 'z';
      upper |= c >= 'A' && c <= 'Z';
    }
    return digit && lower && upper;
  }
}
