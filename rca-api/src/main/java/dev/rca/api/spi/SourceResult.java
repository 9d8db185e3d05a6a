package dev.rca.api.spi;

import static java.util.Objects.requireNonNull;

import dev.rca.api.evidence.Evidence;
import dev.rca.api.model.ServiceGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * What a source found.
 *
 * <pre>{@code
 * return SourceResult.builder().items(patterns).itemsRead(lines)
 *     .warning("logs/api.json line 3 col 17: expected '['").build();
 * }</pre>
 *
 * @param items the evidence, in a deterministic order
 * @param observedCalls call edges the source saw (traces), empty otherwise
 * @param itemsRead raw records read: lines, samples, spans, events
 * @param warnings problems that lost part of the data, each naming file or request and position
 * @param queries what was asked of the backend, for the audit log
 */
public record SourceResult(
    List<Evidence> items,
    ServiceGraph observedCalls,
    long itemsRead,
    List<String> warnings,
    List<String> queries) {

  public SourceResult {
    items = List.copyOf(items);
    requireNonNull(observedCalls, "observedCalls");
    warnings = List.copyOf(warnings);
    queries = List.copyOf(queries);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects a result. */
  public static final class Builder {
    private final List<Evidence> items = new ArrayList<>();
    private ServiceGraph calls = ServiceGraph.empty();
    private long read;
    private final List<String> warnings = new ArrayList<>();
    private final List<String> queries = new ArrayList<>();

    private Builder() {}

    public Builder item(Evidence e) {
      items.add(requireNonNull(e, "item"));
      return this;
    }

    public Builder items(List<? extends Evidence> list) {
      list.forEach(this::item);
      return this;
    }

    public Builder observedCalls(ServiceGraph graph) {
      calls = requireNonNull(graph, "observedCalls");
      return this;
    }

    public Builder itemsRead(long n) {
      read = n;
      return this;
    }

    public Builder warning(String text) {
      warnings.add(requireNonNull(text, "warning"));
      return this;
    }

    public Builder query(String text) {
      queries.add(requireNonNull(text, "query"));
      return this;
    }

    public SourceResult build() {
      return new SourceResult(items, calls, read, warnings, queries);
    }
  }
}
