package dev.rca.connectors.git.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Realistic diffs, read end to end into touches, values and risk. */
class ChangeTouchesTest {

  @Test
  void springHikariPoolCutIsAHighRiskPoolChange() {
    ChangeTouches t = ChangeTouches.of(List.of(), """
        diff --git a/payments/src/main/resources/application.yaml b/payments/src/main/resources/application.yaml
        index 3f1c2a9..b7e04d1 100644
        --- a/payments/src/main/resources/application.yaml
        +++ b/payments/src/main/resources/application.yaml
        @@ -1,10 +1,10 @@
         spring:
           application:
             name: payments
           datasource:
             url: jdbc:postgresql://payments-db:5432/payments
             username: payments
             hikari:
        -      maximum-pool-size: 50
        +      maximum-pool-size: 5
               minimum-idle: 10
               connection-timeout: 30000
        """);

    assertThat(t.attributes()).containsExactly(
        entry("touches", "pool"),
        entry("touch.1", "spring.datasource.hikari.maximum-pool-size: 50 -> 5 (x0.1)"),
        entry("risk", "high"));
    assertThat(t.top().orElseThrow().ratio()).isEqualTo(0.1);
    assertThat(t.configurationOnly()).isTrue();
    assertThat(t.headline()).isEqualTo("pool spring.datasource.hikari.maximum-pool-size: 50 -> 5 (x0.1)");
  }

  @Test
  void kubernetesMemoryLimitAndReplicaCutsAreHighRiskResourceChanges() {
    ChangeTouches t = ChangeTouches.of(List.of(), """
        diff --git a/deploy/payments/deployment.yaml b/deploy/payments/deployment.yaml
        --- a/deploy/payments/deployment.yaml
        +++ b/deploy/payments/deployment.yaml
        @@ -6,7 +6,7 @@ metadata:
           labels:
             app: payments
         spec:
        -  replicas: 6
        +  replicas: 2
           selector:
             matchLabels:
               app: payments
        @@ -20,10 +20,10 @@ spec:
               containers:
                 - name: payments
                   image: registry.example.com/payments:1.4.2
                   resources:
                     requests:
                       cpu: 500m
        -              memory: 1Gi
        +              memory: 256Mi
                     limits:
                       cpu: "2"
        -              memory: 2Gi
        +              memory: 512Mi
        """);

    assertThat(t.attributes()).containsExactly(
        entry("touches", "resource"),
        entry("touch.1", "containers.payments.resources.requests.memory: 1Gi -> 256Mi (x0.25)"),
        entry("touch.2", "containers.payments.resources.limits.memory: 2Gi -> 512Mi (x0.25)"),
        entry("touch.3", "spec.replicas: 6 -> 2 (x0.33)"),
        entry("risk", "high"));
    assertThat(t.configurationOnly()).isTrue();
  }

  @Test
  void helmValuesTimeoutCutFromSecondsToMillisecondsIsHighRisk() {
    ChangeTouches t = ChangeTouches.of(List.of("charts/checkout/values.yaml"), """
        diff --git a/charts/checkout/values.yaml b/charts/checkout/values.yaml
        --- a/charts/checkout/values.yaml
        +++ b/charts/checkout/values.yaml
        @@ -14,4 +14,4 @@ payments:
           client:
             baseUrl: http://payments.prod.svc.cluster.local:8080
        -    timeout: 30s
        +    timeout: 300ms
             retries: 3
        """);

    assertThat(t.attributes()).containsEntry("touches", "timeout")
        .containsEntry("touch.1", "payments.client.timeout: 30s -> 300ms (x0.01)")
        .containsEntry("risk", "high");
  }

  @Test
  void nginxUpstreamHostChangeIsAHighRiskEndpointChange() {
    ChangeTouches t = ChangeTouches.of(List.of(), """
        diff --git a/nginx/conf.d/payments.conf b/nginx/conf.d/payments.conf
        --- a/nginx/conf.d/payments.conf
        +++ b/nginx/conf.d/payments.conf
        @@ -1,8 +1,8 @@
         upstream payments_backend {
        -    server 10.0.4.12:8080 max_fails=3;
        +    server 10.0.9.7:8080 max_fails=3;
             keepalive 32;
         }

         server {
             listen 80;
             location /api/ {
        """);

    assertThat(t.attributes()).containsExactly(
        entry("touches", "endpoint"),
        entry("touch.1", "upstream.payments_backend.server: 10.0.4.12:8080 max_fails=3 -> "
            + "10.0.9.7:8080 max_fails=3"),
        entry("risk", "high"));
  }

  @Test
  void sqlMigrationAddingAColumnAndDroppingAnIndexIsAHighRiskQueryChange() {
    ChangeTouches t = ChangeTouches.of(List.of(), """
        diff --git a/db/migration/V42__orders_note.sql b/db/migration/V42__orders_note.sql
        new file mode 100644
        --- /dev/null
        +++ b/db/migration/V42__orders_note.sql
        @@ -0,0 +1,3 @@
        +-- Orders get a note; the customer index goes, the composite one covers it.
        +ALTER TABLE orders ADD COLUMN note text;
        +DROP INDEX idx_orders_customer;
        """);

    assertThat(t.attributes()).containsExactly(
        entry("touches", "query"),
        entry("touch.1", "db/migration/V42__orders_note.sql: ALTER TABLE orders ADD COLUMN note text;"),
        entry("touch.2", "db/migration/V42__orders_note.sql: DROP INDEX idx_orders_customer;"),
        entry("risk", "high"));
    assertThat(t.configurationOnly()).isFalse();
  }

  @Test
  void readmeOnlyChangeIsLowRiskEvenWhenItMentionsASetting() {
    ChangeTouches t = ChangeTouches.of(List.of(), """
        diff --git a/README.md b/README.md
        --- a/README.md
        +++ b/README.md
        @@ -1,2 +1,3 @@
         # Payments
        +maximumPoolSize: 5 is enough for local runs.
         See docs/.
        """);

    assertThat(t.attributes()).containsExactly(entry("touches", "docs"),
        entry("touch.1", "README.md: docs +1 -0"), entry("risk", "low"));
    assertThat(t.headline()).isEqualTo("docs only");
    assertThat(t.configurationOnly()).isFalse();
  }

  @Test
  void goLogicChangeIsMediumRiskCode() {
    ChangeTouches t = ChangeTouches.of(List.of(), """
        diff --git a/internal/pricing/quote.go b/internal/pricing/quote.go
        --- a/internal/pricing/quote.go
        +++ b/internal/pricing/quote.go
        @@ -40,6 +40,7 @@ func Quote(ctx context.Context, cart Cart) (Price, error) {
         \ttotal := cart.Subtotal()
        -\tif cart.Coupon != "" {
        +\tif cart.Coupon != "" && cart.Region != "EU" {
         \t\ttotal = applyCoupon(total, cart.Coupon)
         \t}
        +\ttotal = roundHalfEven(total)
         \treturn Price{Amount: total}, nil
        """);

    assertThat(t.attributes()).containsExactly(entry("touches", "code"),
        entry("touch.1", "internal/pricing/quote.go: code +2 -1"), entry("risk", "medium"));
    assertThat(t.configurationOnly()).isFalse();
    assertThat(t.headline()).isEmpty();
  }

  @Test
  void goTimeoutConstantCutIsReadFromCode() {
    ChangeTouches t = ChangeTouches.of(List.of(), """
        --- a/internal/client/payments.go
        +++ b/internal/client/payments.go
        @@ -12,3 +12,3 @@ func New(base string) *Client {
         \treturn &Client{http: &http.Client{
        -\t\tTimeout: 30 * time.Second,
        +\t\tTimeout: 3 * time.Second,
         \t}}
        """);

    assertThat(t.categories()).containsExactly(TouchCategory.TIMEOUT, TouchCategory.CODE);
    assertThat(t.attributes()).containsEntry("touch.1",
        "Timeout: 30 * time.Second -> 3 * time.Second (x0.1)").containsEntry("risk", "high");
  }

  @Test
  void garbageTextTouchesNothing() {
    ChangeTouches t = ChangeTouches.of(List.of(), "lorem ipsum\n\u0000\u0007 not a diff\n@@@@\n");

    assertThat(t.touches()).isEmpty();
    assertThat(t.attributes()).isEmpty();
    assertThat(t.headline()).isEmpty();
    assertThat(t.configurationOnly()).isFalse();
  }

  @Test
  void featureFlagSwitchedOnIsHighAndAKillSwitchThrownIsMedium() {
    ChangeTouches t = ChangeTouches.of(List.of(), """
        --- a/config/flags.yaml
        +++ b/config/flags.yaml
        @@ -1,6 +1,6 @@
         features:
           legacy-tax:
        -    disabled: false
        +    disabled: true
           new-checkout:
        -    enabled: false
        +    enabled: true
        """);

    assertThat(t.touches()).extracting(ChangeTouch::line, ChangeTouch::risk).containsExactly(
        tuple("features.new-checkout.enabled: false -> true", ChangeRisk.HIGH),
        tuple("features.legacy-tax.disabled: false -> true", ChangeRisk.MEDIUM));
    assertThat(t.attributes()).containsEntry("touches", "flag");
  }

  @Test
  void growingPoolsAndTimeoutsIsMediumRisk() {
    ChangeTouches t = ChangeTouches.of(List.of(), """
        --- a/config/app.properties
        +++ b/config/app.properties
        @@ -1,2 +1,2 @@
        -spring.datasource.hikari.maximum-pool-size=10
        -spring.mvc.async.request-timeout=5s
        +spring.datasource.hikari.maximum-pool-size=40
        +spring.mvc.async.request-timeout=1m
        """);

    assertThat(t.touches()).extracting(ChangeTouch::line).containsExactly(
        "spring.mvc.async.request-timeout: 5s -> 1m (x12)",
        "spring.datasource.hikari.maximum-pool-size: 10 -> 40 (x4)");
    assertThat(t.risk()).isEqualTo(ChangeRisk.MEDIUM);
  }

  @Test
  void testResourcesAreHarmlessEvenWhenTheyCutAPool() {
    ChangeTouches t = ChangeTouches.of(List.of("src/test/java/PoolTest.java"), """
        --- a/src/test/resources/application.yaml
        +++ b/src/test/resources/application.yaml
        @@ -1 +1 @@
        -maximum-pool-size: 50
        +maximum-pool-size: 1
        """);

    assertThat(t.attributes()).containsEntry("touches", "tests").containsEntry("risk", "low");
    assertThat(t.headline()).isEqualTo("tests only");
  }

  @Test
  void imageBumpInValuesIsCodeNotConfiguration() {
    ChangeTouches t = ChangeTouches.of(List.of(), """
        --- a/apps/payments/values-prod.yaml
        +++ b/apps/payments/values-prod.yaml
        @@ -1,3 +1,3 @@
         image:
           repository: registry.example.com/payments
        -  tag: 1.4.1
        +  tag: 1.4.2
        """);

    assertThat(t.attributes()).containsEntry("touches", "code")
        .containsEntry("touch.1", "image.tag: 1.4.1 -> 1.4.2");
    assertThat(t.configurationOnly()).isFalse();
  }

  @Test
  void hidesSecretValuesAndListsAtMostFiveTouches() {
    ChangeTouches t = ChangeTouches.of(List.of(), """
        --- a/config/app.env
        +++ b/config/app.env
        @@ -1,7 +1,7 @@
        -DB_PASSWORD=hunter2
        -A_TIMEOUT_MS=100
        -B_TIMEOUT_MS=100
        -C_TIMEOUT_MS=100
        -D_TIMEOUT_MS=100
        -E_TIMEOUT_MS=100
        -F_TIMEOUT_MS=100
        +DB_PASSWORD=correct-horse
        +A_TIMEOUT_MS=50
        +B_TIMEOUT_MS=50
        +C_TIMEOUT_MS=50
        +D_TIMEOUT_MS=50
        +E_TIMEOUT_MS=50
        +F_TIMEOUT_MS=50
        """);

    assertThat(t.touches()).hasSize(7);
    assertThat(t.attributes()).containsEntry("touch.5", "E_TIMEOUT_MS: 100 -> 50 (x0.5)")
        .containsEntry("touch.more", "2").containsEntry("touches", "timeout,config")
        .doesNotContainKey("touch.6");
    assertThat(t.touches().get(6).line()).isEqualTo("DB_PASSWORD: (hidden) -> (hidden)");
    assertThat(t.attributes().values()).noneMatch(v -> v.contains("hunter2"));
  }

  @Test
  void judgesFilesTheDiffDoesNotShowByTheirPaths() {
    ChangeTouches t = ChangeTouches.of(
        List.of("docs/runbook.md", "db/migration/V7__idx.sql", "config/app.yaml"), "");

    assertThat(t.touches()).extracting(ChangeTouch::line).containsExactly(
        "db/migration/V7__idx.sql: changed", "config/app.yaml: changed",
        "docs/runbook.md: docs changed");
    assertThat(t.risk()).isEqualTo(ChangeRisk.HIGH);
  }

  private static java.util.Map.Entry<String, String> entry(String key, String value) {
    return java.util.Map.entry(key, value);
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }
}
