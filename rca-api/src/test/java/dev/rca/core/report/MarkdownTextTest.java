package dev.rca.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

  @Test
  void flattensLineBreaksSoAnExcerptCannotStartABlock() {
    assertThat(MarkdownText.escape("a\n# heading\r\n```")).isEqualTo("a \\# heading  \\`\\`\\`");
  }

  @Test
  void formatsOffsetsWithSignAndHours() {
    assertThat(MarkdownText.offset(-250)).isEqualTo("-04:10");
    assertThat(MarkdownText.offset(0)).isEqualTo("+00:00");
    assertThat(MarkdownText.offset(3723)).isEqualTo("+1:02:03");
  }

  @Test
  void formatsElapsedInMillisecondsThenSeconds() {
    assertThat(MarkdownText.millis(412)).isEqualTo("412 ms");
    assertThat(MarkdownText.millis(1310)).isEqualTo("1.3 s");
    assertThat(MarkdownText.millis(10_000)).isEqualTo("10 s");
  }

  @Test
  void rendersNonHttpLinksAsInertText() {
    assertThat(MarkdownText.link("open", "javascript:alert(1)")).isEqualTo("javascript:alert(1)");
    assertThat(MarkdownText.link("open", "")).isEmpty();
  }
}
