package dev.rca.connectors.git.diff;

import java.util.Locale;
import java.util.Set;

/**
 * What a changed file is for, from its path alone, and how its lines are written.
 *
 * <p>Docs, tests and CI definitions do not run in production, so a change touching only those is
 * harmless to a running service. SQL files and anything under a {@code migration(s)} directory are
 * queries. Build files and dependency manifests count as code: changing them changes what is built.
 */
enum FileRole {
  DOCS,
  TESTS,
  CI,
  QUERY,
  CODE,
  CONFIG,
  OTHER;

  /** How a configuration file's lines are written, so keys and values can be read from them. */
  enum Format {
    YAML,
    JSON,
    PROPERTIES,
    TOML,
    CONF,
    HCL,
    CODE,
    SQL,
    NONE
  }

  private static final Set<String> CONFIG_EXTENSIONS = Set.of("yaml", "yml", "json", "properties",
      "toml", "env", "ini", "conf", "cfg", "hcl", "tf", "tfvars");
  private static final Set<String> CODE_EXTENSIONS = Set.of("java", "kt", "kts", "scala",
      "groovy", "go", "py", "rb", "js", "jsx", "mjs", "cjs", "ts", "tsx", "rs", "c", "cc", "cpp",
      "h", "hpp", "cs", "php", "swift", "m", "sh", "bash", "gradle", "clj", "ex", "exs", "erl",
      "lua", "dart", "vue", "svelte");
  private static final Set<String> BUILD_FILES = Set.of("package.json", "package-lock.json",
      "yarn.lock", "pnpm-lock.yaml", "composer.json", "tsconfig.json", "pom.xml", "dockerfile",
      "containerfile", "go.mod", "go.sum", "cargo.toml", "cargo.lock", "build.gradle",
      "settings.gradle", "gemfile", "gemfile.lock", "requirements.txt", "pyproject.toml",
      "poetry.lock", "makefile", "build.sbt", "cmakelists.txt");
  private static final Set<String> DOC_EXTENSIONS = Set.of("md", "markdown", "rst", "adoc",
      "txt", "png", "jpg", "jpeg", "gif", "svg", "drawio", "puml");
  private static final Set<String> DOC_NAMES = Set.of("license", "notice", "changelog",
      "authors", "contributors", "codeowners", "readme", ".gitignore", ".gitattributes",
      ".editorconfig", "mkdocs.yml");

  static FileRole of(String path) {
    String p = "/" + path.toLowerCase(Locale.ROOT).replace('\\', '/');
    String name = p.substring(p.lastIndexOf('/') + 1);
    String cased = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    String ext = extension(name);
    if (p.contains("/.github/") || p.contains("/.circleci/") || p.contains("/.buildkite/")
        || name.equals(".gitlab-ci.yml") || name.equals("jenkinsfile") || name.equals(".travis.yml")
        || name.equals("azure-pipelines.yml")) {
      return CI;
    }
    if (p.contains("/test/") || p.contains("/tests/") || p.contains("/__tests__/")
        || p.contains("/testdata/") || p.contains("/e2e/")
        || name.endsWith("_test.go") || cased.matches(".*(Test|Tests|IT)\\.(java|kt|scala|groovy)")
        || name.startsWith("test_")
        || name.endsWith("_test.py") || name.equals("conftest.py") || name.contains(".spec.")
        || name.contains(".test.")) {
      return TESTS;
    }
    if (BUILD_FILES.contains(name)) {
      return CODE;
    }
    if (p.contains("/docs/") || p.contains("/doc/") || DOC_EXTENSIONS.contains(ext)
        || DOC_NAMES.contains(name) || DOC_NAMES.contains(stem(name))) {
      return DOCS;
    }
    if (ext.equals("sql") || p.contains("/migrations/") || p.contains("/migration/")
        || p.contains("/db/changelog/")) {
      return QUERY;
    }
    if (CODE_EXTENSIONS.contains(ext)) {
      return CODE;
    }
    if (CONFIG_EXTENSIONS.contains(ext) || name.startsWith(".env")) {
      return CONFIG;
    }
    return OTHER;
  }

  static Format format(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return switch (extension(name)) {
      case "yaml", "yml" -> Format.YAML;
      case "json" -> Format.JSON;
      case "properties", "env" -> Format.PROPERTIES;
      case "toml" -> Format.TOML;
      case "ini", "conf", "cfg" -> Format.CONF;
      case "hcl", "tf", "tfvars" -> Format.HCL;
      case "sql" -> Format.SQL;
      default -> name.startsWith(".env") ? Format.PROPERTIES
          : CODE_EXTENSIONS.contains(extension(name)) || BUILD_FILES.contains(name)
              ? Format.CODE : Format.NONE;
    };
  }

  /** Whether a change to such a file cannot affect a running service. */
  boolean harmless() {
    return this == DOCS || this == TESTS || this == CI;
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1);
  }

  private static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }
}
