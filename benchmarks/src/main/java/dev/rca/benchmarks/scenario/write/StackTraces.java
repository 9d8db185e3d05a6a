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

  /** {@code payments-db} becomes {@code paymentsdb}, a legal Java package segment. */
  static String javaName(String service) {
    return service.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
  }
}
