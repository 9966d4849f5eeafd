package io.dossier.group;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhrasesTest {
  @Test
  void namesJoinedByFunctionWordsAreStillNames() {
    assertThat(Phrases.of("The talks between NATO and Russia stalled in the Gulf of Mexico."))
        .filteredOn(p -> p.surface().contains("Russia") || p.surface().contains("Mexico"))
        .isNotEmpty().allMatch(Phrases.Phrase::proper);
  }

  @Test
  void aCommonNounOfANameIsNotOne() {
    assertThat(Phrases.of("The annexation of Crimea changed the region."))
        .filteredOn(p -> p.surface().toLowerCase().contains("annexation"))
        .isNotEmpty().noneMatch(Phrases.Phrase::proper);
  }
}
