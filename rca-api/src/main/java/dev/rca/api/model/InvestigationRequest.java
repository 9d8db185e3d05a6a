package dev.rca.api.model;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What to investigate: the alerts that fired, the services they name, the symptom in words, the
 * onset and the window of data to look at.
 *
 * <pre>{@code
 * InvestigationRequest request = InvestigationRequest.builder()
 *     .alert(alert)                                  // onset = earliest firing startsAt
 *     .lookBack(Duration.ofMinutes(60)).lookAhead(Duration.ofMinutes(15))
 *     .build();
 * }</pre>
 *
 * @param onset when the incident started: the earliest {@code startsAt} of the firing alerts
 * @param window the data to look at, usually from an hour before the onset to 15 minutes after
 * @param topology declared dependencies, empty when none were declared
 */
public record InvestigationRequest(
    List<Alert> alerts,
    Set<String> services,
    String symptom,
    Instant onset,
    TimeWindow window,
    ServiceGraph topology) {

  public InvestigationRequest {
    alerts = List.copyOf(alerts);
    services = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(services));
    requireNonNull(symptom, "symptom");
    requireNonNull(onset, "onset");
    requireNonNull(window, "window");
    requireNonNull(topology, "topology");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The same request with every text passed through {@code text}; used by the redaction boundary. */
  public InvestigationRequest mapText(UnaryOperator<String> text) {
    Set<String> names = new LinkedHashSet<>();
    services.forEach(s -> names.add(text.apply(s)));
    return new InvestigationRequest(
        alerts.stream().map(a -> a.mapText(text)).toList(),
        names,
        text.apply(symptom),
        onset,
        window,
        topology.mapText(text));
  }

  /** Builds a request; the onset, services and symptom default to what the alerts say. */
  public static final class Builder {
    private final List<Alert> alerts = new ArrayList<>();
    private final Set<String> services = new LinkedHashSet<>();
    private String symptom = "";
    private Instant onset;
    private Instant from;
    private Instant to;
    private Duration lookBack = Duration.ofMinutes(60);
    private Duration lookAhead = Duration.ofMinutes(15);
    private ServiceGraph topology = ServiceGraph.empty();

    private Builder() {}

    public Builder alert(Alert alert) {
      alerts.add(requireNonNull(alert, "alert"));
      return this;
    }

    public Builder alerts(List<Alert> list) {
      list.forEach(this::alert);
      return this;
    }

    public Builder service(String service) {
      services.add(requireNonNull(service, "service"));
      return this;
    }

    public Builder symptom(String text) {
      symptom = requireNonNull(text, "symptom");
      return this;
    }

    public Builder onset(Instant instant) {
      onset = requireNonNull(instant, "onset");
      return this;
    }

    /** Sets the window explicitly instead of deriving it from the onset. */
    public Builder window(Instant start, Instant end) {
      from = requireNonNull(start, "from");
      to = requireNonNull(end, "to");
      return this;
    }

    public Builder lookBack(Duration d) {
      if (d.isNegative()) {
        throw new IllegalArgumentException("lookBack must not be negative: " + d);
      }
      lookBack = d;
      return this;
    }

    public Builder lookAhead(Duration d) {
      if (d.isNegative()) {
        throw new IllegalArgumentException("lookAhead must not be negative: " + d);
      }
      lookAhead = d;
      return this;
    }

    public Builder topology(ServiceGraph graph) {
      topology = requireNonNull(graph, "topology");
      return this;
    }

    public InvestigationRequest build() {
      List<Alert> firing = alerts.stream().filter(Alert::firing).toList();
      List<Alert> basis = firing.isEmpty() ? alerts : firing;
      Instant start = onset != null ? onset
          : basis.stream().map(Alert::startsAt).min(Comparator.naturalOrder()).orElseThrow(
              () -> new IllegalStateException("an investigation needs an onset or at least one alert"));
      Set<String> names = new LinkedHashSet<>(services);
      basis.stream().map(Alert::service).filter(s -> !s.isEmpty()).forEach(names::add);
      String text = !symptom.isEmpty() ? symptom : describe(basis);
      TimeWindow window = from != null ? new TimeWindow(from, to)
          : TimeWindow.around(start, lookBack, lookAhead);
      return new InvestigationRequest(alerts, names, text, start, window, topology);
    }

    private static String describe(List<Alert> basis) {
      StringBuilder sb = new StringBuilder();
      for (Alert a : basis) {
        if (sb.length() > 0) {
          sb.append("; ");
        }
        String summary = a.annotations().getOrDefault("summary", "");
        sb.append(a.name()).append(a.service().isEmpty() ? "" : " on " + a.service())
            .append(summary.isEmpty() ? "" : ": " + summary);
        if (sb.length() > 500) {
          sb.append("; ...");
          break;
        }
      }
      return sb.toString();
    }
  }
}
