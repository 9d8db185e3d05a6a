package dev.rca.analysis.logs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VariableMaskerTest {

  @Test
  void masksCommonVariableShapes() {
    assertThat(VariableMasker.mask("took 250ms and 1.5s for 42 items")).isEqualTo("took <*> and <*> for <*> items");
    assertThat(VariableMasker.mask("from 10.0.0.7:8080 and [2001:db8::1]:443")).isEqualTo("from <*> and [<*>");
    assertThat(VariableMasker.mask("id 123e4567-e89b-12d3-a456-426614174000 hash 0xdeadbeef"))
        .isEqualTo("id <*> hash <*>");
    assertThat(VariableMasker.mask("user \"bob smith\" and 'x y' done")).isEqualTo("user <*> and <*> done");
    assertThat(VariableMasker.mask("mail bob@example.com see https://x.example/a?b=1"))
        .isEqualTo("mail <*> see <*>");
    assertThat(VariableMasker.mask("open /var/data/part-0042.log (retries=3, mode=fast)"))
        .isEqualTo("open /var/data/<*> (retries=<*>, mode=fast)");
  }

  @Test
  void treatsPlaceholdersFromAPreprocessorAndWrittenOutDatesAsVariables() {
    assertThat(VariableMasker.mask("[instance: b<*>-fe<*>a] rhost=<*>.<*> (<*> <*>) at Fri Jun <*>"))
        .isEqualTo("[instance: <*>] rhost=<*> (<*> <*>) at <*> <*> <*>");
  }

  @Test
  void keepsNumericValuesOfMaskedTokens() {
    MaskedMessage m = new MaskedMessage();
    VariableMasker.mask("waited 1.5s size=50 at 10.0.0.1", m);
    assertThat(m.size()).isEqualTo(5);
    assertThat(m.number(1)).isEqualTo(1500.0);
    assertThat(m.token(2)).isEqualTo("size=<*>");
    assertThat(m.number(2)).isEqualTo(50.0);
    assertThat(m.number(4)).isNaN();
  }
}
