package io.dossier.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dossier.text.Words;
import java.util.List;
import org.junit.jupiter.api.Test;

class CuesAndLexicalTest {
  @Test
  void whyQuestionsAreRecognised() {
    assertThat(Cues.asksWhy("Why does Russia oppose it?")).isTrue();
    assertThat(Cues.asksWhy("What is the reason for the war?")).isTrue();
    assertThat(Cues.asksWhy("What happened in 2014?")).isFalse();
  }

  @Test
  void explanationCuesScoreUpToOne() {
    assertThat(Cues.explanation("It rained.")).isZero();
    assertThat(Cues.explanation("They left because they feared a threat to their interests and security."))
        .isEqualTo(1.0);
  }

  @Test
  void consequencesExplainButATopicOfConcernDoesNot() {
    assertThat(Cues.explanation("Less traffic means fewer people in hospital.")).isPositive();
    assertThat(Cues.explanation("The closures led to cleaner air.")).isPositive();
    // a reason named as such: the argument, the driver, the motive, the grounds for it
    assertThat(Cues.explanation("Noise is the third argument for the tunnel.")).isPositive();
    assertThat(Cues.explanation("Cheap credit was another driver of the boom.")).isPositive();
    assertThat(Cues.explanation("The bid has been a topic of international concern for years.")).isZero();
    assertThat(Cues.explanation("Officials voiced concerns about the cost.")).isPositive();
  }

  @Test
  void denialsAndAssertedRightsCountAsPushingBack() {
    assertThat(Cues.counter("The alliance insists that it poses no threat to anyone.")).isGreaterThanOrEqualTo(1.0);
    assertThat(Cues.counter("Every country has the right to choose its alliances.")).isGreaterThanOrEqualTo(1.0);
    assertThat(Cues.counter("However, the talks went on.")).isEqualTo(0.5);
    assertThat(Cues.counter("The talks went on.")).isZero();
  }

  @Test
  void objectionsPutInTheMouthOfSomeOfThePublicPushBack() {
    assertThat(Cues.counter("Some residents say the rules push traffic onto other streets.")).isGreaterThanOrEqualTo(1.0);
    assertThat(Cues.counter("Others argued that the plan punished commuters.")).isGreaterThanOrEqualTo(1.0);
    assertThat(Cues.counter("Residents were consulted in spring.")).isZero();
  }

  @Test
  void aHeadlineGluedTwiceToTheFirstSentenceStutters() {
    assertThat(Claims.stutters("Ferry to close Ferry to close The council says the ferry will stop in May.")).isTrue();
    assertThat(Claims.stutters("The council says the ferry will stop in May, and the ferry will be sold.")).isFalse();
    assertThat(Claims.stutters("It was very, very, very cold.")).isFalse();
  }

  @Test
  void framingSentencesAnnounceReasonsWithoutGivingOne() {
    assertThat(Cues.framing("The reasons behind the decision are multifaceted and deeply rooted.")).isTrue();
    assertThat(Cues.framing("It is driven by historical, strategic, and economic factors.")).isTrue();
    assertThat(Cues.framing("One reason is that the bridge is unsafe for lorries.")).isFalse();
    assertThat(Cues.framing("The plan is complex and expensive.")).isFalse();
  }

  @Test
  void sentencesLeaningOnTheOneBeforeDoNotStandAlone() {
    assertThat(Cues.standsAlone("This is why they left.")).isFalse();
    assertThat(Cues.standsAlone("The council left the room.")).isTrue();
  }

  @Test
  void bm25ScoresAreScaledSoTheBestSentenceScoresOne() {
    var q = Lexical.questionStems("Why does Russia want a buffer zone?");
    assertThat(q).contains("russia", "buffer", "zone").doesNotContain("want");
    double[] s = Lexical.scores(q, List.of(
        Words.contentStems("Russia wants a buffer zone on its border."),
        Words.contentStems("The weather was fine."),
        Words.contentStems("Russia is large.")));
    assertThat(s[0]).isCloseTo(1.0, within(1e-9));
    assertThat(s[1]).isZero();
    assertThat(s[2]).isBetween(0.0, 1.0);
  }

  @Test
  void noQuestionTermsGiveZeroScores() {
    assertThat(Lexical.scores(java.util.Set.of(), List.of(List.of("a")))).containsExactly(0.0);
    assertThat(Lexical.scores(java.util.Set.of("x"), List.of())).isEmpty();
  }
}
