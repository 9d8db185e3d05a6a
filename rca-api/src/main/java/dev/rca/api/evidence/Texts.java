package dev.rca.api.evidence;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** Applies a text function to the collections inside evidence records. */
final class Texts {
  private Texts() {}

  static List<String> map(List<String> values, UnaryOperator<String> text) {
    return values.stream().map(text).toList();
  }

  static Map<String, String> map(Map<String, String> values, UnaryOperator<String> text) {
    Map<String, String> out = new TreeMap<>();
    values.forEach((k, v) -> out.put(text.apply(k), text.apply(v)));
    return out;
  }

  /** Shortens {@code s} to at most {@code max} characters, marking the cut. */
  static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, Math.max(0, max - 1)) + "…";
  }
}
