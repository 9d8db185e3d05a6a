package dev.rca.benchmarks.scenario.system;

/** How a service writes its log lines; real fleets mix all of these. */
public enum LogStyle {
  /** One JSON object per line (logstash-logback-encoder), stack traces in a {@code stack_trace} field. */
  JSON_LINES,
  /** {@code key=value} pairs as Go services write them with go-kit or logrus. */
  LOGFMT,
  /** Spring Boot's default text pattern; a stack trace is one multi-line entry. */
  PLAIN_TEXT,
  /** nginx access lines on stdout and error-log lines on stderr. */
  NGINX,
  /** PostgreSQL's stderr log: {@code 2026-03-02 14:03:15.123 UTC [2314] ERROR:  ...}. */
  POSTGRES
}
