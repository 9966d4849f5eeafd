package io.dossier.group;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelCutterTest {
  @Test
  void aShortClaimIsItsOwnLabelWithoutTheFullStop() {
    assertThat(LabelCutter.label("Russia sees NATO expansion as a threat to its security."))
        .isEqualTo("Russia sees NATO expansion as a threat to its security");
  }

  @Test
  void aLongClaimIsCutToItsMainClauseAtAClauseBoundary() {
    String claim = "Moscow fears that a NATO presence in Ukraine would undermine Russia's strategic interests, "
        + "erode its sphere of influence, and potentially result in the establishment of hostile military bases.";
    String label = LabelCutter.label(claim);
    assertThat(label).isEqualTo("Moscow fears that a NATO presence in Ukraine would undermine Russia's strategic interests");
    assertThat(claim).contains(label);
  }

  @Test
  void aLeadingAdverbialOrConnectiveIsLeftOut() {
    assertThat(LabelCutter.label("By joining NATO, Ukraine would align itself with Western powers, reducing Russia's leverage."))
        .isEqualTo("Ukraine would align itself with Western powers, reducing Russia's leverage");
    assertThat(LabelCutter.label("However, without membership, the country remains exposed to attack from its neighbour."))
        .isEqualTo("the country remains exposed to attack from its neighbour");
  }

  @Test
  void aNounPhraseOrAPronounClauseIsNoLabel() {
    assertThat(LabelCutter.label("The annexation of Crimea by Russia in the spring of 2014.")).isNull();
    assertThat(LabelCutter.label("Residents of the port city, where the protests started on Friday, were out again."))
        .isEqualTo("Residents of the port city, where the protests started on Friday, were out again");
    // the verb of a relative clause is not the label's: this one would name residents and state nothing
    assertThat(LabelCutter.label("Residents of the port city, where the protests started on Friday, say they have "
        + "shaken off decades of humiliation and repression."))
        .isNotEqualTo("Residents of the port city, where the protests started on Friday");
    assertThat(LabelCutter.label("We have repeatedly said this poses a threat, and we will say it again.")).isNull();
  }
}
