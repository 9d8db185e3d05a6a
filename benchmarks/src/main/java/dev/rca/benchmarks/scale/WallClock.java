package dev.rca.benchmarks.scale;

import java.time.LocalDate;

/**
 * Writes an instant the ways log lines spell it (ISO 8601, Spring Boot, Python, nginx), by hand:
 * {@code DateTimeFormatter} would be most of the cost of a million lines. Keeps the last day so
 * the calendar is computed once per day, not per line.
 *
 * <pre>{@code
 * new WallClock().iso(sb, epochMillis);   // 2026-03-04T22:16:00.123Z
 * }</pre>
 */
final class WallClock {
  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
      "Sep", "Oct", "Nov", "Dec"};
  private long day = Long.MIN_VALUE;
  private int year;
  private int month;
  private int dayOfMonth;

  /** {@code 2026-03-04T22:16:00.123Z} */
  void iso(StringBuilder out, long millis) {
    date(out, millis);
    out.append('T');
    time(out, millis, '.');
    out.append('Z');
  }

  /** {@code 2026-03-04 22:16:00.123} (Spring Boot), or with a comma (Python logging). */
  void local(StringBuilder out, long millis, char fraction) {
    date(out, millis);
    out.append(' ');
    time(out, millis, fraction);
  }

  /** {@code 04/Mar/2026:22:16:00 +0000} */
  void nginx(StringBuilder out, long millis) {
    calendar(millis);
    two(out, dayOfMonth);
    out.append('/').append(MONTHS[month - 1]).append('/').append(year).append(':');
    clock(out, millis);
    out.append(" +0000");
  }

  /** {@code 2026/03/04 22:16:00} (nginx's error log) */
  void slashed(StringBuilder out, long millis) {
    calendar(millis);
    out.append(year).append('/');
    two(out, month);
    out.append('/');
    two(out, dayOfMonth);
    out.append(' ');
    clock(out, millis);
  }

  private void date(StringBuilder out, long millis) {
    calendar(millis);
    out.append(year).append('-');
    two(out, month);
    out.append('-');
    two(out, dayOfMonth);
  }

  private static void time(StringBuilder out, long millis, char fraction) {
    clock(out, millis);
    int ms = (int) Math.floorMod(millis, 1000L);
    out.append(fraction).append((char) ('0' + ms / 100)).append((char) ('0' + ms / 10 % 10))
        .append((char) ('0' + ms % 10));
  }

  private void calendar(long millis) {
    long d = Math.floorDiv(millis, 86_400_000L);
    if (d != day) {
      LocalDate date = LocalDate.ofEpochDay(d);
      day = d;
      year = date.getYear();
      month = date.getMonthValue();
      dayOfMonth = date.getDayOfMonth();
    }
  }

  /** {@code 22:16:00}, UTC. */
  private static void clock(StringBuilder out, long millis) {
    long s = Math.floorMod(millis / 1000, 86_400L);
    two(out, (int) (s / 3600));
    out.append(':');
    two(out, (int) (s / 60 % 60));
    out.append(':');
    two(out, (int) (s % 60));
  }

  private static void two(StringBuilder out, int v) {
    out.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
  }
}
