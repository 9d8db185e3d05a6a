package dev.rca.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The digit-run pass: which runs it judges, and which belong to a word or to a judged run. */
class NumberScannerTest {
  private static final int CARD = 0;
  private static final int PHONE = 1;
  private static final int IP = 2;
  private static final int IBAN = 3;
  private final NumberScanner scanner = new NumberScanner(CARD, PHONE, IP, IBAN);

  /** Each finding as "rule:text". */
  private List<String> found(String line) {
    Findings out = new Findings();
    scanner.scan(line, out);
    List<String> spans = new ArrayList<>();
    for (int i = 0; i < out.size; i++) {
      spans.add(out.rule[i] + ":" + line.substring(out.start[i], out.end[i]));
    }
    return spans;
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
}
