package dev.rca.core.config;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A provider chosen by name with its options: the {@code engine} and {@code redaction} sections
 * ({@code provider:} and {@code options:}) and each entry of {@code output.sinks} ({@code type:}
 * and the entry's other keys).
 *
 * <pre>{@code
 * new ProviderConfig("json", Map.of("path", "report.json"));
 * }</pre>
 *
 * @param name the provider's name, e.g. {@code "deterministic"}, {@code "default"}, {@code "json"}
 * @param options provider-specific settings: strings, numbers, booleans, lists and maps, no nulls
 */
public record ProviderConfig(String name, Map<String, Object> options) {

  public ProviderConfig {
    requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    options = deepCopy(requireNonNull(options, "options"), "options");
  }

  /** Copies nested maps and lists too, so a configuration cannot change after it is built. */
  static Map<String, Object> deepCopy(Map<String, ?> options, String name) {
    Map<String, Object> copy = new LinkedHashMap<>();
    options.forEach((k, v) -> copy.put(requireNonNull(k, name + " key"),
        deepCopyValue(v, name + "." + k)));
    return Collections.unmodifiableMap(copy);
  }

  private static Object deepCopyValue(Object value, String name) {
    requireNonNull(value, name);
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(requireNonNull(k, name + " key")),
          deepCopyValue(v, name + "." + k)));
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        copy.add(deepCopyValue(list.get(i), name + "[" + i + "]"));
      }
      return Collections.unmodifiableList(copy);
    }
    return value;
  }

  /** Names the options but never shows their values, which may hold keys or tokens. */
  @Override
  public String toString() {
    return name + "{options=" + options.keySet() + "}";
  }
}
