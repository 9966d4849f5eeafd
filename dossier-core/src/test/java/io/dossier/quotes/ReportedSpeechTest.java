package io.dossier.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.Quote;
import io.dossier.testing.Docs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reported speech ("X said (that) ...", "..., X said", "according to X"), from sentences of our own. */
class ReportedSpeechTest {
  private final QuoteFinder finder = new QuoteFinder();

  private List<Quote> reported(String text) {
    return finder.find(Docs.plain("r", text)).stream().filter(q -> !q.direct()).toList();
  }

  @Test
  void theSubjectOfAVerbOfSayingSpeaksTheClauseAfterIt() {
    List<Quote> qs = reported("Lina Ortiz said the clinic would reopen in May.\n");
    assertThat(qs).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("Lina Ortiz");
      assertThat(q.text()).isEqualTo("the clinic would reopen in May");
      assertThat(q.cue()).isEqualTo("said");
      assertThat(q.kind()).isEqualTo(Quote.Kind.INDIRECT);
    });
  }

  @Test
  void thatTheHearerAndAnAdverbialBeforeTheClauseAreLeftOut() {
    List<Quote> qs = reported("Lina Ortiz ran the clinic for ten years.\n\n"
        + "Ortiz told reporters on Monday that the money had run out.\n\n"
        + "Ortiz said Sunday the wards would stay open.\n");
    assertThat(qs).extracting(Quote::text).containsExactly("the money had run out", "the wards would stay open");
    assertThat(qs).extracting(Quote::speaker).containsOnly("Lina Ortiz");
  }

  @Test
  void aClauseBeforeTheAttributionAndOneAfterIt() {
    List<Quote> qs = reported("Marco Bell, a nurse at the clinic, says the wards are full.\n\n"
        + "The night shift has lost four nurses, he says, and two more are leaving.\n");
    assertThat(qs).extracting(Quote::text).containsExactly("the wards are full",
        "The night shift has lost four nurses", "and two more are leaving");
    assertThat(qs).extracting(Quote::speaker).containsOnly("Marco Bell");
  }

  @Test
  void accordingTo() {
    List<Quote> qs = reported("According to the health ministry, 40 people were treated on Friday.\n\n"
        + "Most of them were children, according to Lina Ortiz, although the figures are not final.\n");
    assertThat(qs).extracting(Quote::text).containsExactly("40 people were treated on Friday",
        "Most of them were children");
    assertThat(qs.get(1).speaker()).isEqualTo("Lina Ortiz");
  }

  @Test
  void aCommonNounSubjectSpeaks() {
    List<Quote> qs = reported("The target is met in most cases, but the nurses union says staff are exhausted.\n");
    assertThat(qs).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("the nurses union");
      assertThat(q.text()).isEqualTo("staff are exhausted");
    });
  }

  @Test
  void aNamedSubjectAfterButIsTheSpeakerNotAnEarlierBody() {
    List<Quote> qs = reported("The Health Authority says the target is met in 90 per cent of cases but Diaz says"
        + " that is not what nurses see.\n");
    assertThat(qs).last().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("Diaz");
      assertThat(q.text()).isEqualTo("that is not what nurses see");
    });
  }

  @Test
  void nounPhrasesNamesAndBareAttributionsAreNotReportedSpeech() {
    assertThat(reported("The mayor announced a series of new measures for the port.\n")).isEmpty();
    assertThat(reported("The United States provided the clinic with $2 million last year.\n")).isEmpty();
    assertThat(reported("Officials said in a statement.\n")).isEmpty();
    assertThat(reported("The claim is said to be false by most historians.\n")).isEmpty();
    assertThat(reported("I think the plan is a good one.\n")).isEmpty();
  }

  @Test
  void aQuotationAfterReportedSpeechIsTheSameSpeakerGoingOn() {
    List<Quote> direct = finder.find(Docs.plain("r", "Anna Berg said the plan was sound.\n\n"
        + "“We have checked every figure twice and we stand by all of it.”\n")).stream().filter(Quote::direct).toList();
    assertThat(direct).singleElement().extracting(Quote::speaker).isEqualTo("Anna Berg");
  }

  @Test
  void offsetsAreExact() {
    String text = "Nadia Kern, who chairs the board, said the school will close in June.\n";
    List<Quote> qs = reported(text);
    assertThat(qs).singleElement().satisfies(q -> {
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
      assertThat(q.speaker()).isEqualTo("Nadia Kern");
    });
  }
}
