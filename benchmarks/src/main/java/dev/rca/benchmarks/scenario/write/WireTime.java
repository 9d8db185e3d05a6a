package dev.rca.benchmarks.scenario.write;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The time spellings the wire formats use.
 *
 * <pre>{@code
 * WireTime.rfc3339(t);     // 2026-03-02T14:03:15.123Z
 * WireTime.epochNanos(t);  // "1772460195123000000"
 * }</pre>
 */
public final class WireTime {
  private static final DateTimeFormatter RFC3339_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter SPRING =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter NGINX_ACCESS =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss '+0000'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter NGINX_ERROR =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private static final DateTimeFormatter GO_STD =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter POSTGRES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private WireTime() {}

  /** Go's standard {@code log} package prefix. */
  public static String goStd(Instant t) {
    return GO_STD.format(t);
  }

  /** PostgreSQL's {@code log_line_prefix = '%m [%p] '} timestamp. */
  public static String postgres(Instant t) {
    return POSTGRES.format(t);
  }

  /** RFC 3339 in UTC with milliseconds. */
  public static String rfc3339(Instant t) {
    return RFC3339_MILLIS.format(t.truncatedTo(ChronoUnit.MILLIS));
  }

  /** Unix epoch nanoseconds as a decimal string, as Loki and OTLP/JSON carry them. */
  public static String epochNanos(Instant t) {
    return Long.toString(t.getEpochSecond() * 1_000_000_000L + t.getNano());
  }

  /** Spring Boot's default log timestamp. */
  public static String spring(Instant t) {
    return SPRING.format(t);
  }

  public static String nginxAccess(Instant t) {
    return NGINX_ACCESS.format(t);
  }

  public static String nginxError(Instant t) {
    return NGINX_ERROR.format(t);
  }
}
