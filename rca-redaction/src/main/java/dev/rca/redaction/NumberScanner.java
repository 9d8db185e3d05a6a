package dev.rca.redaction;

import java.util.ArrayList;
import java.util.List;

/**
 * Payment cards, phone numbers, IPv4 addresses and IBANs in one hand-written pass over digit runs.
 * Nearly every log line has digits (timestamps, ids, durations), so these rules cannot wait for a
 * keyword; instead a run of digits and single separators is cut out and judged by shape:
 *
 * <ul>
 *   <li>card: 13-19 digits, spaces or dashes only, a known issuer prefix, Luhn checksum;
 *   <li>phone: {@code +} and 8-15 digits (E.164), North American {@code (415) 555-2671},
 *       {@code 415-555-2671}, {@code 415.555.2671}, or a national number with a trunk 0 written in
 *       groups ({@code 020 7946 0958}); bare digit strings are ids, not phones;
 *   <li>IPv4: four dot-separated numbers up to 255;
 *   <li>IBAN: a country code with its registered length and the mod-97 check.
 * </ul>
 *
 * A run glued to letters or to {@code _} (block ids, hashes, versions like {@code v1.2.3.4}) is
 * not judged at all.
 */
final class NumberScanner {
  /** Registered IBAN length by country code, {@code [26 * (a - 'A') + (b - 'A')]}; 0 for none. */
  private static final byte[] IBAN_LENGTHS = ibanLengths();
  /** Longer than any number judged here: "+44 (0) 20 7946 0958 ext" is 24 characters. */
  private static final int MAX_RUN = 48;

  private final int cardRule;
  private final int phoneRule;
  private final int ipRule;
  private final int ibanRule;

  /** Rule indices, or -1 for a rule that is off. */
  NumberScanner(int cardRule, int phoneRule, int ipRule, int ibanRule) {
    this.cardRule = cardRule;
    this.phoneRule = phoneRule;
    this.ipRule = ipRule;
    this.ibanRule = ibanRule;
  }

  /** The country codes with a registered IBAN length, such as {@code GB}. */
  static List<String> ibanCountries() {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < IBAN_LENGTHS.length; i++) {
      if (IBAN_LENGTHS[i] != 0) {
        codes.add("" + (char) ('A' + i / 26) + (char) ('A' + i % 26));
      }
    }
    return codes;
  }

  /** Whether {@code ab} is a country code with a registered IBAN length. */
  static boolean ibanCountry(char a, char b) {
    return a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z'
        && IBAN_LENGTHS[26 * (a - 'A') + (b - 'A')] != 0;
  }

  boolean active() {
    return cardRule >= 0 || phoneRule >= 0 || ipRule >= 0 || ibanRule >= 0;
  }

  /**
   * Judges the runs that {@link NumberCandidates} points into, and those at {@code ibanStarts}
   * (every digit after an IBAN country code, as {@link KeywordSieve} finds them).
   */
  void scan(String text, byte[] bytes, IntList ibanStarts, Findings out) {
    long[] candidates = NumberCandidates.of(bytes, text.length());
    judge(text, withIbanStarts(candidates, ibanStarts), out, new int[8], new char[8]);
  }

  /** As {@link #scan(String, byte[], IntList, Findings)}, in the buffers of {@code scratch}. */
  void scan(String text, byte[] bytes, LineScratch scratch, Findings out) {
    long[] candidates = NumberCandidates.of(bytes, text.length(),
        scratch.numberBits(NumberCandidates.longs(text.length())));
    judge(text, withIbanStarts(candidates, scratch.ibanStarts), out, scratch.groupSizes,
        scratch.groupSeparators);
  }

  private static long[] withIbanStarts(long[] candidates, IntList ibanStarts) {
    for (int k = 0; k < ibanStarts.size; k++) {
      int at = ibanStarts.values[k];
      candidates[at >>> 6] |= 1L << at;
    }
    return candidates;
  }

  /**
   * Judges runs in the order a character-by-character pass would, but only where a candidate bit
   * (one per character, 64 to a long) is set: each run holding one, entered where that pass would
   * enter it, and then the next candidate at or past where the pass would go on. With a bit at
   * every digit, this is that pass; a run without a bit is one it would judge, reject and leave at
   * its end.
   */
  void judge(String text, long[] candidates, Findings out) {
    judge(text, candidates, out, new int[8], new char[8]);
  }

  private void judge(String text, long[] candidates, Findings out, int[] size, char[] sep) {
    int n = text.length();
    int blocks = (n + 63) >>> 6;
    int resume = 0;
    for (int b = 0; b < blocks; b++) {
      long bits = candidates[b];
      while (bits != 0) {
        int i = (b << 6) + Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        if (i < resume || i >= n || !isDigit(text.charAt(i))) {
          continue; // behind the pass, or not a digit (the bytes are only the chars' low bytes)
        }
        int start = runStart(text, i, resume);
        resume = judgeFrom(text, start, out, size, sep);
        if (resume >= (b + 1) << 6) {
          break;
        }
        bits &= -1L << (resume & 63); // the candidates the pass went past
      }
    }
  }

  /**
   * Where a character-by-character pass enters the run holding {@code i}: its first digit, or the
   * first digit at or after {@code resume} when the pass went on from inside the run.
   */
  private static int runStart(String text, int i, int resume) {
    int s = i;
    while (s > resume) {
      char c = text.charAt(s - 1);
      if (isDigit(c)) {
        s--;
      } else if (s - 2 >= resume && (c == ' ' || c == '-' || c == '.' || c == ')')
          && isDigit(text.charAt(s - 2))) {
        s -= 2;
      } else if (s - 3 >= resume && c == ' ' && text.charAt(s - 2) == ')'
          && isDigit(text.charAt(s - 3))) {
        s -= 3;
      } else {
        break;
      }
    }
    return s; // every step lands on a digit
  }

  /** Judges the run entered at digit {@code i}; returns where the pass goes on. */
  private int judgeFrom(String text, int i, Findings out, int[] size, char[] sep) {
    long run = runEnd(text, i);
    int end = (int) run;
    int before = out.size;
    int next = judge(text, i, end, out, size, sep);
    int space = (int) (run >>> 32);
    if (out.size == before && space > 0) {
      // "1:2:3 10.0.0.1": the run swallowed a neighbour; judge again from the next space
      next = space + 1;
    }
    return Math.max(next, i + 1);
  }

  /**
   * Digits joined by single separators that are followed by a digit (or by a digit after ") "):
   * where the run ends, and in the high half where its first space is (0 for none).
   */
  private static long runEnd(String text, int from) {
    // capped, so that judging again from each space stays linear in the line
    int n = (int) Math.min(text.length(), (long) from + MAX_RUN);
    int j = from;
    int space = 0;
    while (j < n) {
      char d = text.charAt(j);
      if (isDigit(d)) {
        j++;
      } else if ((d == ' ' || d == '-' || d == '.' || d == ')') && j + 1 < n
          && isDigit(text.charAt(j + 1))) {
        space = space == 0 && d == ' ' ? j : space;
        j++;
      } else if (d == ')' && j + 2 < n && text.charAt(j + 1) == ' '
          && isDigit(text.charAt(j + 2))) {
        space = space == 0 ? j + 1 : space;
        j += 2;
      } else {
        break;
      }
    }
    return j | (long) space << 32;
  }

  /** Judges one run; returns where scanning goes on (past an IBAN, which may outrun the run). */
  private int judge(String text, int digitStart, int end, Findings out, int[] size,
      char[] sep) {
    if (ibanRule >= 0 && digitStart >= 2 && end - digitStart >= 2) {
      int ibanEnd = iban(text, digitStart - 2);
      if (ibanEnd > 0) {
        out.add(digitStart - 2, ibanEnd, ibanRule);
        return ibanEnd;
      }
    }
    int start = digitStart;
    char before = digitStart > 0 ? text.charAt(digitStart - 1) : ' ';
    boolean plus = before == '+';
    boolean paren = before == '(';
    if (plus || paren) {
      start--;
      before = start > 0 ? text.charAt(start - 1) : ' ';
    }
    if (isWordChar(before) || ((before == '-' || before == '.') && start > 1
        && isWordChar(text.charAt(start - 2)))) {
      return end;
    }
    if (end < text.length() && (isWordChar(text.charAt(end)) || text.charAt(end) == '@')) {
      return end;
    }
    if (end - digitStart < 4) {
      return end; // fewer than four digits: nothing below accepts it
    }
    // groups of digits and the separator before each
    int digits = 0;
    int groups = 0;
    char pending = 0;
    for (int j = digitStart; j < end; j++) {
      char d = text.charAt(j);
      if (isDigit(d)) {
        if (digits == 0 || pending != 0) {
          if (groups == size.length) {
            return end; // more than eight groups: a table of numbers, not one value
          }
          sep[groups] = pending;
          size[groups] = 0;
          groups++;
          pending = 0;
        }
        size[groups - 1]++;
        digits++;
      } else {
        pending = pending == ')' ? ')' : d;
      }
    }
    if (digits < 4) {
      return end;
    }
    if (ipRule >= 0 && !plus && !paren && ipv4(text, digitStart, groups, size, sep)) {
      out.add(digitStart, end, ipRule);
    } else if (cardRule >= 0 && !plus && !paren && card(text, digitStart, end, digits, groups,
        sep)) {
      out.add(digitStart, end, cardRule);
    } else if (phoneRule >= 0 && phone(text, digitStart, plus, paren, digits, groups, size, sep)) {
      out.add(start, end, phoneRule);
    }
    return end;
  }

  private static boolean ipv4(String text, int from, int groups, int[] size, char[] sep) {
    if (groups != 4) {
      return false;
    }
    int pos = from;
    for (int g = 0; g < 4; g++) {
      if ((g > 0 && sep[g] != '.') || size[g] > 3) {
        return false;
      }
      int v = Integer.parseInt(text, pos, pos + size[g], 10);
      if (v > 255 || (size[g] > 1 && text.charAt(pos) == '0')) {
        return false;
      }
      pos += size[g] + 1;
    }
    return true;
  }

  private static boolean card(String text, int from, int end, int digits, int groups,
      char[] sep) {
    if (digits < 13 || digits > 19) {
      return false;
    }
    for (int g = 1; g < groups; g++) {
      if (sep[g] != sep[1] || (sep[g] != ' ' && sep[g] != '-')) {
        return false;
      }
    }
    StringBuilder d = new StringBuilder(digits);
    for (int j = from; j < end; j++) {
      char c = text.charAt(j);
      if (isDigit(c)) {
        d.append(c);
      }
    }
    return knownIssuer(d, digits) && Plausibility.luhn(d);
  }

  /** Visa, Mastercard, Amex, Discover, Diners, JCB, UnionPay, Maestro prefixes and lengths. */
  private static boolean knownIssuer(CharSequence d, int len) {
    int two = (d.charAt(0) - '0') * 10 + (d.charAt(1) - '0');
    int four = two * 100 + (d.charAt(2) - '0') * 10 + (d.charAt(3) - '0');
    return switch (d.charAt(0)) {
      case '4' -> len == 13 || len == 16 || len == 19;
      case '5' -> (two >= 51 && two <= 55 && len == 16) || ((two == 50 || two >= 56) && len >= 12);
      case '2' -> four >= 2221 && four <= 2720 && len == 16;
      case '3' -> ((two == 34 || two == 37) && len == 15) || ((two == 36 || two == 38
          || (four >= 3000 && four <= 3059)) && len == 14) || (four >= 3528 && four <= 3589
          && len >= 16);
      case '6' -> (four == 6011 || two == 65 || (four >= 6440 && four <= 6499) || two == 62
          || two == 67) && len >= 16;
      default -> false;
    };
  }

  private static boolean phone(String text, int from, boolean plus, boolean paren, int digits,
      int groups, int[] size, char[] sep) {
    for (int g = 1; g < groups; g++) {
      if (sep[g] == '.' && (plus || paren)) {
        return false;
      }
    }
    if (plus) {
      return digits >= 8 && digits <= 15 && text.charAt(from) != '0';
    }
    if (paren) {
      return groups == 3 && size[0] == 3 && size[1] == 3 && size[2] == 4 && sep[1] == ')'
          && sep[2] == '-';
    }
    if (groups == 3 && size[0] == 3 && size[1] == 3 && size[2] == 4 && sep[1] == sep[2]
        && text.charAt(from) >= '2') {
      return true;
    }
    if (text.charAt(from) == '0' && groups >= 3 && groups <= 5 && digits >= 10
        && digits <= 11 && size[0] >= 2 && size[0] <= 5) {
      for (int g = 1; g < groups; g++) {
        if (sep[g] != sep[1] || (sep[g] != ' ' && sep[g] != '-') || size[g] < 2
            || size[g] > 4) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** The end of an IBAN starting at {@code at}, or -1. */
  private static int iban(String text, int at) {
    char a = text.charAt(at);
    char b = text.charAt(at + 1);
    if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z'
        || (at > 0 && isWordChar(text.charAt(at - 1)))) {
      return -1;
    }
    int length = IBAN_LENGTHS[26 * (a - 'A') + (b - 'A')];
    if (length == 0) {
      return -1;
    }
    StringBuilder compact = new StringBuilder(34);
    int j = at;
    int n = text.length();
    while (j < n && compact.length() < length) {
      char c = text.charAt(j);
      if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
        compact.append(c);
        j++;
      } else if (c == ' ' && j + 1 < n && compact.length() % 4 == 0) {
        j++;
      } else {
        break;
      }
    }
    if (compact.length() != length || (j < n && isWordChar(text.charAt(j)))) {
      return -1;
    }
    return Plausibility.ibanChecksum(compact.toString()) ? j : -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isWordChar(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        || c == '_';
  }

  private static byte[] ibanLengths() {
    String table = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28"
        + " CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18"
        + " GR27 GT28 HN28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21"
        + " LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23"
        + " PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23"
        + " ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30";
    byte[] lengths = new byte[26 * 26];
    for (String e : table.split(" ")) {
      lengths[26 * (e.charAt(0) - 'A') + (e.charAt(1) - 'A')] = Byte.parseByte(e.substring(2));
    }
    return lengths;
  }
}
