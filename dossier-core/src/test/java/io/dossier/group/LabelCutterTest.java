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
  void aLabelNeverStopsWhereItsSentenceGoesOn() {
    String conj = "The mayor was fined twice for speeding and, in addition to a suspended licence and a course, "
        + "will have to pay the costs.";
    // no clause of it stands alone within the word limit: it has no label (it cannot be a key point)
    assertThat(LabelCutter.label(conj)).isNull();
    String opened = "The islanders then lived for years without a passport of their own, and now, like their "
        + "neighbours, have no vote in the capital.";
    assertThat(LabelCutter.label(opened)).isEqualTo("The islanders then lived for years without a passport of their own");
  }

  @Test
  void aLabelHoldsBothParenthesesOrNeither() {
    String label = LabelCutter.label("(Wire) The senator praised the bishop for his work with the poor on Sunday.");
    assertThat(label).isEqualTo("The senator praised the bishop for his work with the poor on Sunday");
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

  @Test
  void aConjunctionBetweenPhrasesIsNoCut() {
    String claim = "Furthermore, membership is seen as a means of ensuring the country's political "
        + "and economic stability, as officials in the capital have argued for a decade or more.";
    assertThat(LabelCutter.label(claim))
        .isEqualTo("membership is seen as a means of ensuring the country's political and economic stability");
    // too long whole, and never cut inside the phrase: no label
    assertThat(LabelCutter.label("Furthermore, NATO membership is seen as a means of ensuring the country's long-term "
        + "political and economic stability, as officials in the capital have argued for a decade or more.")).isNull();
  }

  @Test
  void aNounWithARelativeClauseStatesNothing() {
    assertThat(LabelCutter.label("Membership has been a cornerstone of this ambition, a move that the government "
        + "believes will ensure its sovereignty and security")).isEqualTo("Membership has been a cornerstone of this ambition");
    assertThat(LabelCutter.label("Four months later, the army invaded the country, destroying its forces, and humiliating "
        + "a president, Mikheil Saakashvili, who had openly courted membership, actions which sparked condemnation."))
        .doesNotContain("Saakashvili");
    assertThat(LabelCutter.label("The fact that the alliance expanded eastwards angered the Kremlin"))
        .isEqualTo("The fact that the alliance expanded eastwards angered the Kremlin");
  }

  @Test
  void aLabelNeverStopsInsideAClauseItOpened() {
    String claim = "To address these concerns, the founding act was signed in 1997, a political agreement stating "
        + "explicitly that: \u201cthe two do not consider each other as adversaries\u201d.";
    assertThat(LabelCutter.label(claim)).isEqualTo("the founding act was signed in 1997");
    assertThat(LabelCutter.label("Membership is viewed as a guarantee that the alliance's defence clause, enshrined in "
        + "its treaty, will shield the country from attack.")).doesNotEndWith("defence clause");
  }

  @Test
  void aCommaInsideANumberIsNoBoundary() {
    assertThat(LabelCutter.label("The station said the mother counted 2,400 texts in two weeks."))
        .isEqualTo("The station said the mother counted 2,400 texts in two weeks");
  }
}
