package dev.rca.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rca.api.spi.RedactionSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Reused per-thread buffers: no line sees what the one before left in them. */
class LineScratchTest {
  private static final byte[] KEY = new byte[32];
  private static final String[] PIECES = {"token=", "ghp_", "4111 1111 1111 1111", " ", "x",
      "password: ", "DE89 3704 0044 0532 0130 00", "10.0.0.1", "a@b.co", "2025-03-12T10:11:12Z",
      "+44 20 7946 0958", "AKIA", "Bearer ", "0123456789", "é", ":", "=", "\"", "secret"};

  @Test
  void aLineRedactedAfterOthersMatchesTheSameLineRedactedFirst() throws Exception {
    Random random = new Random(7);
    RuleRedactor redactor = RuleRedactor.withBuiltInRules();
    RedactionSession session = redactor.openSession(KEY);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      StringBuilder sb = new StringBuilder();
      // lengths around the 64-character blocks, with a long line now and then
      int pieces = random.nextInt(10) == 0 ? 400 : random.nextInt(20);
      for (int k = 0; k < pieces; k++) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      lines.add(sb.toString());
    }
    for (String line : lines) {
      String afterOthers = session.redact(line);
      assertThat(afterOthers).as(line).isEqualTo(onFreshThread(redactor, line));
    }
  }

  private static String onFreshThread(RuleRedactor redactor, String line) throws Exception {
    AtomicReference<String> out = new AtomicReference<>();
    Thread t = new Thread(() -> out.set(redactor.openSession(KEY).redact(line)));
    t.start();
    t.join();
    return out.get();
  }

  @Test
  void aScanWithinAScanGetsItsOwnBuffers() {
    LineScratch outer = LineScratch.acquire();
    try {
      LineScratch inner = LineScratch.acquire();
      assertThat(inner).isNotSameAs(outer);
      inner.release();
    } finally {
      outer.release();
    }
    LineScratch again = LineScratch.acquire();
    assertThat(again).isSameAs(outer);
    again.release();
  }

  @Test
  void buffersGrownForALongLineAreLetGoAfterIt() {
    LineScratch scratch = LineScratch.acquire();
    byte[] big = scratch.lineBytes("7".repeat(1 << 20));
    scratch.found.add(0, 1, 0);
    scratch.release();
    scratch = LineScratch.acquire();
    try {
      assertThat(scratch.lineBytes("short line")).isNotSameAs(big).hasSizeLessThan(1024);
      assertThat(scratch.found.isEmpty()).isTrue();
    } finally {
      scratch.release();
    }
  }
}
