package dev.rca.api.spi;

import static java.util.Objects.requireNonNull;

import dev.rca.api.model.InvestigationRequest;
import dev.rca.api.model.TimeWindow;
import java.time.Instant;

/**
 * What a source is asked for: the request (window, onset, services) and the time it has.
 *
 * @param deadline when the source's time is up; check it in long loops
 */
public record InvestigationScope(InvestigationRequest request, Deadline deadline) {
  public InvestigationScope {
    requireNonNull(request, "request");
    requireNonNull(deadline, "deadline");
  }

  public TimeWindow window() {
    return request.window();
  }

  public Instant onset() {
    return request.onset();
  }
}
