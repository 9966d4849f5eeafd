package io.dossier.disputes;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.Dispute;
import io.dossier.model.Passages;
import io.dossier.testing.Docs;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisputeFinderTest {
  private final DisputeFinder finder = new DisputeFinder();

  @Test
  void aDenialGivesItsThatClauseOrObjectAsTheClaim() {
    Passages a = Docs.plain("a", "The minister denied that the army had crossed the border.\n"
        + "The president has denied plans to invade the neighbouring state, officials said.");
    List<Dispute> d = finder.find(List.of(a));
    assertThat(d).extracting(Dispute::claim)
        .containsExactly("the army had crossed the border", "plans to invade the neighbouring state");
  }

  @Test
  void aDisputedQuoteIsTheClaim() {
    Passages a = Docs.plain("a", "“There will be no expansion,” the envoy reportedly promised, although the quote "
        + "is strongly disputed.");
    Dispute d = finder.find(List.of(a)).get(0);
    assertThat(d.claim()).isEqualTo("There will be no expansion");
    assertThat(d.evidence()).hasSize(1);
  }

  @Test
  void accusationsCalledFalseReachBackToTheSentenceBefore() {
    Passages a = Docs.plain("a", "The ministries accused the base of blocking aid. The Pentagon rejected these "
        + "accusations as false.");
    Dispute d = finder.find(List.of(a)).get(0);
    assertThat(d.claim()).isEqualTo("The ministries accused the base of blocking aid");
    assertThat(d.evidence()).hasSize(2);
  }

  @Test
  void twoSourcesWithDifferentNumbersForOneThingDisagree() {
    Passages a = Docs.plain("a", "Russia has massed about 130,000 troops along the border with Ukraine, officials say.");
    Passages b = Docs.plain("b", "Russia has massed about 100,000 troops along the border with Ukraine, officials say.");
    List<Dispute> d = finder.find(List.of(a, b));
    assertThat(d).hasSize(1);
    assertThat(d.get(0).claim()).contains("troops").contains("130,000").contains("100,000");
    assertThat(d.get(0).evidence()).extracting(s -> s.doc()).containsExactly("a", "b");
  }

  @Test
  void ordinaryRejectionsAndHeadlinesAreNoDisputes() {
    Passages a = Docs.plain("a", "The committee rejected the budget on Monday.\nWhy Does Russia Not Want Ukraine To Join NATO?");
    Passages b = Docs.plain("b", "Why does Russia want to prevent Ukraine from joining NATO?");
    assertThat(finder.find(List.of(a, b))).isEmpty();
  }

  @Test
  void seedsShowTheDisputedPromiseAndTheDeniedInvasionPlans() throws Exception {
    List<Dispute> d = finder.find(Docs.seeds());
    assertThat(d).extracting(Dispute::claim).anySatisfy(c -> assertThat(c).contains("no extension of NATO"));
    assertThat(d).extracting(Dispute::claim).anySatisfy(c -> assertThat(c).contains("plans to invade"));
  }
}
