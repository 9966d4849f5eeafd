package io.dossier.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelerTest {
  @Test
  void theLabelIsANounPhraseSharedByTheGroupsSourcesNotTheFirstWordsOfASentence() {
    List<String[]> buffer = List.of(
        new String[] {"a", "Officials in Moscow have long described the region as a buffer zone against the alliance."},
        new String[] {"b", "For decades the Kremlin has wanted a buffer zone on its western border."},
        new String[] {"c", "Analysts say the demand for a buffer zone reflects old fears of invasion."});
    List<String[]> energy = List.of(
        new String[] {"a", "Gas pipelines crossing the country give it leverage over energy prices in Europe."},
        new String[] {"d", "Control of the gas pipelines has been a source of tension for years."});
    List<String> labels = new Labeler(Set.of("russia", "ukrain", "nato", "join")).label(List.of(buffer, energy));
    assertThat(labels).hasSize(2);
    assertThat(labels.get(0)).isEqualToIgnoringCase("buffer zone");
    assertThat(labels.get(1)).isEqualToIgnoringCase("gas pipelines");
  }

  @Test
  void aPhraseMadeOnlyOfTheQuestionsWordsIsPassedOverForOneThatNamesAReason() {
    List<String[]> group = List.of(
        new String[] {"a", "Ukraine's NATO membership would bring missile sites close to the capital."},
        new String[] {"b", "Ukraine's NATO membership, officials say, would put missile sites within minutes of Moscow."},
        new String[] {"c", "The fear is that missile sites could be placed near the border."});
    List<String> labels = new Labeler(Set.of("ukrain", "nato", "membership")).label(List.of(group));
    assertThat(labels.get(0)).containsIgnoringCase("missile site");
  }

  @Test
  void aPhraseOfTimeOrPlaceInGeneralIsPassedOverForOneThatNamesAReason() {
    List<String[]> group = List.of(
        new String[] {"a", "Injuries in the zone fell by a third in the year after the road closures."},
        new String[] {"b", "In the year after the road closures, fewer children were hurt on the way to school."},
        new String[] {"c", "Road closures mean fewer collisions, the council says."});
    List<String> labels = new Labeler(Set.of("citi", "car")).label(List.of(group));
    assertThat(labels.get(0)).doesNotContainIgnoringCase("year").containsIgnoringCase("road closure");
  }

  @Test
  void labelsStartWithACapitalLetter() {
    List<String[]> group = List.of(new String[] {"a", "the old harbour wall collapsed after the storm."},
        new String[] {"b", "Repairs to the old harbour wall will take a year."});
    assertThat(new Labeler(Set.of()).label(List.of(group)).get(0)).matches("\\p{Lu}.*");
  }

  @Test
  void anEmptyPileOfGroupsGivesNoLabels() {
    assertThat(new Labeler(Set.of()).label(List.of())).isEmpty();
  }
}
