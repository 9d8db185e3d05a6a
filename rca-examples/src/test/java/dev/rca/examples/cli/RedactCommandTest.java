package dev.rca.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedactCommandTest {
  @TempDir Path tmp;

  private static synchronized CliRun withStdin(String input, String... args) {
    InputStream old = System.in;
    try {
      System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
      return CliRun.of(args);
    } finally {
      System.setIn(old);
    }
  }

  @Test
  void redactsStdinLineForLineWithOnePseudonymPerValue() {
    CliRun run = withStdin("login bob@example.com password=Hunter2Hunter2\n"
        + "GET /health 200\n"
        + "logout bob@example.com from 10.1.2.3\n", "redact");
    assertThat(run.exit()).isZero();
    String[] lines = run.out().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(run.out()).doesNotContain("bob@example.com", "Hunter2Hunter2", "10.1.2.3");
    assertThat(lines[1]).isEqualTo("GET /health 200");
    String token = lines[0].substring(lines[0].indexOf("<email:"), lines[0].indexOf('>') + 1);
    assertThat(lines[2]).contains(token);
    assertThat(run.err()).contains("email 2");
  }

  @Test
  void takesRulesFromTheConfigurationsRedactionSection() throws Exception {
    Path config = tmp.resolve("rca.yaml");
    Files.writeString(config, """
        redaction:
          provider: default
          options:
            ip_addresses: false
            allow: [ops@example.com]
            rules:
              - { id: ticket, pattern: "TCK-[0-9]{4}", label: ticket, keywords: [tck-] }
        """);
    CliRun run = withStdin("ops@example.com opened TCK-1234 from 10.1.2.3\n",
        "redact", "--config", config.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("ops@example.com opened <ticket:")
        .endsWith(" from 10.1.2.3\n");
  }

  @Test
  void listsBuiltInRules() {
    CliRun run = withStdin("", "redact", "--list-rules");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("aws-access-key-id", "payment-card", "ipv4-address");
  }

  @Test
  void badRedactionOptionsFailNamingTheKey() throws Exception {
    Path config = tmp.resolve("rca.yaml");
    Files.writeString(config, "redaction: { provider: default, options: { disable: [nope] } }\n");
    CliRun run = withStdin("x\n", "redact", "--config", config.toString());
    assertThat(run.exit()).isEqualTo(RcaCommand.UNUSABLE_INPUT);
    assertThat(run.err()).contains("no built-in rule 'nope'");
  }
}
