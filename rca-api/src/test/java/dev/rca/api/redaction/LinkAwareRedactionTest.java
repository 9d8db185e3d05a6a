package dev.rca.api.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rca.api.spi.RedactionSession;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkAwareRedactionTest {
  private final RedactionSession session = new RedactionSession() {
    @Override
    public String redact(String text) {
      return text.replace("alice@example.com", "<email:1>");
    }

    @Override
    public Map<String, Long> countsByRule() {
      return Map.of();
    }
  };

  @Test
  void redactsValuesHiddenByUrlEncodingInALinksFragment() {
    String link = "file:///b/metrics/app.om#up%7Bowner%3D%22alice%40example.com%22%7D";
    String clean = LinkAwareRedaction.redact(session, link);
    assertThat(clean).startsWith("file:///b/metrics/app.om#").doesNotContain("alice%40example.com")
        .contains("email%3A1");
  }

  @Test
  void leavesCleanLinksAndPlainTextAsTheyWere() {
    String link = "http://loki:3100/explore?q=%7Bservice%3D%22api%22%7D";
    assertThat(LinkAwareRedaction.redact(session, link)).isEqualTo(link);
    assertThat(LinkAwareRedaction.redact(session, "mail alice@example.com 100%"))
        .isEqualTo("mail <email:1> 100%");
  }
}
