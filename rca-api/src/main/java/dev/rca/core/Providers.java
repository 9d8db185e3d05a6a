package dev.rca.core;

import dev.rca.api.model.Signal;
import dev.rca.api.spi.HypothesisEngineProvider;
import dev.rca.api.spi.RedactorProvider;
import dev.rca.api.spi.ReportSinkProvider;
import dev.rca.api.spi.SignalSourceProvider;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Finds providers through {@link ServiceLoader} and picks one by the name configuration gives.
 * Two providers claiming one name is an error, not a coin toss.
 *
 * <pre>{@code
 * SignalSourceProvider loki = Providers.source(Signal.LOGS, "loki");
 * }</pre>
 */
public final class Providers {
  private Providers() {}

  public static SignalSourceProvider source(Signal signal, String name) {
    List<SignalSourceProvider> all = ServiceLoader.load(SignalSourceProvider.class).stream()
        .map(ServiceLoader.Provider::get).filter(p -> p.signal() == signal).toList();
    return pick(all, SignalSourceProvider::name, name, signal.key() + " source");
  }

  public static HypothesisEngineProvider engine(String name) {
    return pick(load(HypothesisEngineProvider.class), HypothesisEngineProvider::name, name,
        "engine");
  }

  public static RedactorProvider redactor(String name) {
    return pick(load(RedactorProvider.class), RedactorProvider::name, name, "redactor");
  }

  public static ReportSinkProvider sink(String name) {
    return pick(load(ReportSinkProvider.class), ReportSinkProvider::name, name, "sink");
  }

  private static <T> List<T> load(Class<T> type) {
    return ServiceLoader.load(type).stream().map(ServiceLoader.Provider::get).toList();
  }

  private static <T> T pick(List<T> all, Function<T, String> nameOf, String wanted, String what) {
    Map<String, T> byName = new TreeMap<>();
    for (T p : all) {
      T other = byName.put(nameOf.apply(p), p);
      if (other != null) {
        throw new IllegalStateException("two " + what + " providers are named '"
            + nameOf.apply(p) + "': " + other.getClass().getName() + " and "
            + p.getClass().getName() + "; remove one from the classpath");
      }
    }
    T found = byName.get(wanted);
    if (found == null) {
      throw new IllegalArgumentException("no " + what + " provider named '" + wanted
          + "' on the classpath (known: " + String.join(", ", byName.keySet()) + ")");
    }
    return found;
  }
}
