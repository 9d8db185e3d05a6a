package dev.rca.api.spi;

import java.util.Map;

/** Creates a {@link ReportSink}; listed in {@code META-INF/services} and chosen by name. */
public interface ReportSinkProvider {

  /** The sink's name in the {@code output.sinks} list, e.g. {@code "json"}, {@code "markdown"}. */
  String name();

  ReportSink create(Map<String, Object> options);
}
