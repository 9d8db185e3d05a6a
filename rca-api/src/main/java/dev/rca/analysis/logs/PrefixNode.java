package dev.rca.analysis.logs;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A node of the miner's parse tree: children keyed by an int (token count at the first level,
 * token id below) in an open-addressing table, and at the leaves the ids of candidate templates.
 */
final class PrefixNode {
  private int[] keys = new int[4];
  private @Nullable PrefixNode[] children = new PrefixNode[4];
  private int childCount;
  int[] templates = new int[0];
  int templateCount;

  @Nullable PrefixNode child(int key) {
    int mask = keys.length - 1;
    int slot = mix(key) & mask;
    while (true) {
      PrefixNode c = children[slot];
      if (c == null) {
        return null;
      }
      if (keys[slot] == key) {
        return c;
      }
      slot = (slot + 1) & mask;
    }
  }

  PrefixNode addChild(int key) {
    if ((childCount + 1) * 2 > keys.length) {
      grow();
    }
    PrefixNode node = new PrefixNode();
    place(key, node);
    childCount++;
    return node;
  }

  int childCount() {
    return childCount;
  }

  void addTemplate(int id) {
    if (templateCount == templates.length) {
      templates = Arrays.copyOf(templates, Math.max(4, templateCount * 2));
    }
    templates[templateCount++] = id;
  }

  void removeTemplate(int id) {
    for (int i = 0; i < templateCount; i++) {
      if (templates[i] == id) {
        System.arraycopy(templates, i + 1, templates, i, templateCount - i - 1);
        templateCount--;
        return;
      }
    }
  }

  private void grow() {
    int[] oldKeys = keys;
    PrefixNode[] oldChildren = children;
    keys = new int[oldKeys.length * 2];
    children = new PrefixNode[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldChildren[i] != null) {
        place(oldKeys[i], oldChildren[i]);
      }
    }
  }

  private void place(int key, PrefixNode node) {
    int mask = keys.length - 1;
    int slot = mix(key) & mask;
    while (children[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    children[slot] = node;
  }

  private static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
