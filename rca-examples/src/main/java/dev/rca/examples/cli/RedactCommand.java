package dev.rca.examples.cli;

import dev.rca.api.spi.RedactionSession;
import dev.rca.api.spi.Redactor;
import dev.rca.core.Providers;
import dev.rca.core.config.ProviderConfig;
import dev.rca.core.config.RcaConfig;
import dev.rca.core.config.RcaConfigLoader;
import dev.rca.redaction.RuleRedactor;
import dev.rca.redaction.RuleSummary;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rca redact}: standard input to standard output, line for line, with the same rules and
 * pseudonyms an investigation uses (the {@code redaction} section of {@code --config}); one
 * session for the whole stream, so a value gets the same pseudonym on every line. The counts by
 * rule go to standard error at the end.
 *
 * <pre>{@code
 * kubectl logs deploy/checkout | java -jar rca.jar redact --config rca.yaml > safe.log
 * java -jar rca.jar redact --list-rules
 * }</pre>
 */
@Command(name = "redact", mixinStandardHelpOptions = true,
    description = "Redact secrets and personal data from standard input, line for line.")
final class RedactCommand implements Callable<Integer> {
  @Option(names = "--config", paramLabel = "FILE",
      description = "The rca.yaml whose redaction section chooses rules (default: built-in).")
  Path config;

  @Option(names = "--list-rules", description = "List the built-in rule ids and exit.")
  boolean listRules;

  @Override
  public Integer call() {
    PrintStream err = System.err;
    if (listRules) {
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      for (RuleSummary r : RuleRedactor.builtInRules()) {
        out.printf("%-32s %-9s %s%n", r.id(), r.category(), r.summary());
      }
      out.println("(ipv4-address and ipv6-address follow redaction.options.ip_addresses)");
      return 0;
    }
    Redactor redactor;
    try {
      RcaConfig settings = config == null ? RcaConfig.defaults()
          : RcaConfigLoader.usingSystemEnvironment().load(config);
      ProviderConfig section = settings.redaction();
      redactor = Providers.redactor(section.name()).create(section.options());
    } catch (IOException e) {
      err.println("rca: " + config + ": cannot read (" + e.getMessage() + ")");
      return RcaCommand.UNUSABLE_INPUT;
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println("rca: " + e.getMessage());
      return RcaCommand.UNUSABLE_INPUT;
    }
    RedactionSession session = redactor.openSession();
    try {
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in,
          StandardCharsets.UTF_8), 1 << 16);
      Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8),
          1 << 16);
      String line;
      while ((line = in.readLine()) != null) {
        out.write(session.redact(line));
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      err.println("rca: redact: " + e.getMessage());
      return 1;
    }
    Map<String, Long> counts = session.countsByRule();
    err.println("[rca] redacted " + counts.values().stream().mapToLong(Long::longValue).sum()
        + " values" + (counts.isEmpty() ? "" : " (" + counts.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")"));
    return 0;
  }
}
