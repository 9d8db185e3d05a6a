package dev.rca.benchmarks.scoring;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One incident bundle found under the scored directory.
 *
 * <pre>{@code
 * List<BundleLocation> bundles = BundleLocation.under(Path.of("target/bundles"));
 * }</pre>
 *
 * @param name the bundle's path relative to the scored directory, with {@code /} separators
 *     ({@code deploy-regression}, or {@code run-2/deploy-regression-8} one level deeper); its
 *     report is {@code <name>.json}
 * @param dir the bundle directory
 */
record BundleLocation(String name, Path dir) {
  /** Bundles sit directly under the scored directory or one level deeper, never further. */
  static final int MAX_DEPTH = 2;

  BundleLocation {
    requireNonNull(name, "name");
    requireNonNull(dir, "dir");
  }

  /** The file {@code truth.json} of this bundle. */
  Path truthFile() {
    return dir.resolve("truth.json");
  }

  /**
   * Every directory holding an {@code incident.json}, up to two levels under {@code root}, in
   * name order; a bundle's own subdirectories are not searched. When {@code root} is itself a
   * bundle, it is the only one.
   */
  static List<BundleLocation> under(Path root) {
    if (isBundle(root)) {
      Path name = root.toAbsolutePath().normalize().getFileName();
      return List.of(new BundleLocation(name == null ? "bundle" : name.toString(), root));
    }
    List<BundleLocation> found = new ArrayList<>();
    collect(root, root, 1, found);
    found.sort(Comparator.comparing(BundleLocation::name));
    return List.copyOf(found);
  }

  private static void collect(Path root, Path dir, int depth, List<BundleLocation> found) {
    List<Path> children;
    try (Stream<Path> list = Files.list(dir)) {
      children = list.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot list (" + e.getMessage() + ")", e);
    }
    for (Path child : children) {
      if (isBundle(child)) {
        found.add(new BundleLocation(relativeName(root, child), child));
      } else if (depth < MAX_DEPTH) {
        collect(root, child, depth + 1, found);
      }
    }
  }

  private static boolean isBundle(Path dir) {
    return Files.isRegularFile(dir.resolve("incident.json"));
  }

  private static String relativeName(Path root, Path child) {
    return root.relativize(child).toString().replace(child.getFileSystem().getSeparator(), "/");
  }
}
