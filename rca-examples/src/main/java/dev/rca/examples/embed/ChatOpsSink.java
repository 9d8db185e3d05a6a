package dev.rca.examples.embed;

import dev.rca.api.model.Hypothesis;
import dev.rca.api.model.RootCauseReport;
import dev.rca.api.spi.ReportSink;
import java.io.PrintStream;

/**
 * A team's own sink: one chat-sized message with the verdict and the top cause. A real one would
 * post it to a chat webhook; this one prints, so the example runs anywhere.
 *
 * <pre>{@code
 * ReportSink chat = new ChatOpsSink(System.out);
 * }</pre>
 */
public final class ChatOpsSink implements ReportSink {
  private final PrintStream channel;

  public ChatOpsSink(PrintStream channel) {
    this.channel = channel;
  }

  @Override
  public void write(RootCauseReport report) {
    channel.println(message(report));
  }

  /** The message text, e.g. {@code ":rotating_light: CONFIDENT payments (config, c-8812) 91% ..."}. */
  public static String message(RootCauseReport report) {
    if (report.causes().isEmpty()) {
      return ":grey_question: " + report.status() + ": " + report.summary();
    }
    Hypothesis top = report.causes().get(0).hypothesis();
    String link = report.causes().get(0).evidence().stream().map(e -> e.link())
        .filter(l -> !l.isEmpty()).findFirst().orElse("");
    return ":rotating_light: " + report.status() + " " + top.service() + " ("
        + top.kind().wireName() + (top.changeId() == null ? "" : ", " + top.changeId()) + ") "
        + Math.round(top.confidence() * 100) + "% " + top.statement()
        + (link.isEmpty() ? "" : " " + link);
  }
}
