package dev.rca.analysis.logs;

import java.util.Arrays;

/**
 * A streaming log template miner of the Drain family. A fixed-depth parse tree routes a masked
 * message by its token count, then by its leading tokens, to a leaf of candidate templates. The
 * message joins a template it equals (a {@code <*>} position matches anything), or the most similar
 * one when the share of equal constant tokens reaches the similarity threshold (as in Drain, a
 * template's {@code <*>} counts neither way), and positions that differ become {@code <*>}.
 * Otherwise it starts a template of its own, and two merges learn from it:
 * <ul>
 *   <li>sibling values: when {@link Builder#siblingValues} templates of a leaf differ only at one
 *       position, that position is a variable (user names, host names, states written as words),
 *       so they become one template; two values are not enough ("Starting X initialization" and
 *       "Starting X finalization" are two events);
 *   <li>same skeleton: templates whose tokens holding constant text are the same, in the same
 *       order, are one event whose variables took a different number of tokens
 *       ({@code 0 bytes sent} and {@code 1190 bytes (1.2 KB) sent}).
 * </ul>
 * Merged templates form one cluster: {@link #add} returns the cluster's id, and {@link #cluster}
 * maps an id handed out earlier to the cluster it has since joined.
 *
 * <p>Tokens are interned as ints and buffers are reused, so adding a line that fits a known
 * template allocates nothing. Not thread-safe.
 *
 * <p>Bounds: at most {@link Builder#maxTemplates} templates (a line that would need another gets
 * {@link #OVERFLOW}), at most {@link Builder#maxVocabulary} distinct tokens (further new tokens
 * count as {@code <*>}), at most {@link MaskedMessage#MAX_TOKENS} tokens per message.
 *
 * <pre>{@code
 * TemplateMiner miner = TemplateMiner.ofDefaults();
 * int a = miner.add("payment 41 failed after 250ms");
 * int b = miner.add("payment 97 failed after 1.5s");
 * miner.template(a);   // "payment <*> failed after <*>"; a == b
 * }</pre>
 */
public final class TemplateMiner {
  /** Returned by {@code add} when the template limit is reached and the line fits none. */
  public static final int OVERFLOW = -1;

  private final int prefixTokens;
  private final double similarity;
  private final int maxChildren;
  private final int maxTemplates;
  private final int siblingValues;
  private final TokenDictionary dictionary;
  private final PrefixNode root = new PrefixNode();
  private final MaskedMessage scratch = new MaskedMessage();
  private final int[] ids = new int[MaskedMessage.MAX_TOKENS];
  private final int[] siblings = new int[64];
  private int[][] templates = new int[64][];
  private String[] texts = new String[64];
  private int size;
  private final TemplateMerges merges;

  private TemplateMiner(Builder b) {
    prefixTokens = b.depth - 2;
    similarity = b.similarity;
    maxChildren = b.maxChildren;
    maxTemplates = b.maxTemplates;
    dictionary = new TokenDictionary(b.maxVocabulary);
    siblingValues = b.siblingValues;
    merges = new TemplateMerges(dictionary);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The similarity a new line needs to join a template; see {@link Builder#similarity}. */
  public static final double DEFAULT_SIMILARITY = 0.9;

  /** A miner with the defaults: depth 4, similarity 0.9, 3 sibling values, 100 children per node, 5,000 templates. */
  public static TemplateMiner ofDefaults() {
    return builder().build();
  }

  /** Masks and adds a message; returns its template id or {@link #OVERFLOW}. */
  public int add(CharSequence message) {
    VariableMasker.mask(message, scratch);
    return add(scratch);
  }

  /** Adds an already masked message; returns its cluster's template id or {@link #OVERFLOW}. */
  public int add(MaskedMessage message) {
    int n = message.count;
    char[] chars = message.chars;
    for (int i = 0; i < n; i++) {
      ids[i] = dictionary.intern(chars, message.starts[i], message.ends[i]);
    }
    PrefixNode leaf = leaf(n);
    int best = -1;
    int bestMatches = -1;
    int[] candidates = leaf.templates;
    for (int c = 0; c < leaf.templateCount; c++) {
      int[] t = templates[candidates[c]];
      // as in Drain, a variable position neither helps nor hurts; only equal constants count
      int matches = 0;
      int misses = 0;
      for (int i = 0; i < n; i++) {
        int tok = t[i];
        if (tok == ids[i]) {
          matches++;
        } else if (tok != TokenDictionary.WILDCARD) {
          misses++;
        }
      }
      if (misses == 0) {
        best = candidates[c];
        bestMatches = n;
        break;
      }
      if (matches > bestMatches) {
        bestMatches = matches;
        best = candidates[c];
      }
    }
    if (best >= 0 && (n == 0 || bestMatches >= similarity * n)) {
      if (bestMatches < n) {
        merge(best, n);
      }
      return merges.find(best);
    }
    if (size >= maxTemplates) {
      return OVERFLOW;
    }
    int id = size++;
    if (id == templates.length) {
      templates = Arrays.copyOf(templates, id * 2);
      texts = Arrays.copyOf(texts, id * 2);
    }
    templates[id] = Arrays.copyOf(ids, n);
    leaf.addTemplate(id);
    merges.added(id);
    int root = generaliseSiblings(leaf, id);
    // the skeleton of the line as masked, not of a template since generalised by merges
    merges.joinSameSkeleton(id, ids, n);
    return merges.find(root);
  }

  /** The template's text, variables shown as {@code <*>}. */
  public String template(int id) {
    if (id < 0 || id >= size) {
      throw new IllegalArgumentException("no template " + id);
    }
    String text = texts[id];
    if (text == null) {
      int[] t = templates[id];
      StringBuilder sb = new StringBuilder(t.length * 8);
      for (int i = 0; i < t.length; i++) {
        if (i > 0) {
          sb.append(' ');
        }
        sb.append(dictionary.token(t[i]));
      }
      text = sb.toString();
      texts[id] = text;
    }
    return text;
  }

  /** Whether position {@code index} of template {@code id} is a variable. */
  public boolean isVariable(int id, int index) {
    return templates[id][index] == TokenDictionary.WILDCARD;
  }

  /** The number of tokens of template {@code id}. */
  public int length(int id) {
    return templates[id].length;
  }

  /**
   * The cluster that template {@code id} now belongs to: templates found to differ only in
   * variables are merged as the miner learns, and the id a line got earlier may since have joined
   * another template's cluster.
   */
  public int cluster(int id) {
    return id < 0 ? id : merges.find(id);
  }

  /** The number of templates mined so far. */
  public int size() {
    return size;
  }

  private void merge(int id, int n) {
    int[] t = templates[id];
    for (int i = 0; i < n; i++) {
      if (t[i] != ids[i]) {
        t[i] = TokenDictionary.WILDCARD;
      }
    }
    texts[id] = null;
  }

  /**
   * When {@code siblingValues} templates of one leaf differ from the new one at the same single
   * position and agree everywhere else, that position is a variable (a user name, a host, a
   * state): they become one template with a wildcard there. Two different words are not enough,
   * since "Starting X initialization" and "Starting X finalization" are different events.
   */
  private int generaliseSiblings(PrefixNode leaf, int id) {
    int[] fresh = templates[id];
    int n = fresh.length;
    int[] candidates = leaf.templates;
    int position = -1;
    int found = 0;
    for (int c = 0; c < leaf.templateCount && found < siblings.length; c++) {
      int other = candidates[c];
      if (other == id) {
        continue;
      }
      int diff = singleDifference(fresh, templates[other], position);
      if (diff >= 0) {
        position = diff;
        siblings[found++] = other;
      }
    }
    if (found + 1 < siblingValues || constants(fresh) < 3) {
      // "payment failed", "payment settled", "payment queued" are not one event: too little is left
      return id;
    }
    int root = siblings[0];
    templates[root][position] = TokenDictionary.WILDCARD;
    texts[root] = null;
    leaf.removeTemplate(id);
    merges.union(id, root);
    for (int k = 1; k < found; k++) {
      leaf.removeTemplate(siblings[k]);
      merges.union(siblings[k], root);
    }
    return root;
  }

  private static int constants(int[] template) {
    int k = 0;
    for (int tok : template) {
      if (tok != TokenDictionary.WILDCARD) {
        k++;
      }
    }
    return k;
  }

  /** The one position where two templates differ (given, when {@code fixed >= 0}), or -1. */
  private static int singleDifference(int[] a, int[] b, int fixed) {
    int diff = -1;
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        if (diff >= 0 || a[i] == TokenDictionary.WILDCARD || b[i] == TokenDictionary.WILDCARD
            || (fixed >= 0 && i != fixed)) {
          return -1;
        }
        diff = i;
      }
    }
    return diff;
  }

  private PrefixNode leaf(int n) {
    PrefixNode node = root.child(n);
    if (node == null) {
      node = root.addChild(n);
    }
    int depth = Math.min(prefixTokens, n);
    for (int d = 0; d < depth; d++) {
      int tok = ids[d];
      PrefixNode next = node.child(tok);
      if (next == null) {
        // a full node sends newcomers to its wildcard branch, which bounds the tree's width
        if (tok != TokenDictionary.WILDCARD && node.childCount() >= maxChildren) {
          tok = TokenDictionary.WILDCARD;
          next = node.child(tok);
        }
        if (next == null) {
          next = node.addChild(tok);
        }
      }
      node = next;
    }
    return node;
  }

  /** Configures a {@link TemplateMiner}; each setter validates its argument. */
  public static final class Builder {
    private int depth = 4;
    private double similarity = DEFAULT_SIMILARITY;
    private int maxChildren = 100;
    private int maxTemplates = 5_000;
    private int maxVocabulary = 1 << 20;
    private int siblingValues = 3;

    private Builder() {}

    /** Tree depth as in Drain: root, token count, then {@code depth - 2} leading tokens; 3..16. */
    public Builder depth(int value) {
      if (value < 3 || value > 16) {
        throw new IllegalArgumentException("depth must be within 3..16: " + value);
      }
      depth = value;
      return this;
    }

    /**
     * The share of a message's tokens that must equal a template's constants for the message to
     * join it with its differences turned into variables; within (0, 1], default 0.9. Lower values
     * merge more eagerly, as Drain's usual 0.5 does; variables written as words are learned from
     * sibling templates instead, which keeps different events that share most words apart.
     */
    public Builder similarity(double value) {
      if (!(value > 0 && value <= 1)) {
        throw new IllegalArgumentException("similarity must be within (0, 1]: " + value);
      }
      similarity = value;
      return this;
    }

    /** The most children of a tree node before new tokens share the wildcard branch; at least 2. */
    public Builder maxChildren(int value) {
      if (value < 2) {
        throw new IllegalArgumentException("maxChildren must be at least 2: " + value);
      }
      maxChildren = value;
      return this;
    }

    /** The most templates; a line needing one more gets {@link #OVERFLOW}; at least 1. */
    public Builder maxTemplates(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxTemplates must be at least 1: " + value);
      }
      maxTemplates = value;
      return this;
    }

    /** The most distinct tokens remembered; at least 16. */
    public Builder maxVocabulary(int value) {
      if (value < 16) {
        throw new IllegalArgumentException("maxVocabulary must be at least 16: " + value);
      }
      maxVocabulary = value;
      return this;
    }

    /**
     * How many templates differing in one position only (with one distinct word each) make that
     * position a variable; at least 2.
     */
    public Builder siblingValues(int value) {
      if (value < 2) {
        throw new IllegalArgumentException("siblingValues must be at least 2: " + value);
      }
      siblingValues = value;
      return this;
    }

    public TemplateMiner build() {
      return new TemplateMiner(this);
    }
  }
}
