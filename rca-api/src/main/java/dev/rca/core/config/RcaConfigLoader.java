package dev.rca.core.config;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads the YAML configuration a user writes into an {@link RcaConfig}.
 *
 * <pre>{@code
 * logs:    { provider: loki, endpoint: http://loki:3100, token: "${LOKI_TOKEN}", timeout: 10s }
 * metrics: { provider: prometheus, endpoint: http://prometheus:9090 }
 * changes: { provider: bundle, endpoint: ./incident }
 * engine:  { provider: deterministic }
 * redaction: { provider: default, options: { ip_addresses: true } }
 * investigation: { timeout: 30s, source_timeout: 10s, look_back: 60m, look_ahead: 15m }
 * output:  { min_confidence: 0.75, require_evidence_links: true,
 *            sinks: [ { type: json, path: report.json }, { type: markdown } ] }
 * audit:   { path: ./rca-audit.jsonl }
 * }</pre>
 *
 * <p>Every section and key is optional, except that a source section needs {@code provider} and
 * {@code endpoint}. Durations are written {@code 500ms}, {@code 10s}, {@code 5m}, {@code 1h},
 * {@code 1d} or in ISO-8601 ({@code PT30S}). String values may use {@code ${VAR}} and
 * {@code ${VAR:-default}}; {@code $${} writes a literal {@code ${}. Inside a { } flow mapping, YAML
 * needs such a value quoted ({@code "${LOKI_TOKEN}"}); in block style it does not. A source's
 * {@code token} is kept as a {@link dev.rca.api.spi.Secret}; an empty token means none. Paths and
 * endpoints are kept as written, so relative ones resolve against the working directory of the
 * process that uses them, not the file's directory.
 *
 * <p>Any problem throws {@link InvalidConfigException} naming the file, line, column and key path,
 * e.g. {@code rca.yaml line 12 col 5: unknown key 'min_confidnce' in output (known:
 * min_confidence, require_evidence_links, sinks)}. Messages never hold a token or an environment
 * value. Files are at most {@value #MAX_BYTES} bytes and nest at most 64 levels.
 *
 * <pre>{@code
 * RcaConfig config = RcaConfigLoader.usingSystemEnvironment().load(Path.of("rca.yaml"));
 * RcaConfig inTest = RcaConfigLoader.usingEnvironment(Map.of("LOKI_TOKEN", "t"))
 *     .parse(yaml, "rca.yaml");
 * }</pre>
 */
public final class RcaConfigLoader {
  /** A configuration larger than 1 MiB is not a configuration. */
  public static final int MAX_BYTES = 1024 * 1024;

  private final Function<String, @Nullable String> environment;

  private RcaConfigLoader(Function<String, @Nullable String> environment) {
    this.environment = environment;
  }

  /** Resolves {@code ${VAR}} from the process environment. */
  public static RcaConfigLoader usingSystemEnvironment() {
    return new RcaConfigLoader(System::getenv);
  }

  /** Resolves {@code ${VAR}} through {@code lookup}, which returns null for an unset variable. */
  public static RcaConfigLoader usingEnvironment(Function<String, @Nullable String> lookup) {
    return new RcaConfigLoader(requireNonNull(lookup, "lookup"));
  }

  /** Resolves {@code ${VAR}} from {@code variables} only. */
  public static RcaConfigLoader usingEnvironment(Map<String, String> variables) {
    Map<String, String> copy = Map.copyOf(requireNonNull(variables, "variables"));
    return new RcaConfigLoader(copy::get);
  }

  /**
   * Loads the file at {@code path}; error messages name it as {@code path.toString()}.
   *
   * @throws IOException when the file cannot be read
   * @throws InvalidConfigException when it is too large, not UTF-8, or not a valid configuration
   */
  public RcaConfig load(Path path) throws IOException {
    requireNonNull(path, "path");
    String name = path.toString();
    long size = Files.size(path);
    if (size > MAX_BYTES) {
      throw new InvalidConfigException(name, 0, 0, "", "is " + size + " bytes, more than the "
          + MAX_BYTES + " a configuration may have; is this the right file?");
    }
    String yaml;
    try {
      yaml = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidConfigException(name, 0, 0, "", "is not UTF-8 text");
    }
    return parse(yaml, name);
  }

  /**
   * Parses {@code yaml}, naming it {@code sourceName} in error messages.
   *
   * @throws InvalidConfigException when it is not a valid configuration
   */
  public RcaConfig parse(String yaml, String sourceName) {
    requireNonNull(yaml, "yaml");
    requireNonNull(sourceName, "sourceName");
    if (yaml.length() > MAX_BYTES) {
      throw new InvalidConfigException(sourceName, 0, 0, "", "is longer than " + MAX_BYTES
          + " characters, more than a configuration may have");
    }
    YamlTree.Node root = YamlTree.parse(yaml, sourceName);
    return new ConfigBinder(sourceName, new EnvInterpolation(environment)).bind(root);
  }
}
