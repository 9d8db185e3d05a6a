package dev.rca.connectors.git.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each configuration format yields the key path and the old and new value of a setting. */
class SettingFormatsTest {

  private static List<String> lines(String diff) {
    return ChangeTouches.of(List.of(), diff).touches().stream().map(ChangeTouch::line).toList();
  }

  @Test
  void readsKubernetesEnvVarsByTheirName() {
    assertThat(lines("""
        --- a/k8s/payments.yaml
        +++ b/k8s/payments.yaml
        @@ -30,4 +30,4 @@ spec:
                  env:
                    - name: HIKARI_MAXIMUM_POOL_SIZE
        -             value: "50"
        +             value: "5"
                    - name: LOG_LEVEL
        """)).containsExactly("spec.env.HIKARI_MAXIMUM_POOL_SIZE: 50 -> 5 (x0.1)");
  }

  @Test
  void readsJsonByIndentation() {
    assertThat(lines("""
        --- a/config/client.json
        +++ b/config/client.json
        @@ -1,6 +1,6 @@
         {
           "http": {
        -    "readTimeoutMs": 5000,
        +    "readTimeoutMs": 500,
             "baseUrl": "https://payments.internal"
           }
        """)).containsExactly("http.readTimeoutMs: 5000 -> 500 (x0.1)");
  }

  @Test
  void readsTomlTablesAndEnvExports() {
    assertThat(lines("""
        --- a/config/db.toml
        +++ b/config/db.toml
        @@ -1,3 +1,3 @@
         [database]
        -max_connections = 100 # per node
        +max_connections = 10 # per node
         host = "db.internal"
        --- a/deploy/.env.prod
        +++ b/deploy/.env.prod
        @@ -1 +1 @@
        -export REDIS_URL=redis://cache-a:6379
        +export REDIS_URL=redis://cache-b:6379
        """)).containsExactly("database.max_connections: 100 -> 10 (x0.1)",
            "REDIS_URL: redis://cache-a:6379 -> redis://cache-b:6379");
  }

  @Test
  void readsHclBlocksAndIniSections() {
    assertThat(lines("""
        --- a/infra/db.tf
        +++ b/infra/db.tf
        @@ -1,4 +1,4 @@
         resource "aws_db_instance" "payments" {
        -  allocated_storage = 100
        +  allocated_storage = 50
           engine = "postgres"
         }
        --- a/config/worker.ini
        +++ b/config/worker.ini
        @@ -1,2 +1,2 @@
         [queue]
        -prefetch_count = 10
        +prefetch_count = 20
        """)).containsExactly("resource.aws_db_instance.payments.allocated_storage: 100 -> 50 (x0.5)",
            "queue.prefetch_count: 10 -> 20 (x2)");
  }

  @Test
  void readsJvmHeapFlagsAnywhereAndCpuInMillicores() {
    ChangeTouches t = ChangeTouches.of(List.of(), """
        --- a/deploy/values.yaml
        +++ b/deploy/values.yaml
        @@ -1,4 +1,4 @@
         resources:
           limits:
        -    cpu: 500m
        +    cpu: "2"
        -javaOpts: "-Xmx2g -XX:MaxRAMPercentage=75"
        +javaOpts: "-Xmx512m -XX:MaxRAMPercentage=50"
        """);

    assertThat(t.touches()).extracting(ChangeTouch::line, ChangeTouch::risk).containsExactly(
        org.assertj.core.groups.Tuple.tuple("-Xmx: 2g -> 512m (x0.25)", ChangeRisk.HIGH),
        org.assertj.core.groups.Tuple.tuple("-XX:MaxRAMPercentage: 75 -> 50 (x0.67)", ChangeRisk.HIGH),
        org.assertj.core.groups.Tuple.tuple("resources.limits.cpu: 500m -> 2 (x4)", ChangeRisk.MEDIUM));
  }

  @Test
  void aValueThatOnlyMovedIsNoChangeAndAnAddedLimitIsACut() {
    ChangeTouches t = ChangeTouches.of(List.of(), """
        --- a/deploy/worker.yaml
        +++ b/deploy/worker.yaml
        @@ -1,3 +1,5 @@
         resources:
        -  requests:
        -    cpu: 250m
        +  limits:
        +    memory: 256Mi
        +  requests:
        +    cpu: 250m
        """);

    assertThat(t.touches()).singleElement().satisfies(touch -> {
      assertThat(touch.line()).isEqualTo("resources.limits.memory: (unset) -> 256Mi");
      assertThat(touch.risk()).isEqualTo(ChangeRisk.HIGH);
    });
  }

  @Test
  void readsASetterCallAndSqlInAJavaString() {
    ChangeTouches t = ChangeTouches.of(List.of(), """
        --- a/src/main/java/shop/Db.java
        +++ b/src/main/java/shop/Db.java
        @@ -10,4 +10,4 @@ class Db {
        -    config.setMaximumPoolSize(32);
        +    config.setMaximumPoolSize(8);
        -    String q = "SELECT * FROM orders WHERE customer_id = ?";
        +    String q = "SELECT * FROM orders o JOIN customers c ON c.id = o.customer_id";
        """);

    assertThat(t.categories()).containsExactly(TouchCategory.POOL, TouchCategory.QUERY,
        TouchCategory.CODE);
    assertThat(t.touches()).extracting(ChangeTouch::line).contains(
        "MaximumPoolSize: 32 -> 8 (x0.25)",
        "src/main/java/shop/Db.java: String q = \"SELECT * FROM orders o JOIN customers c ON c.id = o.customer_id\";");
  }

  @Test
  void aDiffWithoutHeadersIsReadAsTheOneFileTheEventNames() {
    ChangeTouches t = ChangeTouches.of(List.of("config/payments.yaml"),
        "-maxPoolSize: 50\n+maxPoolSize: 5\n");

    assertThat(t.touches()).singleElement().satisfies(touch -> {
      assertThat(touch.file()).isEqualTo("config/payments.yaml");
      assertThat(touch.line()).isEqualTo("maxPoolSize: 50 -> 5 (x0.1)");
    });
    assertThat(t.configurationOnly()).isTrue();
  }

  @Test
  void readsSpaceSeparatedConfLinesLikeRedis() {
    assertThat(lines("""
        --- a/redis/redis.conf
        +++ b/redis/redis.conf
        @@ -1,2 +1,2 @@
        -maxmemory 2gb
        +maxmemory 512mb
         maxmemory-policy allkeys-lru
        """)).containsExactly("maxmemory: 2gb -> 512mb (x0.25)");
  }
}
