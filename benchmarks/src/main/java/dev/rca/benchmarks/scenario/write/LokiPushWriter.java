package dev.rca.benchmarks.scenario.write;

import static dev.rca.benchmarks.scenario.write.WireJson.obj;

import dev.rca.benchmarks.scenario.simulation.IncidentPlan;
import dev.rca.benchmarks.scenario.simulation.ServiceLoad;
import dev.rca.benchmarks.scenario.system.ServiceProfile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code logs/<service>.json}: one Loki push body per instrumented service, one stream per
 * label set, each stream's values in time order.
 *
 * <pre>{@code
 * long lines = LokiPushWriter.write(plan, new ServiceLoad(plan), bundleDir);
 * }</pre>
 */
public final class LokiPushWriter {
  private LokiPushWriter() {}

  /** Writes every service's log file and returns how many entries were written. */
  public static long write(IncidentPlan plan, ServiceLoad load, Path bundle) {
    long total = 0;
    for (ServiceProfile p : plan.spec().system().instrumented()) {
      List<LogEntry> entries = new ArrayList<>(new LogContent(plan, load, p).entries());
      entries.sort(Comparator.comparing(LogEntry::at));
      Map<Map<String, String>, List<Object>> streams = new LinkedHashMap<>();
      for (LogEntry e : entries) {
        streams.computeIfAbsent(LogContent.streamLabels(p, e), k -> new ArrayList<>())
            .add(List.of(WireTime.epochNanos(e.at()), LogLineFormats.render(p.logStyle(), p.name(), e)));
      }
      List<Object> body = new ArrayList<>();
      streams.forEach((labels, values) -> body.add(obj("stream", labels, "values", values)));
      WireJson.write(bundle.resolve("logs").resolve(p.name() + ".json"), obj("streams", body), false);
      total += entries.size();
    }
    return total;
  }
}
