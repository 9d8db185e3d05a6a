package dev.rca.benchmarks.scenario.write;

import dev.rca.benchmarks.scenario.simulation.Impact;
import dev.rca.benchmarks.scenario.simulation.ServiceState;
import dev.rca.benchmarks.scenario.simulation.Symptom;
import dev.rca.benchmarks.scenario.system.SystemModel;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * How failed calls look in spans: the status message a client span records when the call never
 * reached a healthy server, and the server span's message and exception where a failure began.
 */
final class CallFailures {
  private CallFailures() {}

  /**
   * The client-side error of a call to a failing callee that never reaches its handler, or null
   * when the callee receives the request and fails (or succeeds) itself.
   */
  static @Nullable String refusal(ServiceState callee, String name) {
    Impact d = callee.dominant();
    if (d == null) {
      return null;
    }
    if (d.symptom() == Symptom.TLS_EXPIRED) {
      return "tls: failed to verify certificate: x509: certificate has expired or is not yet valid";
    }
    if (d.symptom() == Symptom.MEMORY_LEAK && callee.replicasAvailable() < callee.replicas()) {
      return "dial tcp " + name + ":8080: connect: connection refused";
    }
    return null;
  }

  /** The error of a call the failing service itself makes, or null when that call succeeds. */
  static @Nullable String ownCall(Impact d, String callee, SystemModel system, RandomGenerator rnd) {
    if (d.symptom() == Symptom.UPSTREAM_FAILURE && callee.equals(d.upstream())
        && !system.profileTraced(callee)) {
      return switch (d.variant() % 3) {
        case 1 -> "ERROR: deadlock detected (SQLSTATE 40P01)";
        case 2 -> "ERROR: canceling statement due to statement timeout (SQLSTATE 57014)";
        default -> "ERROR: canceling statement due to lock timeout (SQLSTATE 55P03)";
      };
    }
    if (d.symptom() == Symptom.NETWORK_IMPAIRED && rnd.nextInt(5) < 3) {
      return rnd.nextBoolean()
          ? "dial tcp: lookup " + callee + ".shop.svc.cluster.local: no such host"
          : "dial tcp " + callee + ":8080: i/o timeout";
    }
    return null;
  }

  /** How long a call that failed this way took. */
  static double failedCallMs(String error, ServiceState callee) {
    if (error.contains("timeout") || error.contains("lock") || error.contains("deadlock")) {
      return Math.max(1000, callee.latencyMs() * 3);
    }
    return 2;
  }

  static String serverMessage(Impact d, @Nullable String failedCallee) {
    return switch (d.symptom()) {
      case CPU_SATURATION, UNEXPLAINED_SLOWNESS -> "request timed out";
      case MEMORY_LEAK -> "java.lang.OutOfMemoryError: Java heap space";
      case DISK_FULL -> "No space left on device";
      case NETWORK_IMPAIRED -> "upstream " + (failedCallee == null ? "call" : failedCallee) + ": i/o timeout";
      case EXTERNAL_ERRORS -> (failedCallee == null ? "partner" : failedCallee)
          + (d.variant() == 0 ? " answered 429 Too Many Requests" : " answered 503 Service Unavailable");
      case SATURATED -> "503 Service Unavailable: request rejected";
      case DB_CONTENTION -> "statement failed";
      default -> "Internal Server Error";
    };
  }

  static String regressionType(int variant) {
    return switch (variant % 3) {
      case 1 -> "java.lang.IllegalArgumentException";
      case 2 -> "java.lang.ClassCastException";
      default -> "com.fasterxml.jackson.databind.exc.MismatchedInputException";
    };
  }

  static String exceptionType(Impact d) {
    return switch (d.symptom()) {
      case MEMORY_LEAK -> "java.lang.OutOfMemoryError";
      case DISK_FULL -> "java.io.IOException";
      case NETWORK_IMPAIRED -> "java.net.SocketTimeoutException";
      case EXTERNAL_ERRORS -> "feign.FeignException";
      case SATURATED -> "java.util.concurrent.RejectedExecutionException";
      case CPU_SATURATION, UNEXPLAINED_SLOWNESS -> "java.util.concurrent.TimeoutException";
      default -> "java.lang.RuntimeException";
    };
  }
}
