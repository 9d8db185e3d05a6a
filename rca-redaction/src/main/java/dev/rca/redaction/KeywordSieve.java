package dev.rca.redaction;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Finds the same keyword occurrences as {@link KeywordAutomaton}, in the same order, while looking
 * at only every other character pair of a line. That matters because a line is nearly always
 * clean: the automaton's walk is one dependent table look-up per character, and on a clean line it
 * was about a third of the redactor's time.
 *
 * <p>A keyword of three or more characters covers two neighbouring pairs at some offset, one of
 * which starts at an even position wherever the keyword lies. Only those two pairs (the rarest in
 * log text, or in the logs at hand when a {@link PairSample} has counted them) go into a set of
 * 65,536 pairs, a byte each, so that testing a pair is one load; a hit at an even position is
 * confirmed against the line's characters. A keyword of one or two characters is sampled the same
 * way with one half of a pair left open (its rarest character and any neighbour), or, when all its
 * characters are common ({@code ::}), found with {@link String#indexOf}, which the JVM vectorises.
 * A pair is read from the low bytes of two characters: an ASCII keyword's bytes are its
 * characters, so other characters can only add candidates, never hide one.
 */
final class KeywordSieve {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INTS =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  /** Sets bit 5 of each byte: folds ASCII capitals to small letters, and a few symbols onto others. */
  private static final int FOLD = 0x20202020;
  /** Ints per entry of a pair: keyword, offset, folded bytes at the pair, and their mask. */
  private static final int ENTRY = 4;
  /** The entry of an IBAN's start: a country code's capitals and a check digit. */
  private static final int IBAN = -1;
  /** Rough share of a character in log text, lower case folded; unlisted printable ones rank 3. */
  private static final String COMMON = " etaoinsrldc0123456789umhp.:=-/fgwy\"bv,k_";
  /** Capitals by how often they start a word in English, most often first. */
  private static final String COMMON_CAPITALS = "SCPAMTBDRFEHILWGNOUKVJYQZX";
  /** Every byte: the open half of a short keyword's pair. */
  private static final char[] ANY = new char[256];

  static {
    for (char c = 0; c < 256; c++) {
      ANY[c] = c;
    }
  }

  /** Characters ranked at most this are rare enough to sample a short keyword by. */
  private static final int RARE = 8;

  private final String[] folded;
  private final String[] exact;
  private final boolean[] caseSensitive;
  private final long[] pairBits = new long[1024];
  /**
   * The set again, a byte per pair (64 KB, of which log text touches a few lines): one load tests
   * a pair, where the bits take a shift for the word, a load and a shift for the bit.
   */
  private final byte[] inSet = new byte[1 << 16];
  /**
   * How many pairs of the set the longs of {@link #pairBits} before each hold: with the bits below
   * a pair's own, its rank among the pairs, which places its entries. Unlike a table of all 65,536
   * pairs, this stays in the first-level cache with the set, and a hit is confirmed from there.
   */
  private final int[] pairsBefore = new int[1024];
  /** Where the entries of each pair start in {@link #pairEntries}, by rank, and where the last ends. */
  private final int[] entriesStart;
  /** Each pair's entries, {@value #ENTRY} ints each, pair by pair in rank order. */
  private final int[] pairEntries;
  private final int[] shortWords;
  /** For the first of several keywords with the same text, all of them; for the others, none. */
  private final int[][] sameText;

  /**
   * A sieve for {@code keywords}, which also points the {@link NumberScanner} at IBANs when asked
   * to: their country codes are the only capitals it needs, and finding them here costs a few more
   * pairs in the set instead of a pass of its own.
   */
  KeywordSieve(List<String> keywords, List<Boolean> caseSensitiveList, boolean ibanStarts) {
    this(keywords, caseSensitiveList, ibanStarts, null);
  }

  /**
   * As {@link #KeywordSieve(List, List, boolean)}, choosing each keyword's pairs by how often
   * each pair occurs in the logs at hand ({@code pairCounts}, from a {@link PairSample}).
   */
  KeywordSieve(List<String> keywords, List<Boolean> caseSensitiveList, boolean ibanStarts,
      int @Nullable [] pairCounts) {
    int k = keywords.size();
    folded = new String[k];
    exact = keywords.toArray(String[]::new);
    caseSensitive = new boolean[k];
    sameText = new int[k][];
    Map<String, Integer> firstWithText = new HashMap<>();
    Map<Integer, int[]> pairs = new HashMap<>(); // entries by pair, while building
    List<Integer> searched = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      if (exact[i].isEmpty() || !exact[i].chars().allMatch(c -> c < 128)) {
        // a keyword's bytes must be its characters (RedactionRule checks users' keywords)
        throw new IllegalArgumentException("keyword '" + exact[i] + "' is not non-empty ASCII");
      }
      caseSensitive[i] = caseSensitiveList.get(i);
      folded[i] = exact[i].toLowerCase(Locale.ROOT);
      String w = folded[i];
      Integer first = firstWithText.putIfAbsent((caseSensitive[i] ? "1" : "0") + exact[i], i);
      if (first != null) {
        sameText[first] = append(sameText[first], i);
        continue; // found, and reported, with the first
      }
      sameText[i] = new int[] {i};
      if (w.length() >= 3) {
        int at = rarestPairs(i, pairs, pairCounts);
        addPair(pairs, i, at);
        addPair(pairs, i, at + 1);
      } else if (w.length() <= 2 && !sampleShort(i)) {
        searched.add(i); // common characters: a vectorised search beats a hit at every other one
      } else if (w.length() == 2 && rarer(exact(i, 0), exact(i, 1))) {
        addPair(pairs, i, 0);
        addPair(pairs, i, -1); // the pair before, ending in the keyword's first character
      } else if (w.length() == 2) {
        addPair(pairs, i, 0);
        addPair(pairs, i, 1); // the pair starting with the keyword's second character
      } else {
        addPair(pairs, i, 0);
        addPair(pairs, i, -1);
      }
    }
    shortWords = searched.stream().mapToInt(Integer::intValue).toArray();
    if (ibanStarts) {
      for (String code : NumberScanner.ibanCountries()) {
        addPairEntry(pairs, code.charAt(0), code.charAt(1), IBAN, 0);
        for (char d = '0'; d <= '9'; d++) {
          addPairEntry(pairs, code.charAt(1), d, IBAN, 1);
        }
      }
    }
    entriesStart = new int[pairs.size() + 1];
    pairEntries = new int[pairs.values().stream().mapToInt(e -> e.length).sum()];
    int rank = 0;
    int filled = 0;
    for (int word = 0; word < pairBits.length; word++) {
      pairsBefore[word] = rank;
      for (long bits = pairBits[word]; bits != 0; bits &= bits - 1) {
        int[] list = pairs.get(word << 6 | Long.numberOfTrailingZeros(bits));
        entriesStart[rank++] = filled;
        System.arraycopy(list, 0, pairEntries, filled, list.length);
        filled += list.length;
      }
    }
    entriesStart[rank] = filled;
  }

  /**
   * Whether the sieve finds what the automaton finds: a short keyword is searched verbatim, so it
   * must not have a case to fold.
   */
  static boolean handles(List<String> keywords, List<Boolean> caseSensitive) {
    for (int i = 0; i < keywords.size(); i++) {
      String w = keywords.get(i);
      if (w.length() <= 2 && !caseSensitive.get(i)
          && !w.toLowerCase(Locale.ROOT).equals(w.toUpperCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The offset of the two neighbouring pairs of a keyword least likely to occur in a log line: by
   * {@code counts} when given (a pair already in the set costs nothing more), ties and unseen
   * pairs settled by how common each character is in log text.
   */
  private int rarestPairs(int keyword, Map<Integer, int[]> chosen, int @Nullable [] counts) {
    String w = caseSensitive[keyword] ? exact[keyword] : folded[keyword];
    int best = 0;
    long bestScore = Long.MAX_VALUE;
    for (int j = 0; j + 2 < w.length(); j++) {
      long score = likelihood(w, j) + likelihood(w, j + 1);
      if (counts != null) {
        // a character rank product is below 2^12; counts outweigh it
        score += (seen(keyword, j, chosen, counts) + seen(keyword, j + 1, chosen, counts)) << 13;
      }
      if (score < bestScore) {
        best = j;
        bestScore = score;
      }
    }
    return best;
  }

  /** How often the pair at {@code offset} of a keyword, in any of its cases, was seen, if new. */
  private long seen(int keyword, int offset, Map<Integer, int[]> chosen, int[] counts) {
    long sum = 0;
    String w = folded[keyword];
    for (char x : variants(keyword, offset, w.charAt(offset))) {
      for (char y : variants(keyword, offset + 1, w.charAt(offset + 1))) {
        int v = (x & 0xFF) | (y & 0xFF) << 8;
        sum += chosen.containsKey(v) ? 0 : counts[v];
      }
    }
    return sum;
  }

  private static long likelihood(String w, int j) {
    return (long) rank(w.charAt(j)) * rank(w.charAt(j + 1));
  }

  /** A keyword's character as it must appear: capitals of a case-sensitive one rank rare. */
  private char exact(int keyword, int i) {
    return caseSensitive[keyword] ? exact[keyword].charAt(i) : folded[keyword].charAt(i);
  }

  /** Whether a keyword of one or two characters has one rare enough to sample it by. */
  private boolean sampleShort(int keyword) {
    int rarest = Integer.MAX_VALUE;
    for (int c = 0; c < exact[keyword].length(); c++) {
      rarest = Math.min(rarest, rank(exact(keyword, c)));
    }
    return rarest <= RARE;
  }

  /**
   * Whether {@code a} is at most as common as {@code b}: by {@link #rank}, then for two capitals
   * by how often they start a word ({@code S} in Service, Servlet, SQL), since a capital is
   * sampled wherever it stands after any character.
   */
  private static boolean rarer(char a, char b) {
    if (rank(a) != rank(b)) {
      return rank(a) < rank(b);
    }
    return COMMON_CAPITALS.indexOf(a) >= COMMON_CAPITALS.indexOf(b);
  }

  private static int rank(char c) {
    int i = COMMON.indexOf(c);
    return i < 0 ? 3 : 3 + COMMON.length() - i;
  }

  /**
   * Adds the pair starting at {@code offset} of a keyword; a half outside the keyword (offset -1,
   * or the last character's successor) matches any character.
   */
  private void addPair(Map<Integer, int[]> pairs, int keyword, int offset) {
    String w = folded[keyword];
    char[] firsts = offset < 0 ? ANY : variants(keyword, offset, w.charAt(offset));
    char[] seconds =
        offset + 1 >= w.length() ? ANY : variants(keyword, offset + 1, w.charAt(offset + 1));
    for (char x : firsts) {
      for (char y : seconds) {
        addPairEntry(pairs, x, y, keyword, offset);
      }
    }
  }

  private void addPairEntry(Map<Integer, int[]> pairs, char x, char y, int keyword, int offset) {
    int v = (x & 0xFF) | (y & 0xFF) << 8;
    pairBits[v >>> 6] |= 1L << v;
    inSet[v] = 1;
    pairs.put(v, entry(pairs.get(v), keyword, offset));
  }

  private static int[] append(int @Nullable [] list, int value) {
    int[] old = list == null ? new int[0] : list;
    int[] grown = Arrays.copyOf(old, old.length + 1);
    grown[old.length] = value;
    return grown;
  }

  /**
   * Adds an entry: the keyword, its offset from the pair, and the four bytes from the pair's start
   * folded as {@link #FOLD} does, with a mask over those that belong to the keyword. One load of
   * the line's bytes at a hit then rejects most entries of a pair that many keywords share.
   */
  private int[] entry(int @Nullable [] entries, int keyword, int offset) {
    int[] old = entries == null ? new int[0] : entries;
    for (int e = 0; e < old.length; e += ENTRY) {
      if (old[e] == keyword && old[e + 1] == offset) {
        return old; // one IBAN entry serves every country code ending in the same letter
      }
    }
    int quad = 0;
    int mask = 0;
    String w = keyword == IBAN ? "" : folded[keyword];
    for (int i = 0; i < 4; i++) {
      int at = i + offset;
      if (at >= 0 && at < w.length()) {
        quad |= ((w.charAt(at) | 0x20) & 0xFF) << (8 * i);
        mask |= 0xFF << (8 * i);
      }
    }
    int[] grown = Arrays.copyOf(old, old.length + ENTRY);
    grown[old.length] = keyword;
    grown[old.length + 1] = offset;
    grown[old.length + 2] = quad;
    grown[old.length + 3] = mask;
    return grown;
  }

  /** The characters that match position {@code i} of a keyword: both cases unless exact. */
  private char[] variants(int keyword, int i, char lower) {
    if (caseSensitive[keyword]) {
      return new char[] {exact[keyword].charAt(i)};
    }
    char upper = lower >= 'a' && lower <= 'z' ? (char) (lower - 32) : lower;
    return upper == lower ? new char[] {lower} : new char[] {lower, upper};
  }

  /**
   * Reports every keyword occurrence in {@code text}, whose {@link LineBytes} are given; returns
   * whether any was reported.
   */
  boolean scan(String text, byte[] bytes, KeywordAutomaton.Hits hits) {
    return scan(text, bytes, hits, new Findings());
  }

  /** As {@link #scan(String, byte[], KeywordAutomaton.Hits)}, gathering hits in {@code found}. */
  boolean scan(String text, byte[] bytes, KeywordAutomaton.Hits hits, Findings found) {
    int n = text.length();
    // four pairs from each long; the bytes run past the line in zeros, so a pair at the last
    // character ends in one and pairs past the end are all zero
    final byte[] set = inSet;
    for (int p = 0; p < n; p += 8) {
      long w = (long) LONGS.get(bytes, p);
      int v0 = (int) w & 0xFFFF;
      int v1 = (int) (w >>> 16) & 0xFFFF;
      int v2 = (int) (w >>> 32) & 0xFFFF;
      int v3 = (int) (w >>> 48);
      int b0 = set[v0];
      int b1 = set[v1];
      int b2 = set[v2];
      int b3 = set[v3];
      if ((b0 | b1 | b2 | b3) != 0) {
        confirmWord(text, bytes, p, w, b0 | b1 << 1 | b2 << 2 | b3 << 3, found, hits);
      }
    }
    for (int kw : shortWords) {
      for (int at = text.indexOf(exact[kw]); at >= 0; at = text.indexOf(exact[kw], at + 1)) {
        for (int same : sameText[kw]) {
          found.add(at, at + exact[kw].length(), same);
        }
      }
    }
    if (found.isEmpty()) {
      return false;
    }
    report(found, hits);
    return true;
  }

  /**
   * Confirms the pairs of the long at {@code p} that are in the set ({@code setPairs}, a bit for
   * each of the four): kept out of the loop, which stays small.
   */
  private void confirmWord(String text, byte[] bytes, int p, long w, int setPairs, Findings found,
      KeywordAutomaton.Hits hits) {
    for (int set = setPairs; set != 0; set &= set - 1) {
      int k = Integer.numberOfTrailingZeros(set);
      int at = p + 2 * k;
      if (at < text.length()) {
        int v = (int) (w >>> (16 * k)) & 0xFFFF;
        int rank = pairsBefore[v >>> 6] + Long.bitCount(pairBits[v >>> 6] & ((1L << v) - 1));
        confirm(text, bytes, at, entriesStart[rank], entriesStart[rank + 1], found, hits);
      }
    }
  }

  /** Confirms the entries {@code [from, to)} of the pair at {@code p}. */
  private void confirm(String text, byte[] bytes, int p, int from, int to, Findings found,
      KeywordAutomaton.Hits hits) {
    int quad = (int) INTS.get(bytes, p) | FOLD;
    int[] entries = pairEntries;
    for (int e = from; e < to; e += ENTRY) {
      if ((quad & entries[e + 3]) != entries[e + 2]) {
        continue;
      }
      int kw = entries[e];
      int start = p - entries[e + 1];
      if (kw == IBAN) {
        if (start >= 0 && start + 2 < text.length() && isDigit(text.charAt(start + 2))
            && NumberScanner.ibanCountry(text.charAt(start), text.charAt(start + 1))) {
          hits.numberStart(start + 2);
        }
      } else if (start >= 0 && occursAt(text, kw, start)) {
        for (int same : sameText[kw]) {
          found.add(start, start + exact[kw].length(), same);
        }
      }
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }


  private boolean occursAt(String text, int kw, int start) {
    if (caseSensitive[kw]) {
      return text.startsWith(exact[kw], start);
    }
    return AsciiCase.startsWith(text, start, text.length(), folded[kw]);
  }

  /** In the automaton's order: by end, then the longer keyword, then the earlier one. */
  private static void report(Findings found, KeywordAutomaton.Hits hits) {
    // hits of the sampled pass come in nearly this order, those found by indexOf after them
    int[] order = found.indices();
    Findings.sort(order, order.length,
        (a, b) -> after(found, a, b) ? 1 : after(found, b, a) ? -1 : 0);
    for (int i : order) {
      hits.hit(found.rule[i], found.start[i], found.end[i]);
    }
  }

  private static boolean after(Findings f, int a, int b) {
    if (f.end[a] != f.end[b]) {
      return f.end[a] > f.end[b];
    }
    if (f.start[a] != f.start[b]) {
      return f.start[a] > f.start[b];
    }
    return f.rule[a] > f.rule[b];
  }
}
