package dev.rca.api.spi;

import dev.rca.api.model.Signal;

/**
 * Reads one signal for an investigation and turns it into evidence. Sources only read: they
 * never send a write to the system they look at.
 *
 * <p>The investigator runs every source concurrently and cancels one that passes its deadline
 * (by interrupting its thread), so a source checks {@link Deadline#check()} in long loops and
 * uses interruptible I/O. A source reports failure by throwing {@link SourceException} with a
 * message that names what and where; it never throws past the investigator otherwise.
 *
 * <pre>{@code
 * public final class StatusPageSource implements SignalSource {
 *   public String name() { return "statuspage"; }
 *   public Signal signal() { return Signal.CHANGES; }
 *   public SourceResult gather(InvestigationScope scope) throws SourceException {
 *     return SourceResult.builder().item(fetchIncidentAsChange(scope.window())).build();
 *   }
 * }
 * }</pre>
 */
public interface SignalSource {

  /** The name shown in the report's {@code sources[].name}, e.g. {@code "loki"}. */
  String name();

  Signal signal();

  /**
   * Gathers evidence within {@code scope.window()}.
   *
   * @throws SourceException when the source cannot deliver; the message reaches the report
   * @throws InterruptedException when the investigator cancelled the source
   */
  SourceResult gather(InvestigationScope scope) throws SourceException, InterruptedException;
}
