package dev.rca.benchmarks.scenario.write;

import java.util.Locale;

/** Java stack traces as the JVM prints them, trimmed to the frames people actually read. */
final class StackTraces {
  private StackTraces() {}

  static String poolTimeout(String service, int poolMax, int waiting) {
    String pkg = "com.shop." + javaName(service);
    return "org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection\n"
        + "\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:277)\n"
        + "\tat " + pkg + ".AuthorizationService.authorize(AuthorizationService.java:88)\n"
        + "\tat " + pkg + ".web.AuthorizationController.authorize(AuthorizationController.java:41)\n"
        + "\t... 54 common frames omitted\n"
        + "Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms (total="
        + poolMax + ", active=" + poolMax + ", idle=0, waiting=" + waiting + ")\n"
        + "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)\n"
        + "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:179)\n"
        + "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:144)\n"
        + "\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:127)\n"
        + "\t... 61 common frames omitted";
  }

  static String nullPointer(String service) {
    String pkg = "com.shop." + javaName(service);
    return "java.lang.NullPointerException: Cannot invoke \"java.math.BigDecimal.multiply(java.math.BigDecimal)\" because the return value of \""
        + pkg + ".pricing.Promotion.rate()\" is null\n"
        + "\tat " + pkg + ".pricing.PriceCalculator.discounted(PriceCalculator.java:63)\n"
        + "\tat " + pkg + ".pricing.PriceCalculator.total(PriceCalculator.java:41)\n"
        + "\tat " + pkg + ".web.OrderController.place(OrderController.java:57)\n"
        + "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)\n"
        + "\t... 48 common frames omitted";
  }

  static String upstream(String service, String upstream, boolean timeout) {
    String pkg = "com.shop." + javaName(service);
    String client = Character.toUpperCase(javaName(upstream).charAt(0)) + javaName(upstream).substring(1);
    String head = timeout
        ? "feign.RetryableException: Read timed out executing POST http://" + upstream + ":8080/"
        : "feign.FeignException$ServiceUnavailable: [503 Service Unavailable] during [POST] to [http://" + upstream + ":8080/]";
    return head + "\n"
        + "\tat feign.FeignException.errorExecuting(FeignException.java:268)\n"
        + "\tat feign.SynchronousMethodHandler.executeAndDecode(SynchronousMethodHandler.java:132)\n"
        + "\tat jdk.proxy2/jdk.proxy2.$Proxy142.call(Unknown Source)\n"
        + "\tat " + pkg + ".clients." + client + "Client.call(" + client + "Client.java:36)\n"
        + "\tat " + pkg + ".web.CheckoutController.checkout(CheckoutController.java:72)\n"
        + "\t... 52 common frames omitted"
        + (timeout ? "\nCaused by: java.net.SocketTimeoutException: Read timed out\n"
            + "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)\n"
            + "\t... 23 common frames omitted" : "");
  }

  static String clientAbort() {
    return "org.apache.catalina.connector.ClientAbortException: java.io.IOException: Broken pipe\n"
        + "\tat org.apache.catalina.connector.OutputBuffer.realWriteBytes(OutputBuffer.java:310)\n"
        + "\tat org.apache.catalina.connector.OutputBuffer.flushByteBuffer(OutputBuffer.java:732)\n"
        + "\t... 44 common frames omitted\n"
        + "Caused by: java.io.IOException: Broken pipe\n"
        + "\tat java.base/sun.nio.ch.SocketDispatcher.write0(Native Method)\n"
        + "\t... 12 common frames omitted";
  }

  static String outOfMemory(String service) {
    String pkg = "com.shop." + javaName(service);
    return "java.lang.OutOfMemoryError: Java heap space\n"
        + "\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)\n"
        + "\tat java.base/java.util.ArrayList.grow(ArrayList.java:237)\n"
        + "\tat " + pkg + ".cache.ResultCache.put(ResultCache.java:58)\n"
        + "\tat " + pkg + ".web.QueryController.query(QueryController.java:44)\n"
        + "\t... 51 common frames omitted";
  }

  static String noSpace(String service, String file) {
    String pkg = "com.shop." + javaName(service);
    return "java.io.IOException: No space left on device\n"
        + "\tat java.base/java.io.FileOutputStream.writeBytes(Native Method)\n"
        + "\tat java.base/java.io.FileOutputStream.write(FileOutputStream.java:367)\n"
        + "\tat " + pkg + ".storage.SpoolWriter.append(SpoolWriter.java:72)\n"
        + "\tat " + pkg + ".web.IngestController.accept(IngestController.java:39)\n"
        + "\t... 48 common frames omitted";
  }

  static String rejected(String service) {
    String pkg = "com.shop." + javaName(service);
    return "org.springframework.core.task.TaskRejectedException: ExecutorService in active state did not accept task: "
        + pkg + ".web.AsyncHandler$$Lambda/0x00007f3a1c4e2a08@5b1e\n"
        + "\tat org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor.submit(ThreadPoolTaskExecutor.java:391)\n"
        + "\tat " + pkg + ".web.AsyncHandler.handle(AsyncHandler.java:33)\n"
        + "\t... 47 common frames omitted\n"
        + "Caused by: java.util.concurrent.RejectedExecutionException: Task rejected from "
        + "java.util.concurrent.ThreadPoolExecutor@1c2f[Running, pool size = 200, active threads = 200, queued tasks = 500]\n"
        + "\tat java.base/java.util.concurrent.ThreadPoolExecutor.reject(ThreadPoolExecutor.java:2081)\n"
        + "\t... 12 common frames omitted";
  }

  static String regression(String service, String head) {
    String pkg = "com.shop." + javaName(service);
    return head + "\n"
        + "\tat " + pkg + ".model.Mapper.convert(Mapper.java:" + (40 + head.length() % 50) + ")\n"
        + "\tat " + pkg + ".service.RequestService.handle(RequestService.java:112)\n"
        + "\tat " + pkg + ".web.ApiController.handle(ApiController.java:51)\n"
        + "\t... 49 common frames omitted";
  }

  static String partner(String service, String host, String url, boolean rateLimited) {
    String pkg = "com.shop." + javaName(service);
    String head = rateLimited
        ? "feign.FeignException$TooManyRequests: [429 Too Many Requests] during [POST] to [" + url
            + "] [PartnerClient#send(Request)]: [{\"error\":{\"type\":\"rate_limit_error\"}}]"
        : "feign.FeignException$ServiceUnavailable: [503 Service Unavailable] during [POST] to [" + url
            + "] [PartnerClient#send(Request)]: [upstream connect error or disconnect/reset before headers]";
    return head + "\n"
        + "\tat feign.FeignException.serverErrorStatus(FeignException.java:256)\n"
        + "\tat feign.codec.ErrorDecoder$Default.decode(ErrorDecoder.java:103)\n"
        + "\tat " + pkg + ".clients.PartnerGateway.send(PartnerGateway.java:47)\n"
        + "\t... 50 common frames omitted";
  }

  static String expired(String service, String fqdn) {
    String pkg = "com.shop." + javaName(service);
    return "javax.net.ssl.SSLHandshakeException: PKIX path validation failed: "
        + "java.security.cert.CertPathValidatorException: validity check failed\n"
        + "\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:130)\n"
        + "\tat java.base/sun.security.ssl.TransportContext.fatal(TransportContext.java:378)\n"
        + "\tat " + pkg + ".clients.UpstreamCall.post(UpstreamCall.java:61)\n"
        + "\t... 44 common frames omitted\n"
        + "Caused by: java.security.cert.CertificateExpiredException: NotAfter: certificate of " + fqdn + "\n"
        + "\tat java.base/sun.security.x509.CertificateValidity.valid(CertificateValidity.java:277)\n"
        + "\t... 31 common frames omitted";
  }

  /** {@code payments-db} becomes {@code paymentsdb}, a legal Java package segment. */
  static String javaName(String service) {
    return service.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
  }
}
