package dev.rca.analysis.logs;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which templates the miner has found to be one cluster (a union-find over template ids), and the
 * merge of templates with the same skeleton: the sequence of their tokens that hold some constant
 * text. Variables with a variable number of tokens ({@code 18846 bytes (18.4 KB) received} next to
 * {@code 0 bytes received}, a quoted message of any length) otherwise split one event by token
 * count, which a tree keyed by length cannot see.
 */
final class TemplateMerges {
  private static final byte UNKNOWN = 0;
  private static final byte VARIABLE = 1;
  private static final byte CONSTANT = 2;
  private static final byte PATH = 3;

  private final TokenDictionary dictionary;
  private final Map<Skeleton, Integer> bySkeleton = new HashMap<>();
  private int[] parent = new int[64];
  private byte[] kinds = new byte[256];
  private int[] pathPrefix = new int[256];
  private int[] skeleton = new int[MaskedMessage.MAX_TOKENS];

  TemplateMerges(TokenDictionary dictionary) {
    this.dictionary = dictionary;
  }

  void added(int id) {
    if (id >= parent.length) {
      parent = Arrays.copyOf(parent, Math.max(id + 1, parent.length * 2));
    }
    parent[id] = id;
  }

  int find(int id) {
    int root = id;
    while (parent[root] != root) {
      root = parent[root];
    }
    while (parent[id] != root) {
      int next = parent[id];
      parent[id] = root;
      id = next;
    }
    return root;
  }

  void union(int id, int into) {
    int a = find(id);
    int b = find(into);
    if (a != b) {
      parent[a] = b;
    }
  }

  /** Joins {@code id} to the cluster of an earlier template with its skeleton; returns the cluster. */
  int joinSameSkeleton(int id, int[] tokens, int n) {
    int length = 0;
    for (int i = 0; i < n; i++) {
      int tok = tokens[i];
      byte k = kind(tok);
      if (k == CONSTANT) {
        skeleton[length++] = tok;
      } else if (k == PATH) {
        skeleton[length++] = pathPrefix[tok];
      }
    }
    Skeleton key = new Skeleton(Arrays.copyOf(skeleton, length));
    Integer earlier = bySkeleton.putIfAbsent(key, id);
    if (earlier == null) {
      return find(id);
    }
    union(id, earlier);
    return find(id);
  }

  /**
   * A token is a variable when it is only wildcards and punctuation, such as {@code (<*>} or
   * {@code <*>,}. A path with a variable segment stands for its constant part before that segment,
   * so {@code /data/current/<*>/<*>} and {@code /data/current/<*>} are one skeleton token while
   * {@code /api/orders/<*>} and {@code /api/users/<*>} stay two.
   */
  private byte kind(int tok) {
    if (tok >= kinds.length) {
      kinds = Arrays.copyOf(kinds, Math.max(tok + 1, kinds.length * 2));
      pathPrefix = Arrays.copyOf(pathPrefix, kinds.length);
    }
    byte k = kinds[tok];
    if (k == UNKNOWN) {
      k = VARIABLE;
      String text = dictionary.token(tok);
      int wildcard = text.indexOf("<*>");
      if (text.startsWith("/") && wildcard > 0) {
        char[] prefix = text.substring(0, wildcard).toCharArray();
        pathPrefix[tok] = dictionary.intern(prefix, 0, prefix.length);
        kinds[tok] = PATH;
        return PATH;
      }
      if (isUnit(text)) {
        kinds[tok] = VARIABLE;
        return VARIABLE;
      }
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '<' && text.startsWith("<*>", i)) {
          i += 2;
        } else if (Character.isLetterOrDigit(c)) {
          k = CONSTANT;
          break;
        }
      }
      kinds[tok] = k;
    }
    return k;
  }

  private static final Set<String> UNITS = Set.of("B", "KB", "MB", "GB", "TB", "kB", "KiB", "MiB",
      "GiB", "TiB", "ms", "us", "ns", "s", "sec", "secs", "min", "%");

  /** A unit written apart from its number ({@code 1.16 KB)}) belongs to the variable before it. */
  private static boolean isUnit(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && !Character.isLetter(text.charAt(from)) && text.charAt(from) != '%') {
      from++;
    }
    while (to > from && !Character.isLetter(text.charAt(to - 1)) && text.charAt(to - 1) != '%') {
      to--;
    }
    return to > from && to - from <= 4 && UNITS.contains(text.substring(from, to));
  }

  private record Skeleton(int[] tokens) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Skeleton s && Arrays.equals(tokens, s.tokens);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(tokens);
    }

    @Override
    public String toString() {
      return Arrays.toString(tokens);
    }
  }
}
