package dev.rca.analysis.logs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineParserTest {

  @Test
  void readsMessageLevelAndLoggerFromJson() {
    ParsedLine p = LineParser.parse(
        "{\"ts\":\"2024-04-15T12:00:00Z\",\"level\":\"ERROR\",\"logger\":\"c.e.Pool\",\"msg\":\"pool \\\"main\\\" exhausted\",\"n\":[1,{\"a\":2}]}",
        LogLevel.UNKNOWN);
    assertThat(p.message()).isEqualTo("pool \"main\" exhausted");
    assertThat(p.level()).isEqualTo(LogLevel.ERROR);
    assertThat(p.logger()).isEqualTo("c.e.Pool");
  }

  @Test
  void readsNestedEcsLevelAndNumericPinoLevel() {
    assertThat(LineParser.parse("{\"log\":{\"level\":\"warn\"},\"message\":\"slow\"}", LogLevel.UNKNOWN).level())
        .isEqualTo(LogLevel.WARN);
    assertThat(LineParser.parse("{\"level\":50,\"msg\":\"boom\"}", LogLevel.UNKNOWN).level())
        .isEqualTo(LogLevel.ERROR);
    assertThat(LineParser.parse("{\"log.level\":\"info\",\"@message\":\"ok\"}", LogLevel.ERROR).level())
        .isEqualTo(LogLevel.INFO);
  }

  @Test
  void jsonWithoutMessageKeyIsMinedAsKeyValuePairs() {
    ParsedLine p = LineParser.parse("{\"time\":\"x\",\"order\":42,\"state\":\"paid\"}", LogLevel.UNKNOWN);
    assertThat(p.message()).isEqualTo("order=42 state=paid");
  }

  @Test
  void readsLogfmt() {
    ParsedLine p = LineParser.parse(
        "ts=2024-04-15T12:00:00Z level=error caller=db.go:42 msg=\"query failed\" err=\"timeout\"",
        LogLevel.UNKNOWN);
    assertThat(p.level()).isEqualTo(LogLevel.ERROR);
    assertThat(p.logger()).isEqualTo("db.go:42");
    assertThat(p.message()).isEqualTo("query failed err=timeout");
  }

  @Test
  void findsLevelTokensInFreeTextButNotOrdinaryWords() {
    assertThat(LineParser.parse("2024-04-15 12:00:00.123 WARN [main] c.e.App - slow", LogLevel.UNKNOWN).level())
        .isEqualTo(LogLevel.WARN);
    assertThat(LineParser.parse("2024/04/15 12:00:00 [error] 7#0: upstream timed out", LogLevel.UNKNOWN).level())
        .isEqualTo(LogLevel.ERROR);
    assertThat(LineParser.parse("E0415 12:00:00.123456 1 main.go:10] failed", LogLevel.UNKNOWN).level())
        .isEqualTo(LogLevel.ERROR);
    assertThat(LineParser.parse("<11>Apr 15 12:00:00 host app[1]: something", LogLevel.UNKNOWN).level())
        .isEqualTo(LogLevel.ERROR);
    assertThat(LineParser.parse("retrying after error in step 3", LogLevel.UNKNOWN).level())
        .isEqualTo(LogLevel.UNKNOWN);
  }

  @Test
  void streamLevelAppliesOnlyWhenTheLineNamesNone() {
    assertThat(LineParser.parse("plain text", LogLevel.ERROR).level()).isEqualTo(LogLevel.ERROR);
    assertThat(LineParser.parse("INFO plain text", LogLevel.ERROR).level()).isEqualTo(LogLevel.INFO);
  }

  @Test
  void accessLogStatusSetsLevelAndKeepsStatusApart() {
    String base = "10.1.2.3 - - [15/Apr/2024:12:00:00 +0000] \"GET /api/orders/17 HTTP/1.1\" ";
    ParsedLine error = LineParser.parse(base + "503 120 \"-\" \"curl\"", LogLevel.UNKNOWN);
    ParsedLine warn = LineParser.parse(base + "404 0", LogLevel.UNKNOWN);
    ParsedLine ok = LineParser.parse(base + "200 512", LogLevel.UNKNOWN);
    assertThat(error.level()).isEqualTo(LogLevel.ERROR);
    assertThat(warn.level()).isEqualTo(LogLevel.WARN);
    assertThat(ok.level()).isEqualTo(LogLevel.INFO);
    assertThat(VariableMasker.mask(error.message())).isEqualTo("GET /api/orders/<*> -> service unavailable");
    assertThat(error.message()).isNotEqualTo(ok.message());
  }

  @Test
  void minesFirstLineOfStackTraceAndKeepsDeepestCause() {
    String raw = "ERROR request failed\n"
        + "java.lang.IllegalStateException: wrapper\n"
        + "\tat com.example.A.b(A.java:10)\n"
        + "Caused by: java.net.SocketTimeoutException: Read timed out\n"
        + "\tat java.base/java.net.Socket.read(Socket.java:1)\n";
    ParsedLine p = LineParser.parse(raw, LogLevel.UNKNOWN);
    assertThat(p.exception()).isEqualTo("java.net.SocketTimeoutException");
    assertThat(p.message()).isEqualTo("ERROR request failed java.net.SocketTimeoutException");
    assertThat(p.level()).isEqualTo(LogLevel.ERROR);
  }

  @Test
  void findsExceptionInJsonStackTraceField() {
    ParsedLine p = LineParser.parse("{\"level\":\"error\",\"message\":\"failed\",\"stack_trace\":"
        + "\"com.example.PoolExhaustedException: none left\\n\\tat x.y(Z.java:1)\"}", LogLevel.UNKNOWN);
    assertThat(p.exception()).isEqualTo("com.example.PoolExhaustedException");
  }
}
