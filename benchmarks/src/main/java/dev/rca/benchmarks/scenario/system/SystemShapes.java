package dev.rca.benchmarks.scenario.system;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Draws varied systems for the benchmark: 3 to 10 services in chains, fan-outs, trees and around
 * shared databases, named from a pool so that a name says nothing about a service's fate.
 *
 * <pre>{@code
 * SystemModel system = SystemShapes.draw(new SplittableRandom(7), 6);
 * }</pre>
 */
public final class SystemShapes {
  /** How the services hang together. */
  public enum Shape { CHAIN, FAN_OUT, TREE, SHARED_DATABASE }

  private static final String[] EDGES = {"frontend", "edge", "gateway", "web", "storefront",
      "public-api", "bff", "ingress-web"};
  private static final String[] APPS = {"orders", "ledger", "catalog", "inventory", "pricing",
      "search", "profile", "shipping", "billing", "notify", "auth", "reviews", "recommend",
      "checkout", "payments", "cart", "quotes", "accounts", "atlas", "beacon", "cobalt", "ember",
      "fjord", "garnet", "harbor", "iris", "juniper", "kestrel", "lumen", "meridian", "nimbus",
      "onyx", "pylon", "quartz", "raven", "sable", "tundra", "vertex", "willow", "zephyr",
      "courier", "tally", "relay", "vault", "loyalty", "fulfil", "returns", "tax"};
  private static final String[] EXTERNALS = {"api.stripe.example", "api.twilio.example",
      "api.sendgrid.example", "maps.geoapi.example", "auth.idp-vendor.example",
      "api.shipco.example", "fx.rates-provider.example", "api.taxcloud.example"};
  private static final String[] ZONES = {"eu-west-1a", "eu-west-1b", "eu-west-1c"};

  private SystemShapes() {}

  /** A system of {@code size} services (clamped to 3..10) in a shape drawn from {@code rnd}. */
  public static SystemModel draw(RandomGenerator rnd, int size) {
    int n = Math.max(3, Math.min(10, size));
    Shape shape = Shape.values()[rnd.nextInt(Shape.values().length)];
    int databases = n <= 4 ? 1 : 1 + rnd.nextInt(2);
    boolean cache = n >= 6 && rnd.nextInt(3) == 0;
    int apps = n - 1 - databases - (cache ? 1 : 0);
    Set<String> used = new LinkedHashSet<>();
    String edge = pick(rnd, EDGES, used);
    List<String> appNames = new ArrayList<>();
    for (int i = 0; i < apps; i++) {
      appNames.add(pick(rnd, APPS, used));
    }
    SystemModel.Builder b = SystemModel.builder();
    double edgeRps = 40 + rnd.nextInt(90);
    boolean nginx = rnd.nextBoolean();
    b.service(profile(rnd, edge, nginx ? LogStyle.NGINX : LogStyle.JSON_LINES,
        nginx ? MetricStyle.OTEL_SEMCONV : MetricStyle.MICROMETER, edgeRps, 2 + rnd.nextInt(3),
        false, 60 + rnd.nextInt(140), "GET", "/"));
    List<String> dbNames = new ArrayList<>();
    List<String> dbOwners = new ArrayList<>();
    for (int i = 0; i < databases; i++) {
      String owner = appNames.isEmpty() ? edge : appNames.get(rnd.nextInt(appNames.size()));
      String db = switch (rnd.nextInt(3)) {
        case 0 -> owner + "-db";
        case 1 -> "pg-" + owner;
        default -> owner + "-postgres";
      };
      if (!used.add(db)) {
        db = db + "-" + (i + 2);
        used.add(db);
      }
      dbNames.add(db);
      dbOwners.add(owner);
    }
    List<String> callers = new ArrayList<>(List.of(edge));
    List<String[]> calls = new ArrayList<>();
    for (int i = 0; i < appNames.size(); i++) {
      String app = appNames.get(i);
      String caller = switch (shape) {
        case CHAIN -> callers.get(callers.size() - 1);
        case FAN_OUT -> edge;
        case TREE, SHARED_DATABASE -> callers.get(rnd.nextInt(callers.size()));
      };
      calls.add(new String[] {caller, app});
      callers.add(app);
    }
    // A second caller on some services makes diamonds, as real call graphs have.
    if (appNames.size() >= 3 && rnd.nextBoolean()) {
      String a = appNames.get(0);
      String c = appNames.get(appNames.size() - 1);
      if (calls.stream().noneMatch(x -> x[0].equals(c) && x[1].equals(a))) {
        calls.add(new String[] {a, c});
      }
    }
    for (int i = 0; i < dbNames.size(); i++) {
      calls.add(new String[] {dbOwners.get(i), dbNames.get(i)});
      if (shape == Shape.SHARED_DATABASE || rnd.nextInt(4) == 0) {
        for (String other : appNames) {
          if (!other.equals(dbOwners.get(i)) && rnd.nextInt(3) == 0) {
            calls.add(new String[] {other, dbNames.get(i)});
          }
        }
      }
    }
    String cacheName = null;
    String cacheOwner = null;
    if (cache) {
      cacheOwner = appNames.get(rnd.nextInt(appNames.size()));
      cacheName = cacheOwner + "-redis";
      used.add(cacheName);
      calls.add(new String[] {cacheOwner, cacheName});
    }
    for (String app : appNames) {
      boolean jvm = rnd.nextInt(5) < 3;
      LogStyle logs = !jvm ? LogStyle.LOGFMT : rnd.nextBoolean() ? LogStyle.JSON_LINES : LogStyle.PLAIN_TEXT;
      MetricStyle metrics = rnd.nextInt(10) < 7
          ? (jvm ? MetricStyle.MICROMETER : MetricStyle.PROMETHEUS_CLIENT) : MetricStyle.OTEL_SEMCONV;
      boolean pool = jvm && calls.stream().anyMatch(c -> c[0].equals(app) && dbNames.contains(c[1]));
      String[] verbs = {"GET", "POST", "GET"};
      String method = verbs[rnd.nextInt(verbs.length)];
      String route = switch (rnd.nextInt(3)) {
        case 0 -> "/api/" + app;
        case 1 -> "/v1/" + app + "/{id}";
        default -> "/api/v2/" + app + (method.equals("POST") ? "/submit" : "/items");
      };
      b.service(profile(rnd, app, logs, metrics, edgeRps * (0.4 + 0.8 * rnd.nextDouble()),
          2 + rnd.nextInt(2), pool, 6 + rnd.nextInt(80), method, route));
    }
    for (String db : dbNames) {
      b.service(new ServiceProfile(db, "QUERY", db.replace("-", "_"), LogStyle.POSTGRES,
          MetricStyle.POSTGRES_EXPORTER, edgeRps * (1 + rnd.nextDouble()), 0.0,
          1.5 + 4 * rnd.nextDouble(), 1, false));
    }
    if (cacheName != null) {
      b.service(new ServiceProfile(cacheName, "GET", cacheOwner + ":*", LogStyle.PLAIN_TEXT,
          MetricStyle.NONE, edgeRps * 2, 0.0, 0.6, 1, false));
    }
    calls.forEach(c -> b.call(c[0], c[1]));
    List<String> extCandidates = new ArrayList<>(appNames.isEmpty() ? List.of(edge) : appNames);
    int externals = Math.min(extCandidates.size(), 1 + rnd.nextInt(2));
    Set<String> hosts = new LinkedHashSet<>();
    for (int i = 0; i < externals; i++) {
      String app = extCandidates.remove(rnd.nextInt(extCandidates.size()));
      b.external(app, pick(rnd, EXTERNALS, hosts));
    }
    return b.build();
  }

  private static ServiceProfile profile(RandomGenerator rnd, String name, LogStyle logs,
      MetricStyle metrics, double rps, int replicas, boolean pool, double latencyMs,
      String method, String route) {
    double perReplica = rps / replicas;
    double cpu = 0.08 + perReplica * (logs == LogStyle.NGINX ? 0.002 : 0.009);
    double[] steps = {0.5, 1.0, 1.5, 2.0, 3.0, 4.0};
    double limit = steps[steps.length - 1];
    for (double s : steps) {
      if (s >= cpu * (2.2 + rnd.nextDouble())) {
        limit = s;
        break;
      }
    }
    long mib = 1L << 20;
    long memory = switch (logs) {
      case NGINX -> (128 + 128L * rnd.nextInt(2)) * mib;
      case LOGFMT -> (256 + 256L * rnd.nextInt(2)) * mib;
      default -> (1024 + 512L * rnd.nextInt(3)) * mib;
    };
    String node = "ip-10-0-" + (1 + rnd.nextInt(3) * 16 + rnd.nextInt(16)) + "-" + (4 + rnd.nextInt(250))
        + "." + ZONES[rnd.nextInt(ZONES.length)].substring(0, 9).toLowerCase(Locale.ROOT)
        + ".compute.internal";
    return new ServiceProfile(name, method, route, logs, metrics, Math.rint(rps * 10) / 10,
        0.0005 + 0.0025 * rnd.nextDouble(), latencyMs, replicas, pool,
        new Placement(node, limit, memory, replicas * 4));
  }

  private static String pick(RandomGenerator rnd, String[] pool, Set<String> used) {
    for (int attempt = 0; attempt < 50; attempt++) {
      String name = pool[rnd.nextInt(pool.length)];
      if (used.add(name)) {
        return name;
      }
    }
    for (String name : pool) {
      if (used.add(name)) {
        return name;
      }
    }
    throw new IllegalStateException("name pool exhausted");
  }
}
