package dev.rca.connectors.git.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileRoleTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "README.md, DOCS", "docs/runbook.yaml, DOCS", "LICENSE, DOCS", "mkdocs.yml, DOCS",
      "src/test/java/shop/PoolTest.java, TESTS", "pricing/quote_test.go, TESTS",
      "web/cart.spec.ts, TESTS", "src/test/resources/application.yaml, TESTS",
      "src/main/java/shop/Audit.java, CODE", "src/main/java/shop/Latest.java, CODE",
      ".github/workflows/ci.yml, CI", "Jenkinsfile, CI",
      "db/migration/V42__note.sql, QUERY", "db/changelog/0042-note.yaml, QUERY",
      "requirements.txt, CODE", "Dockerfile, CODE", "pom.xml, CODE",
      "helm/payments/values.yaml, CONFIG", "deploy/.env.prod, CONFIG", "infra/db.tf, CONFIG",
      "nginx/nginx.conf, CONFIG", "bin/start, OTHER"})
  void tellsWhatAFileIsForFromItsPath(String path, FileRole expected) {
    assertThat(FileRole.of(path)).isEqualTo(expected);
  }
}
