package dev.rca.core.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.rca.api.evidence.Evidence;
import dev.rca.api.model.Hypothesis;
import dev.rca.api.model.InvestigationRequest;
import dev.rca.api.model.RootCauseReport;
import dev.rca.api.model.RootCauseReport.RankedCause;
import dev.rca.api.model.SourceStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link RootCauseReport} as the JSON of {@code report-json.md}.
 *
 * <p>The contract's fields come first and in the contract's order ({@code status}, {@code summary},
 * {@code hypotheses}, {@code sources}, {@code timings}); the extra fields the contract allows
 * follow them ({@code investigationId}, {@code generatedAt}, {@code onset}, {@code window},
 * {@code services}, {@code symptom}, {@code redactions}, {@code missing}), so a person diffing two
 * reports sees the verdict first. Inside a hypothesis's evidence, {@code service} and {@code at}
 * follow the contract's four fields; a source's {@code warnings} follow its {@code error}. Output
 * is pretty-printed with a two-space indent and {@code \n} line ends on every platform, so the
 * same report always gives the same bytes.
 *
 * <pre>{@code
 * String json = ReportJson.toJson(report);
 * ReportJson.write(report, System.out);
 * }</pre>
 */
public final class ReportJson {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private ReportJson() {}

  /** The report as a JSON document ending in a newline. */
  public static String toJson(RootCauseReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes the report as UTF-8 JSON followed by a newline. The stream is flushed, not closed.
   */
  public static void write(RootCauseReport report, OutputStream out) throws IOException {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      json.setPrettyPrinter(prettyPrinter());
      writeReport(report, json);
      json.writeRaw('\n');
    }
    out.flush();
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  private static void writeReport(RootCauseReport report, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("status", report.status().name());
    json.writeStringField("summary", report.summary());
    json.writeArrayFieldStart("hypotheses");
    for (RankedCause cause : report.causes()) {
      writeHypothesis(cause, json);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("sources");
    for (SourceStatus source : report.sources()) {
      writeSource(source, json);
    }
    json.writeEndArray();
    json.writeObjectFieldStart("timings");
    json.writeNumberField("totalMs", report.total().toMillis());
    json.writeEndObject();
    writeExtras(report, json);
    json.writeEndObject();
  }

  private static void writeHypothesis(RankedCause cause, JsonGenerator json) throws IOException {
    Hypothesis h = cause.hypothesis();
    json.writeStartObject();
    json.writeStringField("service", h.service());
    json.writeStringField("kind", h.kind().wireName());
    nullableString(json, "changeId", h.changeId());
    json.writeNumberField("confidence", h.confidence());
    json.writeStringField("statement", h.statement());
    json.writeArrayFieldStart("evidence");
    for (Evidence e : cause.evidence()) {
      json.writeStartObject();
      json.writeStringField("id", e.id());
      json.writeStringField("source", e.signal().key());
      json.writeStringField("link", e.link());
      json.writeStringField("excerpt", e.excerpt());
      json.writeStringField("service", e.service());
      json.writeStringField("at", e.at().toString());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeSource(SourceStatus source, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", source.name());
    json.writeStringField("signal", source.signal().name());
    json.writeStringField("status", source.state().name());
    json.writeNumberField("elapsedMs", source.elapsedMs());
    json.writeNumberField("items", source.items());
    nullableString(json, "error", source.error());
    json.writeArrayFieldStart("warnings");
    for (String warning : source.warnings()) {
      json.writeString(warning);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeExtras(RootCauseReport report, JsonGenerator json) throws IOException {
    InvestigationRequest request = report.request();
    json.writeStringField("investigationId", report.investigationId());
    json.writeStringField("generatedAt", report.generatedAt().toString());
    json.writeStringField("onset", request.onset().toString());
    json.writeObjectFieldStart("window");
    json.writeStringField("from", request.window().from().toString());
    json.writeStringField("to", request.window().to().toString());
    json.writeEndObject();
    json.writeArrayFieldStart("services");
    for (String service : request.services()) {
      json.writeString(service);
    }
    json.writeEndArray();
    json.writeStringField("symptom", request.symptom());
    json.writeObjectFieldStart("redactions");
    // Sorted so that two runs over the same data produce the same bytes.
    for (Map.Entry<String, Long> rule : new TreeMap<>(report.redactionCounts()).entrySet()) {
      json.writeNumberField(rule.getKey(), rule.getValue());
    }
    json.writeEndObject();
    json.writeArrayFieldStart("missing");
    for (SourceStatus source : report.missingSources()) {
      json.writeString(source.name());
    }
    json.writeEndArray();
  }

  private static void nullableString(JsonGenerator json, String name, @Nullable String value)
      throws IOException {
    if (value == null) {
      json.writeNullField(name);
    } else {
      json.writeStringField(name, value);
    }
  }
}
