package dev.rca.core.config;

import dev.rca.api.model.Signal;
import dev.rca.api.spi.Secret;
import dev.rca.api.spi.SourceConfig;
import dev.rca.core.config.YamlTree.Entry;
import dev.rca.core.config.YamlTree.Mapping;
import dev.rca.core.config.YamlTree.Node;
import dev.rca.core.config.YamlTree.Scalar;
import dev.rca.core.config.YamlTree.Sequence;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a positioned YAML tree into an {@link RcaConfig}, section by section, so each error
 * names the file position and the key path. Values are echoed in messages only where they are
 * the file's own text for a non-secret key, never a token or an environment value.
 */
final class ConfigBinder {
  private static final List<String> TOP = List.of("logs", "metrics", "traces", "changes",
      "engine", "redaction", "investigation", "output", "audit");
  private static final List<String> SOURCE = List.of("provider", "endpoint", "token", "timeout",
      "options");
  private static final List<String> PROVIDER = List.of("provider", "options");
  private static final List<String> INVESTIGATION = List.of("timeout", "source_timeout",
      "look_back", "look_ahead");
  private static final List<String> OUTPUT = List.of("min_confidence", "require_evidence_links",
      "sinks");
  private static final List<String> AUDIT = List.of("path");

  private final String source;
  private final EnvInterpolation env;

  ConfigBinder(String source, EnvInterpolation env) {
    this.source = source;
    this.env = env;
  }

  RcaConfig bind(@Nullable Node root) {
    RcaConfig.Builder config = RcaConfig.builder();
    if (root == null || isNull(root)) {
      return config.build();
    }
    Mapping top = mapping(root, "", "a section of keys");
    knownKeys(top, "", TOP);
    for (Signal signal : Signal.values()) {
      Mapping section = section(top, signal.key());
      if (section != null) {
        config.source(source(signal, section));
      }
    }
    Mapping engine = section(top, "engine");
    if (engine != null) {
      knownKeys(engine, "engine", PROVIDER);
      config.engine(textOr(engine, "engine", "provider", "deterministic"),
          options(engine, "engine"));
    }
    Mapping redaction = section(top, "redaction");
    if (redaction != null) {
      knownKeys(redaction, "redaction", PROVIDER);
      config.redaction(textOr(redaction, "redaction", "provider", "default"),
          options(redaction, "redaction"));
    }
    investigation(section(top, "investigation"), config);
    output(section(top, "output"), config);
    Mapping audit = section(top, "audit");
    if (audit != null) {
      knownKeys(audit, "audit", AUDIT);
      Entry path = audit.get("path");
      if (path != null && !isNull(path.value())) {
        config.auditLog(path(path, "audit.path"));
      }
    }
    return config.build();
  }

  private ConfiguredSource source(Signal signal, Mapping section) {
    String path = signal.key();
    knownKeys(section, path, SOURCE);
    String provider = required(section, path, "provider", "the backend to read, e.g. loki, "
        + "prometheus, otel, git or bundle");
    String endpoint = required(section, path, "endpoint", "a URL, or a directory for a bundle");
    Secret token = null;
    Entry tokenEntry = section.get("token");
    if (tokenEntry != null && !isNull(tokenEntry.value())) {
      String value = text(tokenEntry.value(), path + ".token");
      token = value.isEmpty() ? null : Secret.of(value);
    }
    Duration timeout = null;
    Entry timeoutEntry = section.get("timeout");
    if (timeoutEntry != null && !isNull(timeoutEntry.value())) {
      timeout = positive(timeoutEntry, path + ".timeout");
    }
    return new ConfiguredSource(new SourceConfig(signal, provider, endpoint, token,
        options(section, path)), timeout);
  }

  private void investigation(@Nullable Mapping section, RcaConfig.Builder config) {
    if (section == null) {
      return;
    }
    knownKeys(section, "investigation", INVESTIGATION);
    for (Entry e : section.entries()) {
      if (isNull(e.value())) {
        continue;
      }
      String path = "investigation." + e.key();
      switch (e.key()) {
        case "timeout" -> config.investigationTimeout(positive(e, path));
        case "source_timeout" -> config.sourceTimeout(positive(e, path));
        case "look_back" -> config.lookBack(duration(e, path));
        default -> config.lookAhead(duration(e, path));
      }
    }
  }

  private void output(@Nullable Mapping section, RcaConfig.Builder config) {
    if (section == null) {
      return;
    }
    knownKeys(section, "output", OUTPUT);
    for (Entry e : section.entries()) {
      if (isNull(e.value())) {
        continue;
      }
      String path = "output." + e.key();
      switch (e.key()) {
        case "min_confidence" -> config.minConfidence(fraction(e, path));
        case "require_evidence_links" -> config.requireEvidenceLinks(bool(e, path));
        default -> sinks(e, path, config);
      }
    }
  }

  private void sinks(Entry entry, String path, RcaConfig.Builder config) {
    if (!(entry.value() instanceof Sequence list)) {
      throw fail(entry.value(), path, path + " must be a list, e.g. [ { type: json, path: "
          + "report.json }, { type: markdown } ]");
    }
    for (int i = 0; i < list.items().size(); i++) {
      String itemPath = path + "[" + i + "]";
      Mapping sink = mapping(list.items().get(i), itemPath, "a sink like { type: json }");
      String type = required(sink, itemPath, "type", "the sink's name, e.g. json, markdown, audit");
      Map<String, Object> options = new LinkedHashMap<>();
      for (Entry option : sink.entries()) {
        if (!option.key().equals("type")) {
          options.put(option.key(), value(option.value(), itemPath + "." + option.key()));
        }
      }
      config.sink(type, options);
    }
  }

  // ---- sections and keys

  private @Nullable Mapping section(Mapping top, String key) {
    Entry e = top.get(key);
    if (e == null || isNull(e.value())) {
      return null;
    }
    return mapping(e.value(), key, "a section of keys");
  }

  private Mapping mapping(Node node, String path, String what) {
    if (node instanceof Mapping m) {
      return m;
    }
    throw fail(node, path, (path.isEmpty() ? "the document" : path) + " must be " + what
        + ", not " + describe(node));
  }

  private void knownKeys(Mapping mapping, String path, List<String> known) {
    for (Entry e : mapping.entries()) {
      if (!known.contains(e.key())) {
        throw new InvalidConfigException(source, e.line(), e.column(),
            path.isEmpty() ? e.key() : path + "." + e.key(),
            "unknown key '" + e.key() + "' " + (path.isEmpty() ? "at the top level" : "in " + path)
                + " (known: " + String.join(", ", known) + ")");
      }
    }
  }

  private String required(Mapping mapping, String path, String key, String meaning) {
    Entry e = mapping.get(key);
    if (e == null || isNull(e.value())) {
      throw fail(mapping, path + "." + key, path + "." + key + " is required: " + meaning);
    }
    String value = text(e.value(), path + "." + key);
    if (value.isBlank()) {
      throw fail(e.value(), path + "." + key, path + "." + key + " must not be empty: " + meaning);
    }
    return value;
  }

  private String textOr(Mapping mapping, String path, String key, String fallback) {
    Entry e = mapping.get(key);
    if (e == null || isNull(e.value())) {
      return fallback;
    }
    String value = text(e.value(), path + "." + key);
    if (value.isBlank()) {
      throw fail(e.value(), path + "." + key, path + "." + key + " must not be empty");
    }
    return value;
  }

  private Map<String, Object> options(Mapping section, String path) {
    Entry e = section.get("options");
    if (e == null || isNull(e.value())) {
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> options = (Map<String, Object>) value(
        mapping(e.value(), path + ".options", "a section of keys"), path + ".options");
    // SourceConfig copies only the top level; nested lists and maps must not stay mutable.
    return ProviderConfig.deepCopy(options, path + ".options");
  }

  // ---- values

  /** A string value with ${...} resolved; the message of a failure never holds the value. */
  private String text(Node node, String path) {
    if (!(node instanceof Scalar scalar) || scalar.text() == null) {
      throw fail(node, path, path + " must be a text value, not " + describe(node));
    }
    try {
      return env.apply(scalar.text());
    } catch (IllegalArgumentException e) {
      throw fail(node, path, path + ": " + e.getMessage());
    }
  }

  private Duration duration(Entry e, String path) {
    String value = text(e.value(), path);
    Duration parsed;
    try {
      parsed = DurationSyntax.parse(value);
    } catch (IllegalArgumentException ex) {
      throw fail(e.value(), path, path + " must be " + DurationSyntax.EXPECTED + ", got "
          + echo(e.value()));
    }
    if (parsed.isNegative()) {
      throw fail(e.value(), path, path + " must not be negative, got " + echo(e.value()));
    }
    return parsed;
  }

  private Duration positive(Entry e, String path) {
    Duration d = duration(e, path);
    if (d.isZero() || d.isNegative()) {
      throw fail(e.value(), path, path + " must be longer than zero, got " + echo(e.value()));
    }
    return d;
  }

  private double fraction(Entry e, String path) {
    String value = text(e.value(), path);
    double parsed;
    try {
      parsed = Double.parseDouble(value.trim());
    } catch (NumberFormatException ex) {
      throw fail(e.value(), path, path + " must be a number in [0, 1], got " + echo(e.value()));
    }
    if (!(parsed >= 0.0 && parsed <= 1.0)) {
      throw fail(e.value(), path, path + " must be in [0, 1], got " + echo(e.value()));
    }
    return parsed;
  }

  private boolean bool(Entry e, String path) {
    String value = text(e.value(), path).trim();
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    throw fail(e.value(), path, path + " must be true or false, got " + echo(e.value()));
  }

  private Path path(Entry e, String path) {
    String value = text(e.value(), path);
    try {
      if (value.isBlank()) {
        throw new InvalidPathException(value, "empty");
      }
      return Path.of(value);
    } catch (InvalidPathException ex) {
      throw fail(e.value(), path, path + " must be a file path");
    }
  }

  /** Any YAML value as plain Java: String, Long, Double, Boolean, List, Map; nulls rejected. */
  private Object value(Node node, String path) {
    if (node instanceof Mapping m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Entry e : m.entries()) {
        out.put(e.key(), value(e.value(), path + "." + e.key()));
      }
      return out;
    }
    if (node instanceof Sequence s) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < s.items().size(); i++) {
        out.add(value(s.items().get(i), path + "[" + i + "]"));
      }
      return out;
    }
    Scalar scalar = (Scalar) node;
    return switch (scalar.kind()) {
      case NULL -> throw fail(node, path, path + " has no value; give one or remove the key");
      case BOOLEAN -> isTrue(scalar.text());
      case INTEGER -> integer(scalar);
      case FLOAT -> floating(scalar);
      case STRING -> text(node, path);
    };
  }

  /** YAML 1.1 also spells booleans yes/no and on/off; the parser has already said it is one. */
  private static boolean isTrue(@Nullable String text) {
    String t = String.valueOf(text).toLowerCase(Locale.ROOT);
    return t.equals("true") || t.equals("yes") || t.equals("on") || t.equals("y");
  }

  /** Floats Java cannot read ({@code .inf}, {@code 1_000.5}) stay text, like hex integers. */
  private static Object floating(Scalar scalar) {
    try {
      return Double.parseDouble(scalar.text());
    } catch (NumberFormatException e) {
      return scalar.text();
    }
  }

  private static Object integer(Scalar scalar) {
    try {
      return Long.parseLong(scalar.text());
    } catch (NumberFormatException e) {
      return scalar.text();
    }
  }

  // ---- messages

  /** The value as the file wrote it, or a stand-in when it came from the environment. */
  private static String echo(Node node) {
    if (!(node instanceof Scalar scalar) || scalar.text() == null) {
      return describe(node);
    }
    String raw = scalar.text();
    if (raw.contains("${")) {
      return "a value from the environment";
    }
    return raw.length() <= 40 ? raw : raw.substring(0, 39) + "…";
  }

  private static String describe(Node node) {
    if (node instanceof Mapping) {
      return "a section of keys";
    }
    if (node instanceof Sequence) {
      return "a list";
    }
    return ((Scalar) node).kind() == Scalar.Kind.NULL ? "an empty value" : "a single value";
  }

  private static boolean isNull(Node node) {
    return node instanceof Scalar s && s.kind() == Scalar.Kind.NULL;
  }

  private InvalidConfigException fail(Node at, String path, String message) {
    return new InvalidConfigException(source, at.line(), at.column(), path, message);
  }
}
