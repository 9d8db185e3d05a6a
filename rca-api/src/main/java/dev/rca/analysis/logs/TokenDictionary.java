package dev.rca.analysis.logs;

import java.util.Arrays;

/**
 * Interns tokens as small integers straight from a character buffer, so that mining compares
 * ints and a token seen before costs no allocation. Id 0 is the wildcard {@code <*>}. Once
 * {@code capacity} distinct tokens are held, further new tokens intern as the wildcard, which
 * bounds memory when a source writes unmasked variables (user names, free-form ids).
 */
final class TokenDictionary {
  static final int WILDCARD = 0;

  private final int capacity;
  private int[] table = new int[1 << 10]; // id + 1, 0 = empty
  private String[] tokens = new String[256];
  /** The characters of each token, compared as arrays: a vectorised range compare beats charAt. */
  private char[][] chars = new char[256][];
  private int[] hashes = new int[256];
  private int size;

  TokenDictionary(int capacity) {
    this.capacity = capacity;
    tokens[0] = "<*>";
    chars[0] = tokens[0].toCharArray();
    hashes[0] = hash("<*>".toCharArray(), 0, 3);
    insert(0, hashes[0]);
    size = 1;
  }

  int intern(char[] buf, int start, int end) {
    int h = hash(buf, start, end);
    int mask = table.length - 1;
    int slot = h & mask;
    int len = end - start;
    while (true) {
      int entry = table[slot];
      if (entry == 0) {
        break;
      }
      int id = entry - 1;
      if (hashes[id] == h) {
        char[] token = chars[id];
        if (token.length == len && Arrays.equals(token, 0, len, buf, start, end)) {
          return id;
        }
      }
      slot = (slot + 1) & mask;
    }
    if (size >= capacity) {
      return WILDCARD;
    }
    int id = size++;
    if (id == tokens.length) {
      tokens = Arrays.copyOf(tokens, id * 2);
      chars = Arrays.copyOf(chars, id * 2);
      hashes = Arrays.copyOf(hashes, id * 2);
    }
    chars[id] = Arrays.copyOfRange(buf, start, end);
    hashes[id] = h;
    if (size * 2 > table.length) {
      rehash();
    } else {
      table[slot] = id + 1;
    }
    return id;
  }

  /** The token's text, made when first asked for: most tokens are only ever compared. */
  String token(int id) {
    String t = tokens[id];
    if (t == null) {
      t = new String(chars[id]);
      tokens[id] = t;
    }
    return t;
  }

  int size() {
    return size;
  }

  private void rehash() {
    table = new int[table.length * 2];
    for (int id = 0; id < size; id++) {
      insert(id, hashes[id]);
    }
  }

  private void insert(int id, int h) {
    int mask = table.length - 1;
    int slot = h & mask;
    while (table[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    table[slot] = id + 1;
  }

  private static int hash(char[] buf, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + buf[i];
    }
    return h ^ (h >>> 16);
  }
}
