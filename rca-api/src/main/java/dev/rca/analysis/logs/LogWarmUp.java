package dev.rca.analysis.logs;

import dev.rca.api.model.TimeWindow;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a small corpus of every log format through the line parser, masker and miner once per
 * JVM, before a big read. Why: the just-in-time compiler optimises the hot parsing code for the
 * branches it has seen taken, and a bundle's files arrive one format at a time (access lines,
 * then logfmt, then JSON, ...), so each new format threw the optimised code away and compiled it
 * again; on a million lines the compiler spent as much CPU as the parsing itself. Having seen every
 * format early, it compiles the code once. The corpus goes into a throwaway analysis, so no result
 * changes; it costs a few tens of milliseconds.
 *
 * <pre>{@code
 * LogWarmUp.once();   // then feed the real lines
 * }</pre>
 */
public final class LogWarmUp {
  /** Enough passes for the profiling tier to record every branch the corpus takes. */
  private static final int PASSES = 120;
  private static final AtomicBoolean DONE = new AtomicBoolean();

  private static final String[] CORPUS = {
    "10.42.3.206 - - [04/Mar/2026:10:35:06 +0000] \"DELETE /api/search HTTP/1.1\" 200 552 \"-\""
        + " \"Go-http-client/1.1\" rt=0.008 uct=\"0.001\" urt=\"0.007\"",
    "10.42.5.243 - - [04/Mar/2026:10:35:07 +0000] \"GET /api/products/67551 HTTP/1.1\" 503 3645 \"-\""
        + " \"Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0\" rt=0.089",
    "10.0.0.9 - - [04/Mar/2026:10:35:08 +0000] \"POST /v1/charges HTTP/2.0\" 404 0",
    "2026/03/04 11:38:25 [error] 31#31: *553995 upstream timed out (110: Connection timed out) while"
        + " reading response header from upstream, client: 10.42.5.84, request: \"POST /api/checkout HTTP/1.1\"",
    "ts=2026-03-04T10:46:39.779Z level=info caller=store.go:198 msg=\"Retrying call to auth-redis"
        + " succeeded on attempt 38\" service=auth trace_id=9797a207b90ceccc660ead253b4600f0",
    "ts=2026-03-04T10:46:40.001Z level=error caller=db.go:12 msg=\"query \\\"select\\\" failed\""
        + " err=\"dial tcp 10.0.0.5:5432: connect: connection refused\" attempt=3",
    "time=2026-03-04T10:46:41Z lvl=warn logger=pool pool=main waited=5000ms size=50 free=0",
    "level=debug component=cache hit ratio=0.93 evicted=12",
    "{\"@timestamp\":\"2026-03-04T11:12:55.004Z\",\"@version\":\"1\",\"message\":\"Token refreshed for"
        + " client 15a4f165f460, expires in 22 s\",\"logger_name\":\"com.shop.catalog.Cache\","
        + "\"thread_name\":\"http-nio-8080-exec-45\",\"level\":\"INFO\",\"level_value\":20000,"
        + "\"traceId\":\"1c0f\",\"tags\":[\"a\",{\"b\":1},[2]],\"ok\":true,\"x\":null}",
    "{\"@timestamp\":\"2026-03-04T11:31:21.866Z\",\"message\":\"Checkout 0248ed4f5306 rolled back: payments"
        + " unavailable (attempt 261)\",\"level\":\"ERROR\",\"stack_trace\":\"org.springframework.dao."
        + "DeadlockLoserDataAccessException: deadlock\\n\\tat com.shop.Repo.save(Repo.java:88)\\nCaused by:"
        + " java.sql.SQLException: lock\\n\\tat x.y(Z.java:1)\"}",
    "{\"time\":\"2026-03-04T11:31:22Z\",\"log\":{\"level\":\"warn\",\"logger\":\"edge\"},\"msg\":\"caf\\u00e9"
        + " \\\"quoted\\\" \\/ done\",\"error\":{\"type\":\"java.io.IOException\",\"message\":\"reset\"}}",
    "{\"severity\":30,\"event\":\"user signed in\",\"user\":\"u-81\",\"err\":\"timeout\"}",
    "{\"a\":1,\"b\":\"no message here\",\"n\":-2.5e3}",
    "{\"message\":\"multi\\nline\",\"level\":\"error\",\"exception\":\"java.lang.IllegalStateException\"}",
    "{ broken json line 12",
    "2026-03-04 11:23:29.547  INFO 1 --- [ledger] [nio-8080-exec-186] c.s.l.Store : Retrying call to"
        + " ledger-db succeeded on attempt 1109",
    "2026-03-04 11:30:34.224 ERROR 1 --- [ledger] [nio-8080-exec-174] c.s.l.Scheduler : Unhandled exception"
        + " in worker 12\njava.lang.IllegalStateException: unexpected state\n\tat com.shop.ledger.repository."
        + "SchedulerRepository.save(SchedulerRepository.java:88)\nCaused by: java.net.SocketTimeoutException:"
        + " Read timed out\r\n\tat java.base/java.net.Socket.read(Socket.java:1)",
    "2026-03-04 11:41:11,738 INFO [worker-6] search.cache: Accepted query fb64ba5152f7 from 10.42.0.197"
        + " (290 bytes)",
    "2026-03-04 11:41:12,001 WARNING [worker-2] search.client: Feature flag query-v2 evaluated to false for"
        + " user user-98716",
    "Jun 14 15:16:01 combo sshd(pam_unix)[19939]: authentication failure; logname= uid=0 euid=0"
        + " tty=NODEVssh ruser= rhost=218.188.2.4",
    "Mon Dec 05 10:12:01 2005 [notice] jk2_init() Found child 6725 in scoreboard slot 10",
    "[main] FATAL Failed to open C:\\data\\part-0042.log for user bob@example.com, see https://x.example/a?b=1",
    "E0304 11:31:22.123456 1 reflector.go:138] watch of *v1.Pod ended with: too old resource version: 42",
    "Received block blk_-1608999687919862906 of size 91178 from /10.250.10.6 in 1.5s (took 250ms, 12%)",
    "id 123e4567-e89b-12d3-a456-426614174000 hash 0xdeadbeef from [2001:db8::1]:443 'x y' (id=42), done!",
    "instance: b<*>-fe<*>a rhost=<*>.<*> state=RUNNING -> STOPPED at Fri Jun <*>",
    "",
    "   ",
  };

  private LogWarmUp() {}

  /** Runs the corpus the first time it is called in this JVM; later calls return at once. */
  public static void once() {
    if (!DONE.compareAndSet(false, true)) {
      return;
    }
    Instant onset = Instant.parse("2026-03-04T11:30:00Z");
    TimeWindow window = new TimeWindow(onset.minusSeconds(3600), onset.plusSeconds(3600));
    LogPatternAnalysis throwaway = LogPatternAnalysis.builder(window, onset).build();
    long start = Timeline.nanos(window.from());
    LogLevel[] levels = {LogLevel.UNKNOWN, LogLevel.ERROR, LogLevel.INFO};
    for (int pass = 0; pass < PASSES; pass++) {
      for (int i = 0; i < CORPUS.length; i++) {
        long at = start + (pass * (long) CORPUS.length + i) * 1_000_000_000L;
        throwaway.add(pass % 2 == 0 ? "warm-a" : "warm-b", at, levels[i % levels.length], CORPUS[i]);
      }
    }
  }
}
