package dev.rca.redaction.score;

import dev.rca.api.spi.RedactionSession;
import dev.rca.api.spi.Redactor;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The share of lines a redactor changes in logs known to hold no secrets (e.g. the Loghub
 * samples): every change there is a false positive.
 *
 * <pre>{@code
 * LineFalsePositives fp = LineFalsePositives.of(redactor, List.of(Path.of("HDFS_2k.log")));
 * fp.rate(); // 0.0005
 * }</pre>
 *
 * @param lines lines read
 * @param changed lines the redactor changed
 * @param countsByRule what fired, by rule id
 * @param examples a few changed lines, redacted, for a failure message
 */
public record LineFalsePositives(long lines, long changed, Map<String, Long> countsByRule,
    List<String> examples) {
  public LineFalsePositives {
    countsByRule = Map.copyOf(countsByRule);
    examples = List.copyOf(examples);
  }

  public static LineFalsePositives of(Redactor redactor, List<Path> files) throws IOException {
    RedactionSession session = redactor.openSession();
    long lines = 0;
    long changed = 0;
    List<String> examples = new ArrayList<>();
    for (Path f : files) {
      try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          lines++;
          String out = session.redact(line);
          if (!out.equals(line)) {
            changed++;
            if (examples.size() < 25) {
              examples.add(f.getFileName() + ": " + out);
            }
          }
        }
      }
    }
    return new LineFalsePositives(lines, changed, session.countsByRule(), examples);
  }

  public double rate() {
    return lines == 0 ? 0 : (double) changed / lines;
  }

  public String summary() {
    return String.format(java.util.Locale.ROOT, "false positives %.3f%% (%d/%d lines) %s",
        100 * rate(), changed, lines, countsByRule);
  }
}
