package dev.rca.core.bundle;

import dev.rca.api.model.Signal;
import dev.rca.api.spi.SourceConfig;
import dev.rca.api.spi.SourceException;
import dev.rca.api.spi.SourceUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where each signal lives in an incident bundle ({@code logs/*.json}, {@code metrics/*.om},
 * {@code traces/*.json}, {@code changes/*.json}) and the checks every bundle-backed source makes
 * the same way: the configured endpoint is a bundle directory, and a missing or empty signal
 * directory means the signal is absent ({@code SKIPPED}), not broken.
 *
 * <pre>{@code
 * Path bundle = BundleLayout.bundleDirectory(config);              // in a provider
 * List<Path> files = BundleLayout.signalFiles(bundle, Signal.LOGS); // in gather()
 * }</pre>
 */
public final class BundleLayout {
  private BundleLayout() {}

  /** The directory holding {@code signal}'s files inside a bundle, e.g. {@code logs}. */
  public static String directoryName(Signal signal) {
    return signal.key();
  }

  /** The file name ending of {@code signal}'s files, e.g. {@code .om} for metrics. */
  public static String suffix(Signal signal) {
    return signal == Signal.METRICS ? ".om" : ".json";
  }

  /**
   * The bundle directory a source section names in its {@code endpoint}.
   *
   * @throws IllegalArgumentException naming {@code <signal>.endpoint} when it is not a directory
   */
  public static Path bundleDirectory(SourceConfig config) {
    String key = config.signal().key() + ".endpoint";
    String endpoint = config.endpoint().trim();
    if (endpoint.isEmpty()) {
      throw new IllegalArgumentException(key + ": the incident bundle directory is required");
    }
    Path dir;
    try {
      dir = Path.of(endpoint);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException(key + ": not a path: " + endpoint, e);
    }
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(key + ": no bundle directory at " + endpoint);
    }
    return dir.toAbsolutePath().normalize();
  }

  /**
   * The signal's files in name order.
   *
   * @throws SourceUnavailableException when the bundle has no such directory or it holds no file
   *     of the signal's kind
   * @throws SourceException when the directory cannot be listed
   */
  public static List<Path> signalFiles(Path bundle, Signal signal) throws SourceException {
    String name = directoryName(signal);
    Path dir = bundle.resolve(name);
    if (!Files.isDirectory(dir)) {
      throw new SourceUnavailableException("no " + name + "/ directory in bundle " + bundle);
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(suffix(signal))
          && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new SourceException(name + "/: cannot list (" + e.getMessage() + ")", e);
    }
    if (files.isEmpty()) {
      throw new SourceUnavailableException("no " + name + "/*" + suffix(signal)
          + " files in bundle " + bundle);
    }
    return files;
  }

  /** How a file is named in warnings: relative to the bundle, e.g. {@code logs/api.json}. */
  public static String shownName(Path bundle, Path file) {
    return bundle.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }
}
