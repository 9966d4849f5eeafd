package io.dossier.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.Actor;
import io.dossier.model.Passages;
import io.dossier.model.Quote;
import io.dossier.model.Stance;
import io.dossier.quotes.QuoteFinder;
import io.dossier.testing.Docs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorAnalyzerTest {
  private static final String Q = "Why does Russia not want Ukraine to join NATO?";
  private final ActorAnalyzer analyzer = new ActorAnalyzer();

  private static Optional<Actor> actor(List<Actor> actors, String name) {
    return actors.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  private List<Actor> analyze(String question, Passages... docs) {
    List<Quote> quotes = new ArrayList<>();
    for (Passages p : docs) {
      quotes.addAll(new QuoteFinder().find(p));
    }
    return analyzer.analyze(question, List.of(docs), quotes);
  }

  @Test
  void capitalsSeatsOfPowerAndOfficialsAreAliasesOfTheirState() {
    Passages a = Docs.plain("a", "Moscow has warned against NATO expansion.\n"
        + "The Kremlin said Ukraine's membership of NATO would be a threat.\n"
        + "Russian officials oppose Ukraine joining NATO.");
    Actor russia = actor(analyze(Q, a), "Russia").orElseThrow();
    assertThat(russia.aliases()).contains("Moscow", "Kremlin", "Russian officials");
    assertThat(russia.stance()).isEqualTo(Stance.OPPOSES);
    assertThat(russia.evidence()).isNotEmpty()
        .allSatisfy(s -> assertThat(a.page().text().substring(s.start(), s.end())).isEqualTo(s.text()));
  }

  @Test
  void aPersonsSurnameAndTitleFormsAreOneActorWithTheFullName() {
    Passages a = Docs.plain("a", "Russian President Vladimir Putin spoke on Tuesday.\n"
        + "Mr Putin has firmly opposed Ukraine joining NATO.\n"
        + "Putin said NATO membership for Ukraine was unacceptable.");
    Actor putin = actor(analyze(Q, a), "Vladimir Putin").orElseThrow();
    assertThat(putin.aliases()).contains("Mr Putin", "Putin");
    assertThat(putin.stance()).isEqualTo(Stance.OPPOSES);
  }

  @Test
  void supportNegatedOppositionAndMixedStances() {
    Passages a = Docs.plain("a", "Ukraine's bid to join NATO has grown.\n"
        + "Kyiv seeks NATO membership as soon as possible.\n"
        + "Jens Stoltenberg said: “We will not slam the door on Ukraine's NATO membership.”\n"
        + "Hungary supports Ukraine's NATO membership in principle.\n"
        + "Hungary has also warned against Ukraine joining NATO while the war goes on.");
    List<Actor> actors = analyze(Q, a);
    assertThat(actor(actors, "Ukraine").orElseThrow().stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(actor(actors, "Jens Stoltenberg").orElseThrow().stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(actor(actors, "Hungary").orElseThrow().stance()).isEqualTo(Stance.MIXED);
  }

  @Test
  void theQuestionsOwnSubjectGetsItsPresupposedStanceOnlyAsOneVote() {
    Passages a = Docs.plain("a", "Russia and Belarus held exercises near the border.\nRussia moved troops.");
    Actor russia = actor(analyze(Q, a), "Russia").orElseThrow();
    assertThat(russia.stance()).isEqualTo(Stance.OPPOSES);
    assertThat(Proposition.of(Q).subject()).isEqualTo("Russia");
    assertThat(Proposition.of("Why does Germany support Ukraine joining NATO?").subjectPolarity()).isEqualTo(1);
  }

  @Test
  void noQuestionAndOddInputGiveNoFailure() {
    assertThat(analyzer.analyze(null, List.of(Docs.plain("x", "“ ” ‘ ’ \" ' Mr. . , ;")), List.of())).isNotNull();
    assertThat(analyzer.analyze("", List.of(), null)).isEmpty();
  }

  @Test
  void seedsGiveTheMainSidesOfTheQuestion() throws Exception {
    List<Passages> seeds = Docs.seeds();
    List<Actor> actors = analyze(Q, seeds.toArray(new Passages[0]));
    assertThat(actor(actors, "Russia").orElseThrow().stance()).isEqualTo(Stance.OPPOSES);
    assertThat(actor(actors, "Vladimir Putin").orElseThrow().stance()).isEqualTo(Stance.OPPOSES);
    assertThat(actor(actors, "Ukraine").orElseThrow().stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(actor(actors, "Jens Stoltenberg").orElseThrow().stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(actor(actors, "Antony Blinken").orElseThrow().stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(actor(actors, "Russia").orElseThrow().aliases()).contains("Moscow", "Kremlin");
  }
}
