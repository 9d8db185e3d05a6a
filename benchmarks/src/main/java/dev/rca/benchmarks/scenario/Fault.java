package dev.rca.benchmarks.scenario;

import static java.util.Objects.requireNonNull;

import dev.rca.api.model.CauseKind;

/**
 * The root cause a scenario injects: what kind of fault, in which service, and whether the
 * bundle's data can show it at all.
 *
 * <pre>{@code
 * Fault.config("payments");      // a merged config change cuts the DB pool of payments
 * Fault.deploy("cart");          // a release of cart regresses its error rate
 * Fault.invisible("frontend");   // symptoms at the edge, their cause outside the data
 * Fault.of(CauseKind.MEMORY, "ledger");
 * }</pre>
 *
 * <p>For an invisible fault, {@code kind} names the hidden mechanism: {@code network} for packet
 * loss on the edge's path, {@code external_dependency} for requests lost before they reach the
 * edge (a CDN or DNS outside the system), {@code cpu} for several services slowing down at once
 * on contended hosts whose metrics the bundle does not hold.
 *
 * @param visible false when the cause leaves no trace in the bundle, so the honest verdict is
 *     {@code INSUFFICIENT_EVIDENCE}
 */
public record Fault(CauseKind kind, String service, boolean visible) {
  public Fault {
    requireNonNull(kind, "kind");
    requireNonNull(service, "service");
  }

  public static Fault config(String service) {
    return new Fault(CauseKind.CONFIG, service, true);
  }

  public static Fault deploy(String service) {
    return new Fault(CauseKind.DEPLOY, service, true);
  }

  /** A visible fault of {@code kind} whose root cause is {@code service}. */
  public static Fault of(CauseKind kind, String service) {
    return new Fault(kind, service, true);
  }

  /** A network fault in front of {@code service} that none of the bundle's signals record. */
  public static Fault invisible(String service) {
    return new Fault(CauseKind.NETWORK, service, false);
  }

  /** A fault whose mechanism {@code hidden} leaves no trace in the bundle (see the class notes). */
  public static Fault invisible(CauseKind hidden, String service) {
    return new Fault(hidden, service, false);
  }

  /** The scenario-kind name used on the command line: the cause kind, or {@code invisible}. */
  public String scenarioKind() {
    return visible ? kind.wireName() : "invisible";
  }
}
