package dev.rca.benchmarks.scenario.system;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The services of a simulated system and who calls whom. Order is declaration order everywhere,
 * so that everything generated from it is reproducible.
 *
 * <pre>{@code
 * SystemModel shop = SystemModel.shop();
 * shop.callers("payments");         // [checkout]
 * shop.callerDepths("payments");    // {checkout=1, frontend=2}
 * }</pre>
 */
public final class SystemModel {
  private final Map<String, ServiceProfile> services;
  private final Map<String, List<String>> dependsOn;
  private final Map<String, List<String>> externals;

  private SystemModel(Map<String, ServiceProfile> services, Map<String, List<String>> dependsOn,
      Map<String, List<String>> externals) {
    this.services = services;
    this.dependsOn = dependsOn;
    this.externals = externals;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * A small web shop: an nginx edge, two JVM services (one with a database pool), a Go service,
   * a Postgres database and a Redis cache. Small enough for bundles of about a megabyte.
   */
  public static SystemModel shop() {
    return builder()
        .service(new ServiceProfile("frontend", "POST", "/api/checkout", LogStyle.NGINX,
            MetricStyle.OTEL_SEMCONV, 60.0, 0.001, 120.0, 3, false))
        .service(new ServiceProfile("checkout", "POST", "/api/checkout", LogStyle.JSON_LINES,
            MetricStyle.MICROMETER, 35.0, 0.002, 95.0, 3, false))
        .service(new ServiceProfile("payments", "POST", "/api/payments/authorize",
            LogStyle.PLAIN_TEXT, MetricStyle.MICROMETER, 30.0, 0.001, 48.0, 2, true))
        .service(new ServiceProfile("cart", "GET", "/cart", LogStyle.LOGFMT,
            MetricStyle.PROMETHEUS_CLIENT, 55.0, 0.002, 14.0, 2, false))
        .service(new ServiceProfile("payments-db", "QUERY", "payments", LogStyle.PLAIN_TEXT,
            MetricStyle.NONE, 90.0, 0.0, 4.0, 1, false))
        .service(new ServiceProfile("cart-redis", "GET", "cart:*", LogStyle.PLAIN_TEXT,
            MetricStyle.NONE, 120.0, 0.0, 0.6, 1, false))
        .call("frontend", "checkout").call("frontend", "cart")
        .call("checkout", "payments").call("checkout", "cart")
        .call("payments", "payments-db")
        .call("cart", "cart-redis")
        .build();
  }

  /** The same system without {@code names} and the calls to and from them. */
  public SystemModel without(String... names) {
    java.util.Set<String> gone = java.util.Set.of(names);
    Builder b = builder();
    services.values().stream().filter(p -> !gone.contains(p.name())).forEach(b::service);
    dependsOn.forEach((caller, callees) -> callees.forEach(callee -> {
      if (!gone.contains(caller) && !gone.contains(callee)) {
        b.call(caller, callee);
      }
    }));
    externals.forEach((caller, hosts) -> {
      if (!gone.contains(caller)) {
        hosts.forEach(h -> b.external(caller, h));
      }
    });
    return b.build();
  }

  public ServiceProfile service(String name) {
    ServiceProfile p = services.get(name);
    if (p == null) {
      throw new IllegalArgumentException("no service " + name + " in the system; known: "
          + services.keySet());
    }
    return p;
  }

  /** Whether {@code name} is a declared service that emits its own telemetry. */
  public boolean profileInstrumented(String name) {
    ServiceProfile p = services.get(name);
    return p != null && p.instrumented();
  }

  public boolean has(String name) {
    return services.containsKey(name);
  }

  public Collection<ServiceProfile> services() {
    return services.values();
  }

  /** Services that emit their own telemetry, in declaration order. */
  public List<ServiceProfile> instrumented() {
    return services.values().stream().filter(ServiceProfile::instrumented).toList();
  }

  /** Direct dependencies of {@code service}, in declaration order. */
  public List<String> callees(String service) {
    return dependsOn.getOrDefault(service, List.of());
  }

  /** Third-party hosts outside the system that {@code service} calls, e.g. {@code api.stripe.example}. */
  public List<String> externals(String service) {
    return externals.getOrDefault(service, List.of());
  }

  /** Services that serve requests and export spans, in declaration order. */
  public List<ServiceProfile> traced() {
    return services.values().stream().filter(ServiceProfile::traced).toList();
  }

  /** Whether {@code name} is a declared service that serves requests and exports spans. */
  public boolean profileTraced(String name) {
    ServiceProfile p = services.get(name);
    return p != null && p.traced();
  }

  /** Whether the services carry node placements and container limits. */
  public boolean placed() {
    return services.values().stream().anyMatch(p -> p.placement() != null);
  }

  /** Services that call {@code service} directly, in declaration order. */
  public List<String> callers(String service) {
    List<String> out = new ArrayList<>();
    dependsOn.forEach((caller, callees) -> {
      if (callees.contains(service)) {
        out.add(caller);
      }
    });
    return out;
  }

  /**
   * Every service that reaches {@code service} through calls, with its shortest distance: the
   * path a fault's symptoms travel, nearest caller first.
   */
  public Map<String, Integer> callerDepths(String service) {
    Map<String, Integer> depth = new LinkedHashMap<>();
    Deque<String> todo = new ArrayDeque<>(List.of(service));
    Map<String, Integer> seen = new LinkedHashMap<>(Map.of(service, 0));
    while (!todo.isEmpty()) {
      String next = todo.removeFirst();
      for (String caller : callers(next)) {
        if (!seen.containsKey(caller)) {
          int d = seen.get(next) + 1;
          seen.put(caller, d);
          depth.put(caller, d);
          todo.addLast(caller);
        }
      }
    }
    return depth;
  }

  /** Declared dependencies, caller to callees, in declaration order. */
  public Map<String, List<String>> dependsOn() {
    return dependsOn;
  }

  /** Collects services and calls; a call must name declared services. */
  public static final class Builder {
    private final Map<String, ServiceProfile> services = new LinkedHashMap<>();
    private final Map<String, List<String>> dependsOn = new LinkedHashMap<>();
    private final Map<String, List<String>> externals = new LinkedHashMap<>();

    private Builder() {}

    /** Declares that {@code caller} calls {@code host}, a third party outside the system. */
    public Builder external(String caller, String host) {
      if (!services.containsKey(caller)) {
        throw new IllegalArgumentException("external call from undeclared service " + caller);
      }
      List<String> list = externals.computeIfAbsent(caller, k -> new ArrayList<>());
      if (!list.contains(host)) {
        list.add(host);
      }
      return this;
    }

    public Builder service(ServiceProfile profile) {
      requireNonNull(profile, "profile");
      if (services.putIfAbsent(profile.name(), profile) != null) {
        throw new IllegalArgumentException("service " + profile.name() + " is declared twice");
      }
      return this;
    }

    public Builder call(String caller, String callee) {
      for (String s : List.of(caller, callee)) {
        if (!services.containsKey(s)) {
          throw new IllegalArgumentException("call " + caller + " -> " + callee
              + " names undeclared service " + s);
        }
      }
      if (caller.equals(callee)) {
        throw new IllegalArgumentException("service " + caller + " cannot call itself");
      }
      List<String> list = dependsOn.computeIfAbsent(caller, k -> new ArrayList<>());
      if (!list.contains(callee)) {
        list.add(callee);
      }
      return this;
    }

    public SystemModel build() {
      Map<String, List<String>> frozen = new LinkedHashMap<>();
      dependsOn.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
      Map<String, List<String>> ext = new LinkedHashMap<>();
      externals.forEach((k, v) -> ext.put(k, List.copyOf(v)));
      return new SystemModel(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(services)),
          java.util.Collections.unmodifiableMap(frozen), java.util.Collections.unmodifiableMap(ext));
    }
  }
}
