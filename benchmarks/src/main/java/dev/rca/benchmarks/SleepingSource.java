package dev.rca.benchmarks;

import dev.rca.api.evidence.MetricAnomaly;
import dev.rca.api.model.Signal;
import dev.rca.api.spi.InvestigationScope;
import dev.rca.api.spi.SignalSource;
import dev.rca.api.spi.SourceResult;
import java.time.Duration;
import java.util.Map;

/**
 * BENCHMARK ONLY: a source that takes a fixed time, as a backend round trip would, and returns
 * one tiny finding. With every source taking the same delay, whatever a fan-out adds above that
 * delay is the investigator's overhead.
 *
 * <pre>{@code
 * new SleepingSource("source-3", Signal.LOGS, Duration.ofMillis(20));
 * }</pre>
 */
public final class SleepingSource implements SignalSource {
  private final String name;
  private final Signal signal;
  private final long delayMs;

  public SleepingSource(String name, Signal signal, Duration delay) {
    this.name = name;
    this.signal = signal;
    this.delayMs = delay.toMillis();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Signal signal() {
    return signal;
  }

  @Override
  public SourceResult gather(InvestigationScope scope) throws InterruptedException {
    Thread.sleep(delayMs);
    return SourceResult.builder()
        .item(new MetricAnomaly(name, "checkout", scope.onset(), "http_server_requests_seconds_count",
            Map.of("status", "500"), MetricAnomaly.Indicator.ERROR_RATIO, 0.001, 0.2, 9.0, ""))
        .itemsRead(1)
        .build();
  }
}
