package dev.rca.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The digit-run pass: which runs it judges, and which belong to a word or to a judged run. */
class NumberScannerTest {
  private static final int CARD = 0;
  private static final int PHONE = 1;
  private static final int IP = 2;
  private static final int IBAN = 3;
  private static final KeywordSieve IBAN_STARTS = new KeywordSieve(List.of(), List.of(), true);
  private final NumberScanner scanner = new NumberScanner(CARD, PHONE, IP, IBAN);

  /** Each finding as "rule:text". */
  private List<String> found(String line) {
    // the IBAN starts as the redactor finds them, on the keyword sieve's pass
    IntList ibanStarts = new IntList();
    byte[] bytes = LineBytes.of(line);
    IBAN_STARTS.scan(line, bytes, new KeywordAutomaton.Hits() {
      @Override
      public void hit(int keyword, int start, int end) {}

      @Override
      public void numberStart(int at) {
        ibanStarts.add(at);
      }
    });
    Findings out = new Findings();
    scanner.scan(line, bytes, ibanStarts, out);
    return spans(line, out);
  }

  @Test
  void findsNothingInTimestampsDurationsAndHexIds() {
    assertThat(found("2025-03-12T10:11:12.123Z INFO took 12 ms trace=4bf92f3577b34da6a3ce929d0e0e4736"
        + " status=200 size=4202")).isEmpty();
  }

  @Test
  void judgesTheNumberAfterASpaceInsideARunGluedToAWord() {
    assertThat(found("id7 4111 1111 1111 1111")).containsExactly(CARD + ":4111 1111 1111 1111");
  }

  @Test
  void findsAnIpv4AddressOfSingleDigitGroups() {
    assertThat(found("10:11:12 peer 1.2.3.4 up")).containsExactly(IP + ":1.2.3.4");
  }

  @Test
  void findsAnIbanWhoseCheckDigitsAreATwoDigitRun() {
    assertThat(found("to GB82WEST12345698765432 ok")).containsExactly(
        IBAN + ":GB82WEST12345698765432");
  }

  @Test
  void judgesDigitsRightAfterAnIbanAndAParenthesis() {
    assertThat(found("DE89 3704 0044 0532 0130 00)020 7946 0958")).containsExactly(
        IBAN + ":DE89 3704 0044 0532 0130 00", PHONE + ":020 7946 0958");
  }

  @Test
  void treatsDigitsAfterAParenthesisInsideAWordGluedRunAsPartOfThatRun() {
    // the run "1)4111 1111" belongs to the word "a1"; only the number after its space is judged
    assertThat(found("a1)4111 1111 1111 1111")).isEmpty();
    assertThat(found("x)4111 1111 1111 1111")).containsExactly(CARD + ":4111 1111 1111 1111");
  }

  @Test
  void judgesWhatAPassOverEveryDigitJudges() {
    Random random = new Random(5);
    String[] pieces = {"0", "1", "7", "4111", "10.0.0.", "255", " ", "-", ".", ")", "(", "+", "a",
        "_", "GB", "82", "DE89 3704 0044 0532 0130 00", "4111 1111 1111 1111", "+44 20 7946 0958",
        "(415) 555-2671", "415.555.2671", "020 7946 0958", "1.2.3.4", ":", "\u0131", "T"};
    for (int line = 0; line < 20_000; line++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(24); k >= 0; k--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      long[] everyDigit = new long[(text.length() + 63) / 64 + 1];
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          everyDigit[i >>> 6] |= 1L << i;
        }
      }
      Findings all = new Findings();
      scanner.judge(text, everyDigit, all);
      assertThat(found(text)).as(text).isEqualTo(spans(text, all));
    }
  }

  private static List<String> spans(String line, Findings out) {
    List<String> spans = new ArrayList<>();
    for (int i = 0; i < out.size; i++) {
      spans.add(out.rule[i] + ":" + line.substring(out.start[i], out.end[i]));
    }
    return spans;
  }
}
