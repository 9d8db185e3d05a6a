package dev.rca.redaction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules the redactor starts with. Patterns are written so that every quantifier is bounded or
 * runs over a character class that cannot overlap its neighbour, which keeps matching linear.
 */
final class BuiltInRules {
  private BuiltInRules() {}

  static List<RedactionRule> all() {
    return List.of(
        new RedactionRule("private-key", "private-key", Pattern.compile(
            "-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----[A-Za-z0-9+/=\\s]{0,20000}"
                + "(?:-----END [A-Z ]{0,40}PRIVATE KEY-----)?"), 0, "PRIVATE KEY"),
        new RedactionRule("url-password", "password", Pattern.compile(
            "[a-zA-Z][a-zA-Z0-9+.-]{0,20}://[^\\s:/@]{1,256}:([^\\s@/]{1,256})@"), 1, "://"),
        new RedactionRule("authorization-header", "token", Pattern.compile(
            "(?i)\\b(?:bearer|basic)\\s+([A-Za-z0-9._~+/=-]{8,4096})"), 1, "bearer|basic"),
        new RedactionRule("aws-access-key-id", "aws-key", Pattern.compile(
            "\\b((?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16})\\b"), 1, "A"),
        new RedactionRule("secret-assignment", "secret", Pattern.compile(
            "(?i)\\b(?:password|passwd|pwd|secret|client_secret|token|access_token|api_key|apikey"
                + "|api-key)\\b[\"']?\\s{0,3}[:=]\\s{0,3}[\"']?([^\\s\"'&,;}]{1,1024})"), 1,
            "pass|pwd|secret|token|api"),
        new RedactionRule("email", "email", Pattern.compile(
            "\\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,8}\\b"), 0,
            "@"));
  }
}
