package dev.rca.benchmarks.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The message templates each service logs, by level: skeletons filled with the service's own
 * entity, dependencies and routes, a seeded subset per service, with Zipf-like weights so a few
 * templates dominate as in real logs. About 30 templates per service, several hundred in all,
 * plus the fault's own templates for the victim and its caller.
 *
 * <pre>{@code
 * LogCatalog.Levels payments = LogCatalog.of(fleet.service("payments"), random);
 * }</pre>
 */
public final class LogCatalog {
  private LogCatalog() {}

  /**
   * One service's templates per level, and the templates that appear only once the fault began.
   */
  public record Levels(List<LogTemplate> debug, List<LogTemplate> info, List<LogTemplate> warn,
      List<LogTemplate> error, List<LogTemplate> faultErrors) {
    /** Every template, fault included. */
    public int size() {
      return debug.size() + info.size() + warn.size() + error.size() + faultErrors.size();
    }
  }

  private static final Map<String, String> ENTITY = Map.ofEntries(
      Map.entry("frontend", "page"), Map.entry("api-gateway", "route"), Map.entry("checkout", "order"),
      Map.entry("payments", "charge"), Map.entry("cart", "cart"), Map.entry("catalog", "product"),
      Map.entry("inventory", "reservation"), Map.entry("shipping", "shipment"),
      Map.entry("orders", "order"), Map.entry("users", "profile"), Map.entry("auth", "token"),
      Map.entry("search", "query"), Map.entry("recommendations", "recommendation"),
      Map.entry("notifications", "notification"), Map.entry("email", "message"),
      Map.entry("pricing", "price"), Map.entry("reviews", "review"), Map.entry("fraud", "score"),
      Map.entry("ledger", "entry"), Map.entry("media", "image"));

  private static final String[] INFO = {
      "Processed {e} {id} in {ms} ms",
      "Created {e} {id} for user {user}",
      "Fetched {n} {e}s from {dep} in {ms} ms",
      "Cache hit for {e} {id}",
      "Cache miss for {e} {id}, loading from {dep}",
      "Request completed: {route} status=200 duration={ms}ms",
      "Updated {e} {id} to version {n}",
      "Scheduled job {e}-cleanup finished: removed {n} entries in {ms} ms",
      "Published event {e}.updated id={uuid} partition={n} offset={n}",
      "Consumed {n} messages from topic {e}-events in {ms} ms",
      "Health check passed: {dep} reachable in {ms} ms",
      "Validated {e} {id}: {n} items, total {amt} EUR",
      "Connection to {dep} established at {ip}:{port}",
      "Refreshed configuration from config server ({n} properties)",
      "Session {uuid} started for user {user}",
      "Token refreshed for client {id}, expires in {n} s",
      "Batch of {n} {e} records flushed to {dep}",
      "Idempotency key {uuid} stored for {e} {id}",
      "Retrying call to {dep} succeeded on attempt {n}",
      "Loaded {n} {e}s into memory cache ({bytes} bytes)",
      "Reserved {n} units of {sku} for {e} {id}",
      "Computed price for {sku}: {amt} EUR ({n} rules applied)",
      "User {user} signed in from {ip}",
      "Sent {e} notification {id} to {user}",
      "Indexed {n} documents in {ms} ms",
      "Feature flag {e}-v2 evaluated to false for user {user}",
      "Outbound request to {dep} {route} returned 200 in {ms} ms",
      "Accepted {e} {id} from {ip} ({bytes} bytes)",
  };
  private static final String[] DEBUG = {
      "Entering {E}Handler.handle with id={id}",
      "SQL: select * from {e}s where id = ? [{id}] took {ms} ms",
      "Pool stats {dep}: active={n} idle={n} waiting=0",
      "Serialized {e} {id} ({bytes} bytes)",
      "Header X-Request-Id={uuid}",
      "Span {id} started for {route}",
      "Cache size {n}/{n} entries",
      "Lock acquired on {e} {id} after {ms} ms",
  };
  private static final String[] WARN = {
      "Slow query on {dep}: {ms} ms for {e} {id}",
      "Retrying call to {dep} (attempt {n} of 3) after {ms} ms",
      "{E} {id} not found, returning 404",
      "Rejected request: validation failed for field '{e}_id': must not be blank",
      "Circuit breaker {dep} is HALF_OPEN",
      "Request to {dep} took {ms} ms, above threshold 500 ms",
      "Deprecated API {route} called by client {id}",
      "Queue {e}-events lag is {n} messages",
      "Token for client {id} expired {n} s ago",
      "Connection pool {dep} usage at {pct}%",
      "Duplicate {e} {id} ignored (idempotency key {uuid})",
      "Falling back to cached {e} for {id}: {dep} unavailable",
  };
  private static final String[] ERROR = {
      "Failed to process {e} {id}: timeout after {ms} ms calling {dep}",
      "Unexpected error handling {route}",
      "Could not connect to {dep} at {ip}:{port}: connection refused",
      "{E} {id} failed: upstream {dep} returned 503",
      "Error writing {e} {id} to {dep}: deadlock detected",
      "Unhandled exception in worker {n}",
      "Kafka producer send failed for topic {e}-events: NOT_LEADER_FOR_PARTITION",
      "Failed to deserialize {e} {id}: unexpected token at position {n}",
  };

  /** The templates of {@code service}, a subset picked by {@code r}. */
  public static Levels of(ScaleFleet.Service service, SplittableRandom r) {
    String e = ENTITY.getOrDefault(service.name(), "item");
    List<String> deps = service.dependsOn();
    List<LogTemplate> fault = new ArrayList<>();
    if (service.name().equals(ScaleFleet.VICTIM)) {
      fault.add(LogTemplate.parse("Failed to acquire JDBC connection from pool HikariPool-1 after {ms} ms"
          + " (total={n}, active={n}, idle=0, waiting={n})", 6, true));
      fault.add(LogTemplate.parse("Charge {id} aborted: could not obtain connection to payments-db"
          + " within {ms} ms", 3, false));
    } else if (service.name().equals(ScaleFleet.CALLER)) {
      fault.add(LogTemplate.parse("Payment call failed for order {id}: 503 from payments after {ms} ms", 6, false));
      fault.add(LogTemplate.parse("Checkout {id} rolled back: payments unavailable (attempt {n})", 2, true));
    }
    return new Levels(pick(DEBUG, 3, e, deps, service, r), pick(INFO, 14, e, deps, service, r),
        pick(WARN, 6, e, deps, service, r), pick(ERROR, 5, e, deps, service, r), fault);
  }

  /** A route with its path parameters as template variables. */
  static String routeTemplate(String route) {
    return route.replace("{id}", "{n}").replace("{file}", "main.{id}.js");
  }

  private static List<LogTemplate> pick(String[] skeletons, int count, String entity, List<String> deps,
      ScaleFleet.Service service, SplittableRandom r) {
    List<String> pool = new ArrayList<>(List.of(skeletons));
    List<LogTemplate> out = new ArrayList<>();
    for (int i = 0; i < count && !pool.isEmpty(); i++) {
      String s = pool.remove(r.nextInt(pool.size()));
      String dep = deps.isEmpty() ? "upstream" : deps.get(r.nextInt(deps.size()));
      String route = service.routes().get(r.nextInt(service.routes().size()));
      String text = s.replace("{e}", entity)
          .replace("{E}", Character.toUpperCase(entity.charAt(0)) + entity.substring(1))
          .replace("{dep}", dep).replace("{route}", routeTemplate(route));
      boolean stack = s.startsWith("Unexpected") || s.startsWith("Unhandled") || s.contains("deadlock");
      out.add(LogTemplate.parse(text, 1.0 / (i + 1), stack));
    }
    return List.copyOf(out);
  }
}
