package dev.rca.analysis.traces;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The spans of one trace linked parent to children, whatever order they arrived in. */
final class TraceTree {
  private final Map<String, SpanRecord> byId;
  private final Map<String, List<SpanRecord>> children;

  TraceTree(List<SpanRecord> spans) {
    byId = new HashMap<>(spans.size() * 2);
    children = new HashMap<>();
    for (SpanRecord s : spans) {
      byId.putIfAbsent(s.spanId(), s);
    }
    for (SpanRecord s : spans) {
      if (byId.get(s.spanId()) != s) {
        continue;
      }
      // A span naming itself as parent would make its own child and loop; treat it as a root.
      if (!s.isRoot() && !s.parentSpanId().equals(s.spanId())) {
        children.computeIfAbsent(s.parentSpanId(), k -> new ArrayList<>()).add(s);
      }
    }
  }

  /** Whether an earlier span of this trace had the same id (the same span exported twice). */
  boolean isRepeat(SpanRecord span) {
    return byId.get(span.spanId()) != span;
  }

  SpanRecord parent(SpanRecord span) {
    return span.isRoot() ? null : byId.get(span.parentSpanId());
  }

  List<SpanRecord> children(SpanRecord span) {
    return children.getOrDefault(span.spanId(), List.of());
  }

  /** An erroring span none of whose children errored: where this trace's errors begin. */
  boolean isErrorOrigin(SpanRecord span) {
    if (!span.error()) {
      return false;
    }
    for (SpanRecord child : children(span)) {
      if (child.error()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The span's duration minus the time covered by its children, each clipped to the span (async
   * children may outlive their parent), overlapping children counted once.
   */
  long selfNanos(SpanRecord span) {
    List<SpanRecord> kids = children(span);
    long start = span.startEpochNanos();
    long end = span.endEpochNanos();
    if (kids.isEmpty()) {
      return end - start;
    }
    long[][] intervals = new long[kids.size()][];
    int n = 0;
    for (SpanRecord k : kids) {
      long s = Math.max(start, k.startEpochNanos());
      long e = Math.min(end, k.endEpochNanos());
      if (e > s) {
        intervals[n++] = new long[] {s, e};
      }
    }
    Arrays.sort(intervals, 0, n, (a, b) -> Long.compare(a[0], b[0]));
    long covered = 0;
    long curStart = 0;
    long curEnd = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      if (intervals[i][0] > curEnd) {
        if (curEnd != Long.MIN_VALUE) {
          covered += curEnd - curStart;
        }
        curStart = intervals[i][0];
        curEnd = intervals[i][1];
      } else {
        curEnd = Math.max(curEnd, intervals[i][1]);
      }
    }
    if (curEnd != Long.MIN_VALUE) {
      covered += curEnd - curStart;
    }
    return (end - start) - covered;
  }

  /**
   * What a client span calls when that has no spans of its own (a database, a third-party host):
   * {@code peer.service}, else the server address, else the database system; empty otherwise.
   */
  String uninstrumentedPeer(SpanRecord span) {
    if (span.kind() != SpanRecord.Kind.CLIENT && span.kind() != SpanRecord.Kind.PRODUCER) {
      return "";
    }
    if (!children(span).isEmpty()) {
      return "";
    }
    Map<String, String> a = span.attributes();
    for (String key : new String[] {"peer.service", "server.address", "net.peer.name",
        "db.system"}) {
      String v = a.getOrDefault(key, "");
      if (!v.isEmpty()) {
        return v;
      }
    }
    String url = a.getOrDefault("url.full", a.getOrDefault("http.url", ""));
    return hostOf(url);
  }

  private static String hostOf(String url) {
    int scheme = url.indexOf("://");
    if (scheme < 0) {
      return "";
    }
    String authority = url.substring(scheme + 3);
    for (char c : new char[] {'/', '?', '#'}) {
      int i = authority.indexOf(c);
      if (i >= 0) {
        authority = authority.substring(0, i);
      }
    }
    String host = authority.substring(authority.lastIndexOf('@') + 1);
    int port = host.lastIndexOf(':');
    return port > host.lastIndexOf(']') ? host.substring(0, port) : host;
  }
}
