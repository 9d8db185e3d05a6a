package dev.rca.benchmarks.loghub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogFormatTest {

  @Test
  void turnsFieldsIntoLazyGroupsAndSpaceRunsIntoWhitespace() {
    LogFormat f = LogFormat.parse("<Date> <Time>, <Level>    <Component>  <Content>");
    assertThat(f.pattern().pattern())
        .isEqualTo("^(?<Date>.*?)\\s+(?<Time>.*?),\\s+(?<Level>.*?)\\s+(?<Component>.*?)\\s+(?<Content>.*?)$");
    assertThat(f.split("2016-09-28 04:30:30, Info                  CBS    Loaded Servicing Stack v6.1\r"))
        .containsExactly("2016-09-28", "04:30:30", "Info", "CBS", "Loaded Servicing Stack v6.1");
  }

  @Test
  void keepsLiteralTextAsRegexSoEscapedPipesAndOptionalGroupsWork() {
    LogFormat pipes = LogFormat.parse("<Time>\\|<Component>\\|<Pid>\\|<Content>");
    assertThat(pipes.split("20171223-22:15:29:606|Step_LSC|30002312|onStandStepChanged 3579"))
        .containsExactly("20171223-22:15:29:606", "Step_LSC", "30002312", "onStandStepChanged 3579");

    LogFormat optional = LogFormat.parse("<Component>(\\[<PID>\\])?: <Content>");
    assertThat(optional.split("sshd[123]: session opened")).containsExactly("sshd", "123", "session opened");
    assertThat(optional.split("kernel: boot ok")).containsExactly("kernel", "", "boot ok");
    assertThat(optional.indexOf("Content")).isEqualTo(2);
  }

  @Test
  void answersNullForALineTheFormatDoesNotMatch() {
    LogFormat f = LogFormat.parse("\\[<Time>\\] \\[<Level>\\] <Content>");
    assertThat(f.split("no brackets here")).isNull();
    assertThat(f.fields()).isEqualTo(List.of("Time", "Level", "Content"));
  }

  @Test
  void rejectsAFieldNameThatIsNotAGroupName() {
    assertThatThrownBy(() -> LogFormat.parse("<Date> <my field>")).hasMessageContaining("my field");
  }

  @Test
  void readsLinesEndedByCrLfOrLfWithoutAFinalNewline() {
    assertThat(ParsedLog.lines("a\r\nb\nc")).containsExactly("a", "b", "c");
    assertThat(ParsedLog.lines("a\r\n")).containsExactly("a");
  }

  @Test
  void readsQuotedCsvCellsWithCommasAndDoubledQuotes() {
    assertThat(StructuredCsv.parse("A,B\r\n1,\"x, \"\"y\"\"\"\r\n2,"))
        .containsExactly(List.of("A", "B"), List.of("1", "x, \"y\""), List.of("2", ""));
  }
}
