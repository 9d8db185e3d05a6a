package dev.rca.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The example bundles shipped in the repository, and copies of them tests may damage. */
public final class ExampleBundles {
  public static final Path ROOT = locate();

  private ExampleBundles() {}

  private static Path locate() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("rca-examples/bundles");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("rca-examples/bundles not found above the working directory");
  }

  public static Path example(String name) {
    return ROOT.resolve(name);
  }

  /** A copy of an example bundle without truth.json, to break in a test. */
  public static Path copy(String name, Path into) {
    Path from = example(name);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path to = into.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else if (!f.getFileName().toString().equals("truth.json")) {
          Files.copy(f, to);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return into;
  }
}
