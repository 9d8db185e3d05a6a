package dev.rca.connectors.git.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyRulesTest {

  @ParameterizedTest(name = "{0} = {1} is {2}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      spring.datasource.hikari.maximum-pool-size | 5        | POOL
      payments.datasource.maxPoolSize            | 5        | POOL
      SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE   | 5        | POOL
      redis.pool.maxIdle                         | 8        | POOL
      postgresql.max_connections                 | 100      | POOL
      server.tomcat.threads.max                  | 200      | POOL
      nginx.worker_connections                   | 1024     | POOL
      spring.datasource.hikari.connection-timeout| 30000    | TIMEOUT
      client.readTimeout                         | 5s       | TIMEOUT
      db.connect_timeout                         | 10       | TIMEOUT
      proxy_read_timeout                         | 60s      | TIMEOUT
      livenessProbe.timeoutSeconds               | 1        | TIMEOUT
      http.retries                               | 3        | RETRY
      resilience4j.retry.maxAttempts             | 3        | RETRY
      client.backoff                             | 100ms    | RETRY
      payments.url                               | http://x | ENDPOINT
      redis.host                                 | cache-a  | ENDPOINT
      server.port                                | 8080     | ENDPOINT
      kafka.bootstrap-servers                    | k:9092   | ENDPOINT
      upstream.payments.server                   | 10.0.0.1 | ENDPOINT
      payments.target                            | payments.prod.svc.cluster.local | ENDPOINT
      features.new-checkout.enabled              | true     | FLAG
      pricing.useNewEngine                       | yes      | FLAG
      search.fuzzy                               | false    | FLAG
      resources.limits.memory                    | 512Mi    | RESOURCE
      resources.requests.cpu                     | 500m     | RESOURCE
      spec.replicas                              | 3        | RESOURCE
      payments.replicaCount                      | 3        | RESOURCE
      -Xmx                                       | 2g       | RESOURCE
      spring.cache.redis.time-to-live            | 10m      | CACHE
      catalog.cache.enabled                      | true     | CACHE
      session.ttl                                | 1h       | CACHE
      api.rateLimit                              | 100      | RATE_LIMIT
      gateway.rate-limiter.burst                 | 20       | RATE_LIMIT
      server.ssl.enabled                         | true     | TLS
      ingress.tls.secretName                     | shop-tls | TLS
      kafka.ssl.truststore-location              | /etc/ts  | TLS
      image.tag                                  | 1.4.2    | CODE
      logging.level.root                         | DEBUG    | CONFIG
      """)
  void classifiesKeysByTheTable(String key, String value, TouchCategory expected) {
    assertThat(KeyRules.categoryOf(key, "old", value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"maxPoolSize,_max_pool_size_", "maximum-pool-size,_maximum_pool_size_",
      "MAX_POOL_SIZE,_max_pool_size_", "HTTPTimeout,_http_timeout_", "-Xmx,_xmx_"})
  void cutsKeysIntoWords(String key, String words) {
    assertThat(KeyRules.words(key)).isEqualTo(words);
  }
}
