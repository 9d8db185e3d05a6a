package dev.rca.benchmarks.redaction;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A realistic log stream for the redaction benchmark, made from a seed: JSON, logfmt, access-log
 * and stack-trace lines of a shop's services, about one in a hundred carrying a secret or
 * personal value. Exactly {@link #BYTES} bytes of UTF-8, so that JMH operations are bytes.
 *
 * <pre>{@code
 * List<String> lines = LogCorpus.generate(42);
 * }</pre>
 */
public final class LogCorpus {
  /** The size of one pass over the corpus: 1 MiB. */
  public static final int BYTES = 1 << 20;

  private static final String[] SERVICES = {"checkout", "cart", "payments", "frontend", "auth",
      "inventory"};
  private static final String[] PATHS = {"/api/v1/orders", "/api/v1/cart/items", "/health",
      "/static/app.js", "/api/v1/payments/authorize", "/login", "/api/v1/search?q=shoes&page=2"};

  private LogCorpus() {}

  public static List<String> generate(long seed) {
    Random r = new Random(seed);
    List<String> lines = new ArrayList<>();
    int bytes = 0;
    while (true) {
      String line = r.nextInt(100) == 0 ? secretLine(r) : cleanLine(r);
      int size = line.getBytes(StandardCharsets.UTF_8).length + 1;
      if (bytes + size > BYTES) {
        int pad = BYTES - bytes - 1;
        lines.add("x".repeat(Math.max(0, pad)));
        return lines;
      }
      lines.add(line);
      bytes += size;
    }
  }

  private static String ts(Random r) {
    return String.format("2025-03-%02dT%02d:%02d:%02d.%03dZ", 1 + r.nextInt(28), r.nextInt(24),
        r.nextInt(60), r.nextInt(60), r.nextInt(1000));
  }

  private static String svc(Random r) {
    return SERVICES[r.nextInt(SERVICES.length)];
  }

  private static String hex(Random r, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append("0123456789abcdef".charAt(r.nextInt(16)));
    }
    return sb.toString();
  }

  private static String alnum(Random r, int n) {
    String cs = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(cs.charAt(r.nextInt(cs.length())));
    }
    return sb.toString();
  }

  static String cleanLine(Random r) {
    return switch (r.nextInt(5)) {
      case 0 -> "{\"ts\":\"" + ts(r) + "\",\"level\":\"info\",\"service\":\"" + svc(r)
          + "\",\"msg\":\"request completed\",\"trace_id\":\"" + hex(r, 32)
          + "\",\"status\":200,\"duration_ms\":" + r.nextInt(900) + ",\"route\":\""
          + PATHS[r.nextInt(PATHS.length)] + "\"}";
      case 1 -> "ts=" + ts(r) + " level=" + (r.nextInt(10) == 0 ? "warn" : "info") + " svc="
          + svc(r) + " msg=\"cache lookup\" hit=" + r.nextBoolean() + " items=" + r.nextInt(40)
          + " latency=" + r.nextInt(50) + "ms order_id=" + (100000 + r.nextInt(900000));
      case 2 -> "- - - [12/Mar/2025:10:" + (10 + r.nextInt(50)) + ":" + (10 + r.nextInt(50))
          + " +0000] \"GET " + PATHS[r.nextInt(PATHS.length)] + " HTTP/1.1\" "
          + (r.nextInt(20) == 0 ? 503 : 200) + " " + r.nextInt(20000)
          + " \"-\" \"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/122.0\"";
      case 3 -> "\tat dev.shop." + svc(r) + ".OrderService.place(OrderService.java:"
          + r.nextInt(400) + ")";
      default -> ts(r) + " INFO  [" + svc(r) + "-worker-" + r.nextInt(16)
          + "] o.s.w.s.DispatcherServlet : Completed initialization in " + r.nextInt(20)
          + " ms; pool active=" + r.nextInt(30) + " idle=" + r.nextInt(10);
    };
  }

  static String secretLine(Random r) {
    return switch (r.nextInt(6)) {
      case 0 -> ts(r) + " DEBUG " + svc(r) + " config db.password=" + alnum(r, 16) + " pool=20";
      case 1 -> "{\"ts\":\"" + ts(r) + "\",\"level\":\"info\",\"msg\":\"login ok\",\"user\":\""
          + "user" + r.nextInt(1000) + "@example.com\"}";
      case 2 -> ts(r) + " WARN " + svc(r) + " github push rejected token=ghp_" + alnum(r, 36);
      case 3 -> "ts=" + ts(r) + " level=debug msg=\"outbound\" authorization=\"Bearer "
          + alnum(r, 40) + "\"";
      case 4 -> ts(r) + " INFO " + svc(r) + " connecting to postgres://app:" + alnum(r, 12)
          + "@db-1:5432/orders";
      default -> ts(r) + " ERROR payments charge failed card=4111 1111 1111 1111 amount=12.00";
    };
  }
}
