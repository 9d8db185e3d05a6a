package dev.rca.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rca.api.spi.ReportSink;
import dev.rca.api.spi.ReportSinkProvider;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportSinksTest {
  @TempDir Path dir;

  @Test
  void jsonSinkReplacesTheFileWholeAndLeavesNoTemporaryFile() throws Exception {
    Path file = dir.resolve("out/report.json");
    ReportSink sink = JsonReportSink.toFile(file);

    sink.write(SampleReports.empty());
    sink.write(SampleReports.confident());

    assertThat(Files.readString(file)).isEqualTo(ReportJson.toJson(SampleReports.confident()));
    try (var files = Files.list(file.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.json");
    }
  }

  @Test
  void markdownSinkWritesToAStreamWithoutClosingIt() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportSink sink = MarkdownReportSink.toStream(out);

    sink.write(SampleReports.confident());
    sink.write(SampleReports.confident());

    String once = MarkdownReport.render(SampleReports.confident());
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(once + once);
  }

  @Test
  void providersAreFoundByNameThroughServiceLoader() {
    Set<String> names = ServiceLoader.load(ReportSinkProvider.class).stream()
        .map(p -> p.get().name()).collect(Collectors.toSet());

    assertThat(names).contains("json", "markdown", "audit");
  }

  @Test
  void providerWritesToThePathOption() throws Exception {
    Path file = dir.resolve("r.md");
    ReportSink sink = new MarkdownReportSinkProvider().create(Map.of("path", file.toString()));

    sink.write(SampleReports.confident());

    assertThat(Files.readString(file)).startsWith("# CONFIDENT");
  }

  @Test
  void providerWithoutPathWritesToStandardOutput() {
    assertThat(new JsonReportSinkProvider().create(Map.of()).toString())
        .isEqualTo("JsonReportSink[stream]");
  }

  @Test
  void providerRejectsUnknownOptionsByName() {
    assertThatThrownBy(() -> new JsonReportSinkProvider().create(Map.of("pth", "x.json")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sink 'json': unknown option(s) [pth] (known: path)");
  }
}
