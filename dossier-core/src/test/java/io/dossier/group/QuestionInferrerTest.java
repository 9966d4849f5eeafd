package io.dossier.group;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.Page;
import io.dossier.model.Passages;
import io.dossier.testing.FakeEmbedder;
import io.dossier.testing.Texts;
import io.dossier.text.SentenceSegmenter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionInferrerTest {
  private static final String BODY = "The council voted to replace the harbour ferry with a bridge because the ferry "
      + "is old.\nResidents worry that the bridge will bring traffic and that the council will charge tolls.";

  private static Passages doc(String id, String title, String text) {
    Page p = Texts.pageOfLines(id, text);
    p = new Page(p.id(), p.source(), title, null, null, p.text(), p.kept(), List.of(), List.of(), null);
    return new SentenceSegmenter().split(p);
  }

  @Test
  void titleCaseIsBroughtToSentenceCaseUsingHowTheArticlesWriteEachWord() {
    List<Passages> docs = List.of(doc("a", null, BODY + "\nThe Kremlin and NATO were not part of the vote."
        + "\nCritics say the council is replacing the ferry too quickly."));
    assertThat(QuestionInferrer.sentenceCase("Why Is The Council Replacing The Ferry With A Bridge?", docs))
        .isEqualTo("Why is the council replacing the ferry with a bridge?");
    assertThat(QuestionInferrer.sentenceCase("Why NATO And The Kremlin Matter", docs))
        .isEqualTo("Why NATO and the Kremlin Matter");
  }

  @Test
  void aTitleAlreadyInSentenceCaseIsLeftAlone() {
    List<Passages> docs = List.of(doc("a", null, BODY));
    assertThat(QuestionInferrer.sentenceCase("Why the council wants a bridge", docs))
        .isEqualTo("Why the council wants a bridge");
  }

  @Test
  void aQuestionTitleSharedByThePileIsTheInferredQuestion() {
    List<Passages> docs = List.of(
        doc("a", "Why is the council replacing the harbour ferry?", BODY),
        doc("b", "Council replacing harbour ferry with bridge", BODY),
        doc("c", "Harbour ferry replaced by council", BODY));
    String q = new QuestionInferrer(new FakeEmbedder()).infer(docs);
    assertThat(q).isEqualTo("Why is the council replacing the harbour ferry?");
  }

  @Test
  void aTitleThatIsNotAQuestionBecomesOneAboutItsSubject() {
    List<Passages> docs = List.of(doc("a", "Harbour ferry to be replaced", BODY));
    String q = new QuestionInferrer(new FakeEmbedder()).infer(docs);
    assertThat(q).startsWith("What do the sources say about").endsWith("?").containsIgnoringCase("harbour ferry");
  }

  @Test
  void withNoDocumentsTheQuestionSaysSo() {
    assertThat(new QuestionInferrer(new FakeEmbedder()).infer(List.of())).isEqualTo("What do these documents say?");
  }

  @Test
  void withoutTitlesOrHeadingsTheQuestionNamesAPhraseOfTheContent() {
    String q = new QuestionInferrer(new FakeEmbedder()).infer(List.of(doc("a", null, BODY)));
    assertThat(q).startsWith("What do the sources say about").endsWith("?");
  }

  @Test
  void aHeadingNoOtherSourceBearsOutIsFurnitureNotTheQuestion() {
    String a = "MUST WATCH\nThe council voted on Monday to replace the harbour ferry run by Marta Olsen with a bridge.";
    String b = "Image copyright Reuters\nMarta Olsen said the harbour ferry had served the island for decades.";
    String c = "Residents backed Marta Olsen and asked the council to keep the harbour ferry for now.";
    List<Passages> docs = List.of(doc("a", null, a), doc("b", null, b), doc("c", null, c));
    String q = new QuestionInferrer(new FakeEmbedder()).infer(docs);
    assertThat(q).doesNotContainIgnoringCase("must watch").doesNotContainIgnoringCase("copyright");
    assertThat(q).isEqualTo("What happened with Marta Olsen?");
  }

  @Test
  void aSharedNameIsAPersonOrPlaceNotADay() {
    String a = "The vote came on Monday when Marta Olsen spoke to the council.";
    String b = "On Monday the council met and Marta Olsen was not there.";
    List<Passages> docs = List.of(doc("a", null, a), doc("b", null, b));
    assertThat(QuestionInferrer.sharedName(docs)).isEqualTo("Marta Olsen");
    List<Passages> acronym = List.of(doc("a", null, "Shares of HQ Trivia fell. WATCH NOW the clip of HQ Trivia."),
        doc("b", null, "The founder of HQ Trivia spoke. Readers can WATCH NOW online."));
    assertThat(QuestionInferrer.sharedName(acronym)).isEqualTo("HQ Trivia");
  }

  @Test
  void embedsCreditsAndTemplatesAreFurnitureByTheirForm() {
    Map<String, Integer> none = Map.of();
    assertThat(QuestionInferrer.furniture("big 2018! \u2014 Donald J. Trump (@realDonaldTrump) January 20, 2018", none)).isTrue();
    assertThat(QuestionInferrer.furniture("Collin Rose (Photo: Wayne State University)", none)).isTrue();
    assertThat(QuestionInferrer.furniture("Community transformation since 1960 [ edit ]", none)).isTrue();
    assertThat(QuestionInferrer.furniture("Council votes to replace the harbour ferry", none)).isFalse();
    assertThat(QuestionInferrer.furniture("Image copyright AFP Image caption Police at the scene",
        Map.of("image copyright", 3))).isTrue();
    assertThat(QuestionInferrer.furniture("Why does the council want a bridge?", Map.of("why does", 5))).isFalse();
  }

  @Test
  void aHeadlineOpensWithACapitalAndReportsInThePresentTense() {
    assertThat(QuestionInferrer.headlineForm("Council votes to replace the harbour ferry")).isTrue();
    assertThat(QuestionInferrer.headlineForm("\u201CWe will build it\u201D, mayor says")).isTrue();
    assertThat(QuestionInferrer.headlineForm("2,000 march against the bridge")).isTrue();
    assertThat(QuestionInferrer.headlineForm("with gratitude, Jenni")).isFalse();
    assertThat(QuestionInferrer.headlineForm("Story highlights The mayor said the ferry would stop in May")).isFalse();
    assertThat(QuestionInferrer.headlineForm("\u201C\u201D")).isFalse();
  }

  @Test
  void aLoneWordSharedAsPartOfALongerNameGivesTheLongerName() {
    String a = "Film producer Marta Olsen hired the writer. Marta was demanding.";
    String b = "Producer Marta Olsen made the film. Marta spoke, and Marta left.";
    String c = "The producer, Marta, stayed. Then Marta went home.";
    String d = "Critics said Marta had changed the script.";
    List<Passages> docs = List.of(doc("a", null, a), doc("b", null, b), doc("c", null, c), doc("d", null, d));
    assertThat(QuestionInferrer.sharedName(docs)).isEqualTo("Marta Olsen");
  }

  @Test
  void aNameKeepsItsInitialAndLosesItsPossessive() {
    String a = "The films of David O. Selznick\u2019s studio made money.";
    String b = "Critics say David O. Selznick was hard to work for.";
    List<Passages> docs = List.of(doc("a", null, a), doc("b", null, b));
    assertThat(QuestionInferrer.sharedName(docs)).isEqualTo("David O. Selznick");
  }
}
