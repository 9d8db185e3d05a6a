package dev.rca.connectors.loki.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PushBodyReaderTest {
  @TempDir
  Path dir;

  private static final String PLAIN = "{\"streams\":[{\"stream\":{\"service\":\"pay\",\"level\":\"error\"},"
      + "\"values\":[[\"1700000000000000001\",\"a \\\"quoted\\\" line\\\\n\\u00e9\\/\"],[\"1700000000000000002\",\"plain\"]]},"
      + "{\"stream\":{\"job\":\"cart\"},\"values\":[]},{\"stream\":{},\"values\":[[\"3\",\"x\"]]}]}";

  /** Bodies in and out of the plain form; each must read exactly as Jackson alone reads it. */
  private static final List<String> BODIES = List.of(
      PLAIN,
      " \n{ \"streams\" : [ { \"stream\" : { \"app\" : \"a\" } , \"values\" : [ [ \"1\" , \"l\" ] ] } ] }\n",
      "{\"streams\":[]}",
      "{}",
      "",
      "\uFEFF" + PLAIN,
      PLAIN.replace("plain", "caf\u00e9 \u2026"),
      PLAIN.replace("\"plain\"]", "\"plain\",{\"trace_id\":\"t\"}]"),
      PLAIN.replace("\"1700000000000000002\"", "1700000000000000002"),
      PLAIN.replace("\"1700000000000000002\"", "\"17e9\""),
      PLAIN.replace("\"3\",\"x\"", "\"3\""),
      PLAIN.replace("{\"job\":\"cart\"},\"values\":[]", "{\"job\":\"cart\"},\"values\":[[\"9\",\"z\"]],\"extra\":1"),
      "{\"streams\":[{\"values\":[[\"1\",\"early\"]],\"stream\":{\"service\":\"s\"}},"
          + "{\"stream\":{\"service\":\"t\"},\"values\":[[\"2\",\"late\"]]}]}",
      "{\"streams\":[{\"stream\":{\"service\":\"s\",\"n\":3},\"values\":[[\"1\",\"x\"]]}]}",
      PLAIN.substring(0, PLAIN.length() / 2),
      PLAIN.substring(0, PLAIN.length() - 3),
      PLAIN.replace("plain", "bad \\q escape"),
      PLAIN.replace("plain", "tab\there"),
      PLAIN.replace("plain", "wide \\u2026 and \\u00ff and \\u0041 \\t"),
      PLAIN.replace("plain", "bad \\u12g4 hex"),
      PLAIN + " trailing",
      "{\"streams\":[{\"stream\":{\"service\":\"s\"},\"values\":[[\"1\",\"" + "y".repeat(70_000) + "\"]]}]}");

  private record Read(List<String> entries, List<String> warnings, PushBodyReader.Outcome outcome) {}

  private Read read(String body, boolean general) throws Exception {
    Path file = dir.resolve("b.json");
    Files.write(file, body.getBytes(StandardCharsets.UTF_8));
    List<String> entries = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    PushBodyReader reader = PushBodyReader.withMaxStringLength(65_536);
    PushBodyReader.EntrySink sink = (service, level, nanos, line) ->
        entries.add(service + "|" + level + "|" + nanos + "|" + line);
    PushBodyReader.Outcome outcome = general
        ? reader.general(file, "logs/b.json", sink, warnings, 0)
        : reader.read(file, "logs/b.json", sink, warnings);
    return new Read(entries, warnings, outcome);
  }

  @Test
  void readsEveryBodyExactlyAsTheGeneralReaderDoes() throws Exception {
    for (String body : BODIES) {
      Read fast = read(body, false);
      Read general = read(body, true);
      assertThat(fast).as(body.length() > 200 ? body.substring(0, 200) : body).isEqualTo(general);
    }
  }

  @Test
  void decodesEscapesInThePlainForm() throws Exception {
    Read r = read(PLAIN, false);
    assertThat(r.warnings()).isEmpty();
    assertThat(r.entries()).containsExactly(
        "pay|error|1700000000000000001|a \"quoted\" line\\n\u00e9/",
        "pay|error|1700000000000000002|plain",
        "unknown||3|x");
  }
}
