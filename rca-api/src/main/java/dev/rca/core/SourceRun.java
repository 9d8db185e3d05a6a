package dev.rca.core;

import dev.rca.api.model.SourceState;
import dev.rca.api.model.SourceStatus;
import dev.rca.api.spi.Deadline;
import dev.rca.api.spi.DeadlineExceededException;
import dev.rca.api.spi.InvestigationScope;
import dev.rca.api.spi.SignalSource;
import dev.rca.api.spi.SourceException;
import dev.rca.api.spi.SourceResult;
import dev.rca.api.spi.SourceUnavailableException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One source gathering on the investigator's executor. Turning every way a source can end
 * (answer, exception, overrun, cancellation) into a {@link SourceStatus} lives here, so the
 * investigator itself never sees a source's exception.
 */
final class SourceRun {
  private final SignalSource source;
  private final Duration timeout;
  private final ProgressListener listener;
  private final FutureTask<SourceResult> task;
  private volatile long startNanos;
  private volatile long endNanos;

  SourceRun(SignalSource source, InvestigationScope scope, Duration timeout,
      ProgressListener listener) {
    this.source = source;
    this.timeout = timeout;
    this.listener = listener;
    this.task = new FutureTask<>(() -> {
      startNanos = System.nanoTime();
      listener.sourceStarted(source.name(), source.signal());
      try {
        return source.gather(scope);
      } finally {
        endNanos = System.nanoTime();
      }
    });
  }

  void start(Executor executor) {
    executor.execute(task);
  }

  /** Waits for the answer until {@code deadline}, cancelling the source when it passes. */
  SourceOutcome await(Deadline deadline) {
    SourceOutcome outcome = collect(deadline);
    listener.sourceFinished(outcome.status());
    return outcome;
  }

  private SourceOutcome collect(Deadline deadline) {
    try {
      SourceResult result = task.get(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
      return new SourceOutcome(status(SourceState.OK, null, result), result);
    } catch (TimeoutException e) {
      task.cancel(true);
      return failed(SourceState.TIMED_OUT, "no answer within " + human(timeout) + "; cancelled");
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      return failed(SourceState.TIMED_OUT, "investigation interrupted; source cancelled");
    } catch (CancellationException e) {
      return failed(SourceState.TIMED_OUT, "cancelled");
    } catch (ExecutionException e) {
      return fromFailure(e.getCause());
    }
  }

  private SourceOutcome fromFailure(Throwable cause) {
    if (cause instanceof SourceUnavailableException) {
      return failed(SourceState.SKIPPED, cause.getMessage());
    }
    if (cause instanceof DeadlineExceededException || cause instanceof InterruptedException) {
      return failed(SourceState.TIMED_OUT, "no answer within " + human(timeout) + ": "
          + cause.getMessage());
    }
    if (cause instanceof SourceException) {
      return failed(SourceState.FAILED, cause.getMessage());
    }
    // A bug in a source must not sink the investigation; say which source and what.
    return failed(SourceState.FAILED, "internal error in source " + source.name() + ": "
        + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": "
        + cause.getMessage()));
  }

  private SourceOutcome failed(SourceState state, @org.jspecify.annotations.Nullable String why) {
    return new SourceOutcome(status(state, why == null ? state.name().toLowerCase() : why, null),
        null);
  }

  private SourceStatus status(SourceState state, @org.jspecify.annotations.Nullable String error,
      @org.jspecify.annotations.Nullable SourceResult result) {
    long end = endNanos != 0 ? endNanos : System.nanoTime();
    long elapsed = startNanos == 0 ? 0 : TimeUnit.NANOSECONDS.toMillis(end - startNanos);
    return new SourceStatus(source.name(), source.signal(), state, elapsed,
        result == null ? 0 : result.itemsRead(), error,
        result == null ? List.of() : result.warnings(),
        result == null ? List.of() : result.queries());
  }

  static String human(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
  }
}
