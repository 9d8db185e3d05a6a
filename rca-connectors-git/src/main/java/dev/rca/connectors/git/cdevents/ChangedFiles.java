package dev.rca.connectors.git.cdevents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells configuration from code among the paths a change touched.
 *
 * <p>Configuration: YAML, JSON, properties, TOML, INI/conf/cfg, HCL/tfvars, {@code .env} files
 * (Helm values and Kubernetes manifests are YAML or JSON). Code: source files, SQL migrations,
 * build files and dependency manifests ({@code package.json}, {@code pom.xml},
 * {@code Dockerfile}...), since changing those changes what is built. Anything else (docs,
 * images) counts as neither.
 */
final class ChangedFiles {
  private static final Set<String> CONFIG_EXTENSIONS = Set.of("yaml", "yml", "json", "properties",
      "toml", "env", "ini", "conf", "cfg", "hcl", "tfvars");
  private static final Set<String> CODE_EXTENSIONS = Set.of("java", "kt", "kts", "scala",
      "groovy", "go", "py", "rb", "js", "jsx", "mjs", "ts", "tsx", "rs", "c", "cc", "cpp", "h",
      "hpp", "cs", "php", "swift", "m", "sql", "sh", "gradle", "clj", "ex", "exs", "erl", "lua");
  private static final Set<String> BUILD_FILES = Set.of("package.json", "package-lock.json",
      "yarn.lock", "pnpm-lock.yaml", "composer.json", "tsconfig.json", "pom.xml", "dockerfile",
      "go.mod", "go.sum", "cargo.toml", "cargo.lock", "build.gradle", "gemfile", "gemfile.lock",
      "requirements.txt", "pyproject.toml", "makefile");
  /** At most this many paths are taken from a diff, so a vast diff cannot flood the evidence. */
  static final int MAX_FILES = 1000;

  private ChangedFiles() {}

  /** Whether the paths hold configuration and no code: a configuration change. */
  static boolean isConfiguration(List<String> paths) {
    boolean config = false;
    for (String path : paths) {
      String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
      if (BUILD_FILES.contains(name) || CODE_EXTENSIONS.contains(extension(name))) {
        return false;
      }
      config |= CONFIG_EXTENSIONS.contains(extension(name)) || name.startsWith(".env");
    }
    return config;
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }

  /** The paths named by a unified diff's {@code diff --git} and {@code +++}/{@code ---} headers. */
  static List<String> fromDiff(String diff) {
    Set<String> out = new LinkedHashSet<>();
    for (String line : diff.split("\n", -1)) {
      String path = null;
      if (line.startsWith("+++ ") || line.startsWith("--- ")) {
        path = line.substring(4).trim();
        int tab = path.indexOf('\t');
        path = tab >= 0 ? path.substring(0, tab) : path;
      } else if (line.startsWith("diff --git ")) {
        String[] parts = line.substring(11).trim().split(" ");
        path = parts[parts.length - 1];
      }
      if (path == null || path.equals("/dev/null") || path.isEmpty()) {
        continue;
      }
      if (path.startsWith("a/") || path.startsWith("b/")) {
        path = path.substring(2);
      }
      out.add(path);
      if (out.size() >= MAX_FILES) {
        break;
      }
    }
    return new ArrayList<>(out);
  }
}
