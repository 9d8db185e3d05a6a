package dev.rca.benchmarks.scoring;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Hand-written truth and report JSON for the scoring tests, in the contracts' shapes. */
final class ReportFixtures {
  private ReportFixtures() {}

  static String truthJson(String service, String kind, String changeId) {
    String change = changeId == null ? "null" : "\"" + changeId + "\"";
    return "{\"expectedStatus\":\"CONFIDENT\",\"rootCause\":{\"service\":\"" + service
        + "\",\"kind\":\"" + kind + "\",\"changeId\":" + change + "}}";
  }

  static String invisibleTruthJson() {
    return "{\"expectedStatus\":\"INSUFFICIENT_EVIDENCE\",\"rootCause\":{\"service\":\"frontend\","
        + "\"kind\":\"network\",\"changeId\":null}}";
  }

  static Truth truth(String service, String kind, String changeId) {
    return new Truth("CONFIDENT", service, kind, changeId);
  }

  static Truth invisible() {
    return new Truth(Outcome.INSUFFICIENT, "frontend", "network", null);
  }

  /** {@code "service/kind/change@confidence"}, change optional, e.g. {@code "cart/deploy/d-1@0.9"}. */
  static String reportJson(String status, String... hypotheses) {
    String ranked = Arrays.stream(hypotheses).map(ReportFixtures::hypothesis)
        .collect(Collectors.joining(","));
    return "{\"status\":\"" + status + "\",\"summary\":\"s\",\"hypotheses\":[" + ranked
        + "],\"sources\":[],\"timings\":{\"totalMs\":120}}";
  }

  static Outcome outcome(Truth truth, String status, String... hypotheses) {
    return new Outcome("b", truth, ReportAnswer.parse(reportJson(status, hypotheses), "b.json"),
        10);
  }

  private static String hypothesis(String spec) {
    String[] at = spec.split("@");
    String[] parts = at[0].split("/");
    String change = parts.length > 2 ? "\"" + parts[2] + "\"" : "null";
    return String.format(Locale.ROOT, "{\"service\":\"%s\",\"kind\":\"%s\",\"changeId\":%s,"
        + "\"confidence\":%s,\"statement\":\"x\",\"evidence\":[{\"id\":\"ev-1\",\"source\":\"logs\","
        + "\"link\":\"l\",\"excerpt\":\"e\"}]}", parts[0], parts[1], change, at[1]);
  }
}
