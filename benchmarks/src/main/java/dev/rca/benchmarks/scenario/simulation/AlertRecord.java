package dev.rca.benchmarks.scenario.simulation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One alert that fired on a symptom.
 *
 * <pre>{@code
 * new AlertRecord("CheckoutHighErrorRate", "checkout", "critical", startsAt,
 *     "checkout error rate above 5%", "12.4% of requests fail", "sum(rate(...))", "");
 * }</pre>
 *
 * @param expr the PromQL expression the rule evaluates, for the {@code generatorURL}
 * @param pod the pod a per-pod alert names, empty for service-wide alerts
 */
public record AlertRecord(
    String name,
    String service,
    String severity,
    Instant startsAt,
    String summary,
    String description,
    String expr,
    String pod) {

  public AlertRecord {
    requireNonNull(name, "name");
    requireNonNull(service, "service");
    requireNonNull(severity, "severity");
    requireNonNull(startsAt, "startsAt");
    requireNonNull(summary, "summary");
    requireNonNull(description, "description");
    requireNonNull(expr, "expr");
    requireNonNull(pod, "pod");
  }
}
