package dev.rca.benchmarks.redaction;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Compares two or more builds of {@code rca-redaction} on the {@link LogCorpus} in one process,
 * taking turns round by round, so that the noise of a shared machine falls on every build alike;
 * JMH runs of one build at a time differ by more than the change being measured. Each build gets
 * its own class loader (the build's jar plus the jars it needs).
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.rca.benchmarks.redaction.CompareRedactorBuilds \
 *     60 rca-api.jar:re2j.jar:jspecify.jar before/rca-redaction.jar after/rca-redaction.jar
 * }</pre>
 */
public final class CompareRedactorBuilds {
  private CompareRedactorBuilds() {}

  public static void main(String[] args) throws Throwable {
    if (args.length < 3) {
      System.err.println("usage: CompareRedactorBuilds SECONDS DEPENDENCY_CLASSPATH JAR...");
      System.exit(2);
    }
    long seconds = Long.parseLong(args[0]);
    List<String> jars = List.of(args).subList(2, args.length);
    List<MethodHandle> redact = new ArrayList<>();
    for (String jar : jars) {
      redact.add(session(jar, args[1]));
    }
    List<String> lines = LogCorpus.generate(20261121L);
    List<List<Double>> rates = new ArrayList<>();
    jars.forEach(j -> rates.add(new ArrayList<>()));
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long sink = 0;
    while (System.nanoTime() < end) {
      for (int k = 0; k < jars.size(); k++) {
        long t0 = System.nanoTime();
        for (String line : lines) {
          sink += ((String) redact.get(k).invoke(line)).length();
        }
        rates.get(k).add(LogCorpus.BYTES / 1e6 / ((System.nanoTime() - t0) / 1e9));
      }
    }
    for (int k = 0; k < jars.size(); k++) {
      // the first third is warm-up
      List<Double> r = new ArrayList<>(rates.get(k).subList(rates.get(k).size() / 3,
          rates.get(k).size()));
      Collections.sort(r);
      System.out.printf("%s: median %.0f MB/s, p90 %.0f MB/s over %d rounds%n", jars.get(k),
          r.get(r.size() / 2), r.get(r.size() * 9 / 10), r.size());
    }
    if (sink == 42) {
      System.out.println(); // keeps the work observable to the JIT
    }
  }

  private static MethodHandle session(String jar, String dependencies) throws Throwable {
    List<URL> urls = new ArrayList<>();
    urls.add(Path.of(jar).toUri().toURL());
    for (String d : dependencies.split(":")) {
      urls.add(Path.of(d).toUri().toURL());
    }
    ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new),
        ClassLoader.getPlatformClassLoader());
    Object redactor = loader.loadClass("dev.rca.redaction.RuleRedactor")
        .getMethod("withBuiltInRules").invoke(null);
    Object session = redactor.getClass().getMethod("openSession").invoke(redactor);
    return MethodHandles.publicLookup().unreflect(loader.loadClass("dev.rca.api.spi.RedactionSession")
        .getMethod("redact", String.class)).bindTo(session);
  }
}
