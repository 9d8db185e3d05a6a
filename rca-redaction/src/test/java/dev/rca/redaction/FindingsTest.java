package dev.rca.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FindingsTest {
  @Test
  void sortsLikeAStableSortAtEverySize() {
    Random random = new Random(5);
    for (int count : new int[] {0, 1, 2, 7, 32, 33, 200}) {
      int[] keys = random.ints(count, 0, 6).toArray(); // few keys: many ties
      int[] indices = new int[count];
      Integer[] expected = new Integer[count];
      for (int i = 0; i < count; i++) {
        indices[i] = i;
        expected[i] = i;
      }
      Arrays.sort(expected, Comparator.comparingInt(i -> keys[i])); // stable, as documented
      Findings.sort(indices, count, (a, b) -> Integer.compare(keys[a], keys[b]));
      assertThat(indices).as("%d entries", count)
          .containsExactly(Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
    }
  }

  @Test
  void sortsOnlyTheFirstCountIndices() {
    for (int count : new int[] {3, 40}) {
      int[] indices = new int[count + 3];
      for (int i = 0; i < indices.length; i++) {
        indices[i] = indices.length - 1 - i; // descending
      }
      Findings.sort(indices, count, Integer::compare);
      for (int i = 0; i < count; i++) {
        assertThat(indices[i]).isEqualTo(indices.length - count + i);
      }
      assertThat(indices[count]).isEqualTo(2); // the tail as it was
      assertThat(indices[count + 2]).isEqualTo(0);
    }
  }
}
