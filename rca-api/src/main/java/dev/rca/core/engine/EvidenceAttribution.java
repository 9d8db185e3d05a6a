package dev.rca.core.engine;

import dev.rca.api.evidence.ChangeEvent;
import dev.rca.api.evidence.Evidence;
import dev.rca.api.evidence.LogPattern;
import dev.rca.api.evidence.TraceFinding;
import dev.rca.api.model.ServiceGraph;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides which service each item is evidence about. Mostly the service that reported it; but an
 * error at a call to another service of the system (a client span whose peer is that service, an
 * error line naming a service it calls as a host) is evidence about the callee as well, and its
 * wording — x509, lock wait — describes the callee's fault, not the caller's. Two exceptions:
 * network wording (a timeout, a reset) speaks of the path, not of the callee; and a peer that is
 * no service of the system (a third-party API) cannot be blamed, so the caller keeps it.
 */
final class EvidenceAttribution {
  private EvidenceAttribution() {}

  /**
   * @param declared the declared topology: with the services that report evidence, the services
   *     of the system; a peer seen only in traces may be a third party
   */
  static Map<String, ServiceProfile> profiles(java.util.List<Evidence> items, ServiceGraph graph,
      ServiceGraph declared) {
    Set<String> known = new TreeSet<>(declared.services());
    items.stream().filter(e -> !(e instanceof ChangeEvent)).forEach(e -> known.add(e.service()));
    Map<String, ServiceProfile> out = new TreeMap<>();
    for (Evidence e : items) {
      ServiceProfile own = out.computeIfAbsent(e.service(), ServiceProfile::new);
      if (e instanceof ChangeEvent c) {
        own.changes.add(c);
        continue;
      }
      Symptom symptom = Symptom.of(e, known);
      String callee = calleeNamed(e, graph, known);
      if (callee == null) {
        own.symptoms.add(externalPeer(e, graph, known) ? symptom.atExternalPeer() : symptom);
      } else {
        own.symptoms.add(symptom.atCaller());
        out.computeIfAbsent(callee, ServiceProfile::new).symptoms.add(symptom.aboutCallee());
      }
    }
    return out;
  }

  /** The known service an error item is about when it is not its own service, else null. */
  static String calleeNamed(Evidence e, ServiceGraph graph, Set<String> known) {
    if (CauseKinds.speaksOfNetworkPath(CauseKinds.words(e))) {
      return null;
    }
    if (e instanceof TraceFinding t && t.kind() == TraceFinding.Kind.ERROR_ORIGIN) {
      String peer = t.attributes().getOrDefault("peer", "");
      return !peer.isEmpty() && !peer.equals(e.service()) && known.contains(peer) ? peer : null;
    }
    if (e instanceof LogPattern p && p.isError()) {
      String text = (p.template() + " " + (p.samples().isEmpty() ? "" : p.samples().get(0)))
          .toLowerCase(Locale.ROOT);
      String named = null;
      for (String callee : graph.callees(e.service())) {
        if (known.contains(callee) && mentionsAsHost(text, callee.toLowerCase(Locale.ROOT))) {
          if (named != null) {
            return null; // names several callees: no single one to hold responsible
          }
          named = callee;
        }
      }
      return named;
    }
    return null;
  }

  /**
   * Whether an error item is about a call to a host outside the system: a client span whose peer
   * is no service of the system, or an error line naming such a callee as a host.
   */
  static boolean externalPeer(Evidence e, ServiceGraph graph, Set<String> known) {
    if (CauseKinds.speaksOfNetworkPath(CauseKinds.words(e))) {
      return false; // a reset or a timeout on the way out says nothing of who is behind it
    }
    if (e instanceof TraceFinding t && t.kind() == TraceFinding.Kind.ERROR_ORIGIN) {
      String peer = t.attributes().getOrDefault("peer", "");
      return !peer.isEmpty() && !known.contains(peer) && !peer.equals(e.service());
    }
    if (e instanceof LogPattern p && p.isError()) {
      String text = (p.template() + " " + (p.samples().isEmpty() ? "" : p.samples().get(0)))
          .toLowerCase(Locale.ROOT);
      return graph.callees(e.service()).stream()
          .anyMatch(c -> !known.contains(c) && mentionsAsHost(text, c.toLowerCase(Locale.ROOT)));
    }
    return false;
  }

  /**
   * Whether {@code text} names {@code name} as a host it talked to: in a URL
   * ({@code https://payments/...}), after {@code @} or a {@code host=}-like key, or before a port
   * or a cluster domain ({@code payments:8443}, {@code payments.svc}). A bare word, a class
   * ({@code com.shop.Cart.java}) or a route ({@code /api/cart}) is not a call.
   */
  static boolean mentionsAsHost(String text, String name) {
    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      int end = i + name.length();
      char before = i == 0 ? ' ' : text.charAt(i - 1);
      char after = end == text.length() ? ' ' : text.charAt(end);
      if (isNameChar(before) || isNameChar(after)) {
        continue;
      }
      String head = text.substring(Math.max(0, i - 9), i);
      boolean hostBefore = head.endsWith("//") || before == '@'
          || HOST_KEYS.stream().anyMatch(k -> head.endsWith(k + "=") || head.endsWith(k + ": "));
      String tail = text.substring(end, Math.min(text.length(), end + 10));
      boolean hostAfter = (tail.length() > 1 && tail.charAt(0) == ':'
          && Character.isDigit(tail.charAt(1)))
          || CLUSTER_DOMAINS.stream().anyMatch(tail::startsWith);
      if (hostBefore || hostAfter) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.List<String> HOST_KEYS =
      java.util.List.of("host", "upstream", "peer", "server", "addr", "address", "target");
  private static final java.util.List<String> CLUSTER_DOMAINS =
      java.util.List.of(".svc", ".cluster", ".internal", ".local");

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_';
  }
}
