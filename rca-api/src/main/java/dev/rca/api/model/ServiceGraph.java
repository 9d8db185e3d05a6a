package dev.rca.api.model;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Who calls whom: {@code A -> B} means A depends on (calls) B, so an anomaly in B can explain
 * symptoms in A.
 *
 * <pre>{@code
 * ServiceGraph graph = ServiceGraph.builder().call("checkout", "payments").build();
 * graph.callees("checkout"); // [payments]
 * }</pre>
 */
public record ServiceGraph(Map<String, Set<String>> dependsOn) {
  private static final ServiceGraph EMPTY = new ServiceGraph(Map.of());

  public ServiceGraph {
    Map<String, Set<String>> copy = new TreeMap<>();
    requireNonNull(dependsOn, "dependsOn")
        .forEach((k, v) -> copy.put(k, Set.copyOf(new TreeSet<>(v))));
    dependsOn = java.util.Collections.unmodifiableMap(copy);
  }

  public static ServiceGraph empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The services {@code service} calls directly. */
  public Set<String> callees(String service) {
    return dependsOn.getOrDefault(service, Set.of());
  }

  /** The services that call {@code service} directly. */
  public Set<String> callers(String service) {
    Set<String> out = new TreeSet<>();
    dependsOn.forEach((caller, callees) -> {
      if (callees.contains(service)) {
        out.add(caller);
      }
    });
    return out;
  }

  /** Every service named in the graph, as caller or callee. */
  public Set<String> services() {
    Set<String> out = new TreeSet<>(dependsOn.keySet());
    dependsOn.values().forEach(out::addAll);
    return out;
  }

  /** Whether {@code from} reaches {@code to} through one or more calls. */
  public boolean reaches(String from, String to) {
    Set<String> seen = new TreeSet<>();
    java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(callees(from));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (next.equals(to)) {
        return true;
      }
      if (seen.add(next)) {
        todo.addAll(callees(next));
      }
    }
    return false;
  }

  public boolean isEmpty() {
    return dependsOn.values().stream().allMatch(Set::isEmpty);
  }

  /** The union of both graphs' edges. */
  public ServiceGraph merge(ServiceGraph other) {
    Builder b = builder();
    dependsOn.forEach((k, v) -> v.forEach(c -> b.call(k, c)));
    other.dependsOn.forEach((k, v) -> v.forEach(c -> b.call(k, c)));
    return b.build();
  }

  /** The same graph with service names passed through {@code text}. */
  public ServiceGraph mapText(UnaryOperator<String> text) {
    Builder b = builder();
    dependsOn.forEach((k, v) -> v.forEach(c -> b.call(text.apply(k), text.apply(c))));
    return b.build();
  }

  /** Collects edges; self-calls are ignored because they say nothing about propagation. */
  public static final class Builder {
    private final Map<String, Set<String>> edges = new TreeMap<>();

    public Builder call(String caller, String callee) {
      requireNonNull(caller, "caller");
      requireNonNull(callee, "callee");
      if (!caller.equals(callee)) {
        edges.computeIfAbsent(caller, k -> new TreeSet<>()).add(callee);
      }
      return this;
    }

    public Builder service(String service) {
      edges.computeIfAbsent(requireNonNull(service, "service"), k -> new TreeSet<>());
      return this;
    }

    public ServiceGraph build() {
      return new ServiceGraph(edges);
    }
  }
}
