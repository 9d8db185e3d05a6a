package dev.rca.benchmarks.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One message template of a service, such as {@code Processed charge {id} in {ms} ms}, parsed
 * once into literal text and variable slots so that rendering a million lines costs no parsing.
 * Variables: {@code {n}} count, {@code {ms}} latency, {@code {id}} hex id, {@code {uuid}},
 * {@code {ip}}, {@code {port}}, {@code {user}}, {@code {sku}}, {@code {amt}} amount,
 * {@code {pct}}, {@code {bytes}}.
 *
 * <pre>{@code
 * LogTemplate t = LogTemplate.parse("Processed charge {id} in {ms} ms", 1.0, false);
 * t.render(line, random, 1.0);
 * }</pre>
 *
 * @param weight how often it is picked relative to its service's other templates of its level
 * @param stack whether an error of this template carries a stack trace
 */
public record LogTemplate(String text, String[] literals, Var[] vars, double weight, boolean stack) {
  /** A variable slot. */
  public enum Var { N, MS, ID, UUID, IP, PORT, USER, SKU, AMT, PCT, BYTES }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** Parses {@code text}; an unknown {@code {name}} is kept as literal text. */
  public static LogTemplate parse(String text, double weight, boolean stack) {
    List<String> literals = new ArrayList<>();
    List<Var> vars = new ArrayList<>();
    StringBuilder lit = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf('{', i);
      int close = open < 0 ? -1 : text.indexOf('}', open);
      Var v = close < 0 ? null : var(text.substring(open + 1, close));
      if (v == null) {
        int end = close < 0 ? text.length() : close + 1;
        lit.append(text, i, end);
        i = end;
        continue;
      }
      lit.append(text, i, open);
      literals.add(lit.toString());
      lit.setLength(0);
      vars.add(v);
      i = close + 1;
    }
    literals.add(lit.toString());
    return new LogTemplate(text, literals.toArray(String[]::new), vars.toArray(Var[]::new), weight, stack);
  }

  private static Var var(String name) {
    return switch (name) {
      case "n" -> Var.N;
      case "ms" -> Var.MS;
      case "id" -> Var.ID;
      case "uuid" -> Var.UUID;
      case "ip" -> Var.IP;
      case "port" -> Var.PORT;
      case "user" -> Var.USER;
      case "sku" -> Var.SKU;
      case "amt" -> Var.AMT;
      case "pct" -> Var.PCT;
      case "bytes" -> Var.BYTES;
      default -> null;
    };
  }

  /** Appends the message with fresh values; latencies are multiplied by {@code slowdown}. */
  public void render(StringBuilder out, SplittableRandom r, double slowdown) {
    for (int i = 0; i < vars.length; i++) {
      out.append(literals[i]);
      value(out, vars[i], r, slowdown);
    }
    out.append(literals[vars.length]);
  }

  static void value(StringBuilder out, Var v, SplittableRandom r, double slowdown) {
    switch (v) {
      case N -> out.append(1 + r.nextInt(r.nextInt(4) == 0 ? 2_000 : 40));
      case MS -> out.append((long) ((3 + r.nextInt(120) + r.nextInt(1 + r.nextInt(400))) * slowdown));
      case ID -> hex(out, r, 12);
      case UUID -> {
        hex(out, r, 8);
        out.append('-');
        hex(out, r, 4);
        out.append("-4");
        hex(out, r, 3);
        out.append('-');
        out.append(HEX[8 + r.nextInt(4)]);
        hex(out, r, 3);
        out.append('-');
        hex(out, r, 12);
      }
      case IP -> out.append("10.42.").append(r.nextInt(8)).append('.').append(2 + r.nextInt(250));
      case PORT -> out.append(PORTS[r.nextInt(PORTS.length)]);
      case USER -> out.append(r.nextInt(3) == 0 ? "user-" : "u").append(10_000 + r.nextInt(90_000))
          .append(r.nextInt(3) == 0 ? "@mail.example" : "");
      case SKU -> out.append("SKU-").append(100_000 + r.nextInt(900_000));
      case AMT -> out.append(1 + r.nextInt(400)).append('.').append(10 + r.nextInt(90));
      case PCT -> out.append(r.nextInt(101));
      case BYTES -> out.append(128 + r.nextInt(r.nextBoolean() ? 4_096 : 1_000_000));
    }
  }

  private static final int[] PORTS = {5432, 6379, 9092, 8080, 9200, 3306, 443};

  static void hex(StringBuilder out, SplittableRandom r, int digits) {
    for (int i = 0; i < digits; i++) {
      out.append(HEX[r.nextInt(16)]);
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
