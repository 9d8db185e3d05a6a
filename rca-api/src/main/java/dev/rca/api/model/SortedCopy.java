package dev.rca.api.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Immutable copies of string maps in key order. {@code Map.copyOf} iterates in an order that
 * changes from one JVM run to the next, which would make the same input give a different
 * report; value types copy through here instead.
 *
 * <pre>{@code
 * labels = SortedCopy.of(labels);
 * }</pre>
 */
public final class SortedCopy {
  private SortedCopy() {}

  /** An unmodifiable copy of {@code map}, iterating in key order; nulls are refused. */
  public static <V> Map<String, V> of(Map<String, V> map) {
    TreeMap<String, V> copy = new TreeMap<>();
    map.forEach((k, v) -> copy.put(java.util.Objects.requireNonNull(k, "key"),
        java.util.Objects.requireNonNull(v, "value of " + k)));
    return Collections.unmodifiableMap(copy);
  }
}
