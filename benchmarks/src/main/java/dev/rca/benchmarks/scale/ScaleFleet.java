package dev.rca.benchmarks.scale;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The system a scale bundle describes: about twenty services of a shop, each with its log format
 * and metrics exporter, and the injected fault: {@link #VICTIM} starts failing and slowing down
 * shortly after a deploy of it, and its caller alerts on latency.
 *
 * <pre>{@code
 * ScaleFleet fleet = ScaleFleet.shop(42);
 * Instant onset = fleet.onset();
 * }</pre>
 */
public final class ScaleFleet {
  /** The service whose deploy breaks it. */
  public static final String VICTIM = "payments";
  /** The victim's caller, which alerts on latency. */
  public static final String CALLER = "checkout";

  /** How a service writes its logs. */
  public enum LogFormat { LOGSTASH_JSON, LOGFMT, SPRING_TEXT, PYTHON_TEXT, NGINX_ACCESS }

  /** Which exporter's naming a service's metrics follow. */
  public enum Exporter { MICROMETER, GO_CLIENT, OTEL_SEMCONV }

  /**
   * One service.
   *
   * @param weight its share of the log volume, relative to the others
   * @param levelLabel whether its Loki streams carry a {@code level} label
   */
  public record Service(String name, LogFormat format, Exporter exporter, int pods, double weight,
      boolean levelLabel, List<String> dependsOn, List<String> routes) {}

  private final List<Service> services;
  private final Instant onset;
  private final long seed;

  private ScaleFleet(List<Service> services, Instant onset, long seed) {
    this.services = services;
    this.onset = onset;
    this.seed = seed;
  }

  /** The shop, its onset moved by up to a day by {@code seed} so seeds do not share timestamps. */
  public static ScaleFleet shop(long seed) {
    long shift = new SplittableRandom(seed).nextLong(86_400);
    Instant onset = Instant.parse("2026-03-04T10:00:00Z").plusSeconds(shift);
    return new ScaleFleet(SERVICES, onset, seed);
  }

  public List<Service> services() {
    return services;
  }

  /** When the first alert fires. */
  public Instant onset() {
    return onset;
  }

  /** When the victim starts failing: 90 s before the alert. */
  public Instant faultStart() {
    return onset.minusSeconds(90);
  }

  /** When the victim's bad version was deployed: 4 minutes before the alert. */
  public Instant deployAt() {
    return onset.minus(Duration.ofMinutes(4)).plusMillis(417);
  }

  /** First instant of data: 60 minutes before the onset. */
  public Instant from() {
    return onset.minus(Duration.ofMinutes(60));
  }

  /** End of data: 15 minutes after the onset. */
  public Instant to() {
    return onset.plus(Duration.ofMinutes(15));
  }

  public long seed() {
    return seed;
  }

  /** A random stream for one part of the bundle, the same for the same seed and part. */
  public SplittableRandom random(String part) {
    return new SplittableRandom(seed * 31 + part.hashCode());
  }

  /** The services each service calls, including databases and caches that write no logs. */
  public Map<String, List<String>> topology() {
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    for (Service s : services) {
      out.put(s.name(), s.dependsOn());
    }
    for (Service s : services) {
      for (String d : s.dependsOn()) {
        out.putIfAbsent(d, List.of());
      }
    }
    return out;
  }

  /** The service's pod names, the same in every signal. */
  public List<String> pods(Service s) {
    SplittableRandom r = random("pods/" + s.name());
    String replicaSet = Integer.toHexString(0x5a0000 + r.nextInt(0xffff));
    List<String> out = new java.util.ArrayList<>();
    String letters = "bcdfghjklmnpqrstvwxz";
    for (int p = 0; p < s.pods(); p++) {
      StringBuilder pod = new StringBuilder(s.name()).append('-').append(replicaSet).append('-');
      for (int i = 0; i < 5; i++) {
        pod.append(i == 2 ? (char) ('2' + r.nextInt(8)) : letters.charAt(r.nextInt(letters.length())));
      }
      out.add(pod.toString());
    }
    return out;
  }

  public Service service(String name) {
    for (Service s : services) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException("no service " + name);
  }

  private static Service svc(String name, LogFormat f, Exporter e, int pods, double weight,
      boolean levelLabel, List<String> dependsOn, List<String> routes) {
    return new Service(name, f, e, pods, weight, levelLabel, dependsOn, routes);
  }

  private static final List<Service> SERVICES = List.of(
      svc("frontend", LogFormat.NGINX_ACCESS, Exporter.OTEL_SEMCONV, 4, 9, false,
          List.of("api-gateway"), List.of("/", "/product/{id}", "/cart", "/checkout", "/static/{file}")),
      svc("api-gateway", LogFormat.NGINX_ACCESS, Exporter.GO_CLIENT, 4, 9, false,
          List.of("checkout", "cart", "catalog", "search", "users", "recommendations", "reviews"),
          List.of("/api/checkout", "/api/cart", "/api/products/{id}", "/api/search", "/api/users/me")),
      svc("checkout", LogFormat.LOGSTASH_JSON, Exporter.MICROMETER, 3, 7, true,
          List.of("payments", "cart", "orders", "pricing", "inventory", "shipping"),
          List.of("/api/checkout", "/api/checkout/{id}/confirm")),
      svc("payments", LogFormat.SPRING_TEXT, Exporter.MICROMETER, 3, 6, false,
          List.of("payments-db", "fraud", "ledger"), List.of("/v1/charges", "/v1/refunds")),
      svc("cart", LogFormat.LOGFMT, Exporter.GO_CLIENT, 3, 6, true,
          List.of("cart-redis", "pricing"), List.of("/cart", "/cart/items")),
      svc("catalog", LogFormat.LOGSTASH_JSON, Exporter.MICROMETER, 3, 6, false,
          List.of("catalog-db", "media", "inventory", "pricing"), List.of("/products/{id}", "/products")),
      svc("inventory", LogFormat.LOGFMT, Exporter.GO_CLIENT, 2, 4, true,
          List.of("inventory-db"), List.of("/stock/{sku}", "/reservations")),
      svc("shipping", LogFormat.PYTHON_TEXT, Exporter.OTEL_SEMCONV, 2, 3, false,
          List.of("carrier-api"), List.of("/quotes", "/shipments")),
      svc("orders", LogFormat.SPRING_TEXT, Exporter.MICROMETER, 3, 5, true,
          List.of("orders-db", "notifications"), List.of("/orders", "/orders/{id}")),
      svc("users", LogFormat.LOGSTASH_JSON, Exporter.MICROMETER, 2, 4, false,
          List.of("users-db", "auth"), List.of("/users/{id}", "/users/me")),
      svc("auth", LogFormat.LOGFMT, Exporter.GO_CLIENT, 2, 5, true,
          List.of("auth-redis"), List.of("/token", "/introspect")),
      svc("search", LogFormat.PYTHON_TEXT, Exporter.OTEL_SEMCONV, 3, 5, false,
          List.of("elasticsearch"), List.of("/search", "/suggest")),
      svc("recommendations", LogFormat.PYTHON_TEXT, Exporter.OTEL_SEMCONV, 2, 3, true,
          List.of("catalog"), List.of("/recommendations/{user}")),
      svc("notifications", LogFormat.LOGSTASH_JSON, Exporter.MICROMETER, 2, 3, false,
          List.of("email", "kafka"), List.of("/notify")),
      svc("email", LogFormat.PYTHON_TEXT, Exporter.OTEL_SEMCONV, 1, 2, false,
          List.of("smtp-relay"), List.of("/send")),
      svc("pricing", LogFormat.LOGFMT, Exporter.GO_CLIENT, 2, 4, false,
          List.of("pricing-redis"), List.of("/prices/{sku}", "/promotions")),
      svc("reviews", LogFormat.SPRING_TEXT, Exporter.MICROMETER, 2, 2, false,
          List.of("reviews-db"), List.of("/reviews/{id}")),
      svc("fraud", LogFormat.PYTHON_TEXT, Exporter.OTEL_SEMCONV, 2, 3, true,
          List.of("fraud-model"), List.of("/score")),
      svc("ledger", LogFormat.SPRING_TEXT, Exporter.MICROMETER, 2, 3, true,
          List.of("ledger-db"), List.of("/entries", "/balances/{id}")),
      svc("media", LogFormat.LOGFMT, Exporter.GO_CLIENT, 2, 2, false,
          List.of("object-store"), List.of("/images/{id}", "/thumbnails/{id}")));
}
