package dev.rca.connectors.otel.bundle;

import static dev.rca.connectors.otel.bundle.Otlp.request;
import static dev.rca.connectors.otel.bundle.Otlp.span;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rca.analysis.traces.SpanRecord;
import dev.rca.api.spi.Deadline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtlpTraceReaderTest {
  @TempDir Path dir;
  private final List<SpanRecord> spans = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  private long read(String body) throws Exception {
    Path file = dir.resolve("a.json");
    Files.writeString(file, body);
    return new OtlpTraceReader(Deadline.after(Duration.ofSeconds(10)))
        .read(file, "traces/a.json", spans::add, warnings::add);
  }

  @Test
  void readsSpanFieldsAttributesExceptionEventAndEnumStatus() throws Exception {
    String extra = "\"kind\":\"SPAN_KIND_CLIENT\","
        + "\"attributes\":[{\"key\":\"http.response.status_code\",\"value\":{\"intValue\":\"503\"}},"
        + "{\"key\":\"db.system\",\"value\":{\"stringValue\":\"postgresql\"}},"
        + "{\"key\":\"thread.id\",\"value\":{\"intValue\":7}}],"
        + "\"events\":[{\"name\":\"exception\",\"attributes\":["
        + "{\"key\":\"exception.type\",\"value\":{\"stringValue\":\"SQLTimeoutException\"}},"
        + "{\"key\":\"exception.message\",\"value\":{\"stringValue\":\"pool exhausted\"}}]}],"
        + "\"status\":{\"code\":\"STATUS_CODE_ERROR\",\"message\":\"query failed\"}";
    String body = request("payments",
        span("5B8EFFF798038103D269B633813FC60C", "EEE19B7EC3C1B174", "EEE19B7EC3C1B173",
            "SELECT orders", 0, 250, extra).replace("\"kind\":2,", ""));

    assertThat(read(body)).isEqualTo(1);

    SpanRecord s = spans.get(0);
    assertThat(s.traceId()).isEqualTo("5b8efff798038103d269b633813fc60c");
    assertThat(s.parentSpanId()).isEqualTo("eee19b7ec3c1b173");
    assertThat(s.service()).isEqualTo("payments");
    assertThat(s.kind()).isEqualTo(SpanRecord.Kind.CLIENT);
    assertThat(s.durationNanos()).isEqualTo(250_000_000L);
    assertThat(s.error()).isTrue();
    assertThat(s.statusMessage()).isEqualTo("query failed");
    assertThat(s.attributes()).containsEntry("http.response.status_code", "503")
        .containsEntry("db.system", "postgresql")
        .containsEntry("exception.type", "SQLTimeoutException")
        .containsEntry("exception.message", "pool exhausted")
        .doesNotContainKey("thread.id");
    assertThat(warnings).isEmpty();
  }

  @Test
  void acceptsNumericTimesIntegerStatusAndArrayValues() throws Exception {
    String body = "{\"resourceSpans\":[{\"resource\":{\"attributes\":[{\"key\":\"service.name\","
        + "\"value\":{\"stringValue\":\"cart\"}}]},\"scopeSpans\":[{\"spans\":[{\"traceId\":\"aa\","
        + "\"spanId\":\"01\",\"name\":\"GET\",\"kind\":3,\"startTimeUnixNano\":1713152400000000000,"
        + "\"endTimeUnixNano\":1713152400005000000,\"status\":{\"code\":2},\"attributes\":[{\"key\":"
        + "\"server.address\",\"value\":{\"arrayValue\":{\"values\":[{\"stringValue\":\"a\"},"
        + "{\"intValue\":1}]}}}]}]}]}]}";

    read(body);

    SpanRecord s = spans.get(0);
    assertThat(s.startEpochNanos()).isEqualTo(1713152400000000000L);
    assertThat(s.kind()).isEqualTo(SpanRecord.Kind.CLIENT);
    assertThat(s.error()).isTrue();
    assertThat(s.isRoot()).isTrue();
    assertThat(s.attributes()).containsEntry("server.address", "[a, 1]");
  }

  @Test
  void readsOlderInstrumentationLibrarySpansWithTheResourceAfterTheSpans() throws Exception {
    String body = "{\"resourceSpans\":[{\"instrumentationLibrarySpans\":[{\"spans\":["
        + span("aa", "01", "", "GET /cart", 0, 5, "") + "]}],"
        + "\"resource\":{\"attributes\":[{\"key\":\"service.name\",\"value\":{\"stringValue\":\"cart\"}}]}}]}";

    read(body);

    assertThat(spans).extracting(SpanRecord::service, SpanRecord::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("cart", "GET /cart"));
  }

  @Test
  void readsAJsonArrayOfRequests() throws Exception {
    read("[" + request("a", span("aa", "01", "", "x", 0, 5, "")) + ",\n"
        + request("b", span("bb", "02", "", "y", 0, 5, "")) + "]");

    assertThat(spans).extracting(SpanRecord::service).containsExactly("a", "b");
  }

  @Test
  void readsJsonLinesAndGoesOnAfterABrokenLine() throws Exception {
    read(request("a", span("aa", "01", "", "x", 0, 5, "")) + "\n"
        + "{\"resourceSpans\": [ oops\n"
        + request("c", span("cc", "03", "", "z", 0, 5, "")) + "\n");

    assertThat(spans).extracting(SpanRecord::service).containsExactly("a", "c");
    assertThat(warnings).singleElement().asString().startsWith("traces/a.json line 2 col 21: Unrecognized token 'oops'");
  }

  @Test
  void reportsATruncatedFileWithPositionAndKeepsTheSpansReadBefore() throws Exception {
    String body = "{\n  \"resourceSpans\": [\n" + request("a", span("aa", "01", "", "x", 0, 5, ""))
        .replace("{\"resourceSpans\":[", "").replace("]}]}]}]}", "]}]},")
        + "\n    {\"resource\": {\n";

    read(body);

    assertThat(spans).hasSize(1);
    assertThat(warnings).containsExactly(
        "traces/a.json line 5 col 1: Unexpected end-of-input: expected close marker for Object");
  }

  @Test
  void skipsSpansWithoutIdsOrTimesAndSaysWhere() throws Exception {
    String body = request("a", "{\"spanId\":\"01\",\"startTimeUnixNano\":\"1\",\"endTimeUnixNano\":\"2\"}",
        "{\"traceId\":\"aa\",\"spanId\":\"02\",\"startTimeUnixNano\":\"soon\"}",
        span("aa", "03", "", "ok", 0, 5, ""));
    read(body);

    assertThat(spans).extracting(SpanRecord::spanId).containsExactly("03");
    assertThat(warnings).containsExactly(
        "traces/a.json line 1 col " + (body.indexOf("{\"spanId\"") + 1)
            + ": span skipped: missing traceId",
        "traces/a.json: 1 more spans skipped");
  }

  @Test
  void convertsBase64IdsSoParentLinksStillMatch() throws Exception {
    read(request("a", span("W47/95gDgQPSabYzgT/GDA==", "7uGbfsPBsXQ=", "", "x", 0, 5, "")));

    assertThat(spans.get(0).traceId()).isEqualTo("5b8efff798038103d269b633813fc60c");
    assertThat(spans.get(0).spanId()).isEqualTo("eee19b7ec3c1b174");
  }

  @Test
  void rejectsAFileThatIsNotARequest() throws Exception {
    read("\"hello\"");

    assertThat(spans).isEmpty();
    assertThat(warnings).containsExactly("traces/a.json line 1 col 1: "
        + "expected an ExportTraceServiceRequest object or an array of them");
  }
}
