package io.dossier.group;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SidesTest {
  private static final Sides RUSSIA = Sides.of("Why does Russia not want Ukraine to join NATO?");

  @Test
  void readsAnOppositionQuestion() {
    assertThat(RUSSIA.opposition()).isTrue();
    assertThat(Sides.of("Why does Russia oppose NATO expansion?").opposition()).isTrue();
    assertThat(Sides.of("Why are cities banning cars from their centres?").opposition()).isFalse();
  }

  @Test
  void whatTheOtherPartyWantsOrSaysIsTheOtherSide() {
    assertThat(RUSSIA.otherSide("Ukraine has long sought membership of the alliance as a guarantee of its security.")).isTrue();
    assertThat(RUSSIA.otherSide("NATO insists that its door remains open to any European democracy.")).isTrue();
    assertThat(RUSSIA.otherSide("Kyiv's interest in joining NATO has grown significantly since the invasion.")).isTrue();
    assertThat(RUSSIA.otherSide("It sought membership in NATO, a move that Kyiv believes will ensure its sovereignty.")).isTrue();
    assertThat(RUSSIA.otherSide("Since 2008, Ukrainian leaders have argued that only membership can deter an invasion.")).isTrue();
  }

  @Test
  void whatTheOtherPartyGainsIsTheOtherSide() {
    assertThat(RUSSIA.otherSide("NATO membership is viewed as a guarantee that the treaty will shield Ukraine from attack."))
        .isTrue();
    assertThat(RUSSIA.otherSide("Many elites consider membership of the alliance to be important for Ukraine's security."))
        .isTrue();
    assertThat(RUSSIA.otherSide("For Ukraine, NATO membership represents a crucial step toward long-term stability."))
        .isTrue();
    // a gain for the holder, or a harm, is the holder's reason
    assertThat(RUSSIA.otherSide("NATO expansion is seen as a threat to the security of Ukraine's neighbours.")).isFalse();
    assertThat(RUSSIA.otherSide("Membership for Ukraine would undermine Russia's security and its sphere of influence."))
        .isFalse();
  }

  @Test
  void whatTheHolderDoesOrSaysIsNotTheOtherSideWhateverItsWords() {
    assertThat(RUSSIA.otherSide("Russia supported separatists in eastern Ukraine after 2014.")).isFalse();
    assertThat(RUSSIA.otherSide("Russian officials say NATO expansion threatens the country's security.")).isFalse();
    assertThat(RUSSIA.otherSide("The Kremlin says that Kyiv wants to join the alliance to threaten Moscow.")).isFalse();
    assertThat(RUSSIA.otherSide("NATO's expansion brought the alliance's forces close to Russia's borders.")).isFalse();
  }

  @Test
  void aKeyPointForAnOppositionQuestionNamesTheHolder() {
    assertThat(RUSSIA.namesHolder("Moscow fears that a NATO presence in Ukraine would undermine its interests.")).isTrue();
    assertThat(RUSSIA.namesHolder("Many elites consider membership to be important for Ukraine's security.")).isFalse();
    assertThat(Sides.of("Why are cities banning cars?").namesHolder("Traffic fumes harm children.")).isTrue();
  }

  @Test
  void aQuotationIsItsSpeakers() {
    String quote = "\u201CAs for Ukraine's membership in NATO, we have repeatedly said that this poses a threat,\u201D Putin said.";
    assertThat(Sides.speakerPart(quote)).isEqualTo(" Putin said.");
    assertThat(RUSSIA.otherSide(quote)).isFalse();
  }

  @Test
  void answeringBackIsTheOtherSideUnlessTheHolderSaysIt() {
    assertThat(RUSSIA.otherSide("Critics insist that the alliance is purely defensive and poses no threat.")).isTrue();
    Sides ferry = Sides.of("Why is the council replacing the harbour ferry with a bridge?");
    assertThat(ferry.otherSide("However, critics insist that the ferry has no real safety problem.")).isTrue();
    assertThat(ferry.otherSide("The ferry engines are too old to repair.")).isFalse();
  }
}
