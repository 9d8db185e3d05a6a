package dev.rca.api.spi;

import java.time.Duration;

/**
 * The instant by which a source must have answered. Long loops call {@link #check()} so that a
 * source stops promptly when its time is up or the investigator cancels it.
 *
 * <pre>{@code
 * for (String line : lines) {
 *   if (++n % 4096 == 0) deadline.check();
 *   ...
 * }
 * }</pre>
 */
public final class Deadline {
  private final long deadlineNanos;

  private Deadline(long deadlineNanos) {
    this.deadlineNanos = deadlineNanos;
  }

  /** A deadline {@code timeout} from now. */
  public static Deadline after(Duration timeout) {
    return new Deadline(System.nanoTime() + Math.max(0, timeout.toNanos()));
  }

  /** The earlier of this deadline and one {@code timeout} from now. */
  public Deadline atMost(Duration timeout) {
    Deadline other = after(timeout);
    return deadlineNanos - other.deadlineNanos <= 0 ? this : other;
  }

  public Duration remaining() {
    return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
  }

  public boolean expired() {
    return deadlineNanos - System.nanoTime() <= 0;
  }

  /**
   * Throws when the source should stop: it was interrupted (cancelled) or its time is up.
   *
   * @throws InterruptedException when the investigator cancelled the source
   * @throws DeadlineExceededException when the deadline has passed
   */
  public void check() throws InterruptedException, DeadlineExceededException {
    if (Thread.interrupted()) {
      throw new InterruptedException("cancelled by the investigator");
    }
    if (expired()) {
      throw new DeadlineExceededException("deadline passed");
    }
  }
}
