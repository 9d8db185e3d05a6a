package dev.rca.core;

import java.lang.reflect.Method;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Picks the executor sources run on when the caller supplies none. */
final class Executors {
  private Executors() {}

  /**
   * Virtual threads when the runtime has them (Java 21+): sources mostly wait on I/O, and one
   * thread per source costs nothing. Found reflectively because the library targets Java 17.
   */
  static ExecutorService forSources() {
    try {
      Method m = java.util.concurrent.Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
      return (ExecutorService) m.invoke(null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      AtomicInteger n = new AtomicInteger();
      ThreadFactory daemons = r -> {
        Thread t = new Thread(r, "rca-source-" + n.incrementAndGet());
        t.setDaemon(true);
        return t;
      };
      return java.util.concurrent.Executors.newCachedThreadPool(daemons);
    }
  }
}
