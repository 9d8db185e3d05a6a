package dev.rca.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code rca} command.
 *
 * <pre>{@code
 * java -jar rca-examples/target/rca.jar investigate --bundle rca-examples/bundles/deploy-regression
 * }</pre>
 */
@Command(name = "rca", mixinStandardHelpOptions = true, version = "rca 0.1.0",
    description = "Root-cause analysis for production incidents.",
    subcommands = {InvestigateCommand.class, RedactCommand.class, VerifyAuditCommand.class,
        CommandLine.HelpCommand.class})
public final class RcaCommand implements Runnable {
  /** Exit status when the trigger or the configuration cannot be used. */
  static final int UNUSABLE_INPUT = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit status, for tests and embedding. */
  public static int run(String... args) {
    return new CommandLine(new RcaCommand()).execute(args);
  }
}
