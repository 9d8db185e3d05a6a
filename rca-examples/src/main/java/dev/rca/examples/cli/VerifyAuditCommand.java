package dev.rca.examples.cli;

import dev.rca.core.audit.AuditLogVerifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rca verify-audit FILE}: checks the audit log's hash chain; exit 1 names the first broken line. */
@Command(name = "verify-audit", mixinStandardHelpOptions = true,
    description = "Check that an audit log has not been edited, reordered or cut.")
final class VerifyAuditCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "The audit log (JSON Lines).")
  Path log;

  @Override
  public Integer call() {
    try {
      AuditLogVerifier.Result result = AuditLogVerifier.verify(log);
      (result.intact() ? System.out : System.err).println(
          (result.intact() ? "intact: " : "broken: ") + result.message());
      return result.intact() ? 0 : 1;
    } catch (IOException e) {
      System.err.println("rca: " + log + ": cannot read (" + e.getMessage() + ")");
      return RcaCommand.UNUSABLE_INPUT;
    }
  }
}
