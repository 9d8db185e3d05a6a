package dev.rca.benchmarks.scenario.write;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes JSON trees (ordered maps, lists, strings, numbers) byte-for-byte reproducibly: fixed
 * key order, {@code \n} line ends on every platform, a final newline.
 *
 * <pre>{@code
 * WireJson.write(dir.resolve("topology.json"), tree, true);
 * }</pre>
 */
public final class WireJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));
  private static final ObjectWriter COMPACT = MAPPER.writer();

  private WireJson() {}

  /**
   * Writes {@code tree} to {@code file}, creating parent directories.
   *
   * @param pretty indent small, human-read files; large signal files stay on one line
   */
  public static void write(Path file, Object tree, boolean pretty) {
    try {
      Files.createDirectories(file.getParent());
      String text = (pretty ? PRETTY : COMPACT).writeValueAsString(tree) + "\n";
      Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** An ordered map from alternating keys and values, for building trees in writing order. */
  public static Map<String, Object> obj(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values must pair up");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      out.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return out;
  }
}
