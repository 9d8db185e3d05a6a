package dev.rca.analysis.logs;

import java.util.Arrays;

/**
 * A streaming log template miner of the Drain family. A fixed-depth parse tree routes a message
 * by its token count, then by its leading tokens, to a leaf of candidate templates; the message
 * joins the most similar one when the share of matching positions reaches the similarity
 * threshold (a {@code <*>} position matches anything), and positions that differ become
 * {@code <*>}. Otherwise it starts a template of its own.
 *
 * <p>Tokens are interned as ints and buffers are reused, so adding a line that fits a known
 * template allocates nothing. Template ids are stable for the life of the miner. Not thread-safe.
 *
 * <p>Bounds: at most {@link Builder#maxTemplates} templates (a line that would need another gets
 * {@link #OVERFLOW}), at most {@link Builder#maxVocabulary} distinct tokens (further new tokens
 * count as {@code <*>}), at most {@link MaskedMessage#MAX_TOKENS} tokens per message.
 *
 * <pre>{@code
 * TemplateMiner miner = TemplateMiner.builder().depth(4).similarity(0.5).build();
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
  private final TokenDictionary dictionary;
  private final PrefixNode root = new PrefixNode();
  private final MaskedMessage scratch = new MaskedMessage();
  private final int[] ids = new int[MaskedMessage.MAX_TOKENS];
  private int[][] templates = new int[64][];
  private String[] texts = new String[64];
  private int size;

  private TemplateMiner(Builder b) {
    prefixTokens = b.depth - 2;
    similarity = b.similarity;
    maxChildren = b.maxChildren;
    maxTemplates = b.maxTemplates;
    dictionary = new TokenDictionary(b.maxVocabulary);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A miner with the defaults: depth 4, similarity 0.5, 100 children per node, 5,000 templates. */
  public static TemplateMiner ofDefaults() {
    return builder().build();
  }

  /** Masks and adds a message; returns its template id or {@link #OVERFLOW}. */
  public int add(CharSequence message) {
    VariableMasker.mask(message, scratch);
    return add(scratch);
  }

  /** Adds an already masked message; returns its template id or {@link #OVERFLOW}. */
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
      int matches = 0;
      for (int i = 0; i < n; i++) {
        int tok = t[i];
        if (tok == ids[i] || tok == TokenDictionary.WILDCARD) {
          matches++;
        }
      }
      if (matches > bestMatches) {
        bestMatches = matches;
        best = candidates[c];
        if (matches == n) {
          break;
        }
      }
    }
    if (best >= 0 && (n == 0 || bestMatches >= similarity * n)) {
      if (bestMatches < n) {
        merge(best, n);
      }
      return best;
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
    return id;
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

  /** The cluster that template {@code id} now belongs to. */
  public int cluster(int id) {
    return id;
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
    private double similarity = 0.5;
    private int maxChildren = 100;
    private int maxTemplates = 5_000;
    private int maxVocabulary = 1 << 20;

    private Builder() {}

    /** Tree depth as in Drain: root, token count, then {@code depth - 2} leading tokens; 3..16. */
    public Builder depth(int value) {
      if (value < 3 || value > 16) {
        throw new IllegalArgumentException("depth must be within 3..16: " + value);
      }
      depth = value;
      return this;
    }

    /** The share of positions that must match to join a template; within (0, 1]. */
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

    public TemplateMiner build() {
      return new TemplateMiner(this);
    }
  }
}
