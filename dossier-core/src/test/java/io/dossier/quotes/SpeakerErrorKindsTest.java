package io.dossier.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.Quote;
import io.dossier.testing.Docs;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per kind of speaker error seen on news nobody tuned for (issue 11), each written
 * from new sentences rather than the articles that showed it.
 */
class SpeakerErrorKindsTest {
  private final QuoteFinder finder = new QuoteFinder();

  private String speakerOf(String text, String prefix) {
    List<Quote> quotes = finder.find(Docs.plain("k", text));
    return quotes.stream().filter(q -> q.text().startsWith(prefix)).findFirst().orElseThrow().speaker();
  }

  @Test
  void heSaidIsTheSubjectOfMatchingGenderNotTheLastNameMentioned() {
    String text = "Paul Levin met Sara Kim at the depot on Tuesday.\n\n"
        + "“It went better than any of us expected,” he said.\n";
    assertThat(speakerOf(text, "It went better")).isEqualTo("Paul Levin");
  }

  @Test
  void aDescriptorNoNameResolvesSpeaksAsItselfNotAsTheLastNameMentioned() {
    String text = "Omar Haddad has run the bakery on Elm Street since 1990 with help from Lena Ortiz.\n\n"
        + "“We open at five every morning, even on holidays,” the affable proprietor said.\n";
    assertThat(speakerOf(text, "We open at five")).isEqualTo("the affable proprietor");
  }

  @Test
  void anAppositiveAfterTheSpeakerDoesNotLendItsPlaceName() {
    String text = "“The numbers are rising every week,” says Ana Ruiz, a researcher with St. Joseph's Hospital.\n";
    assertThat(speakerOf(text, "The numbers are rising")).isEqualTo("Ana Ruiz");
  }

  @Test
  void sentenceOpeningWordsAbbreviationsAndTitlesAreNotSpeakers() {
    List<Quote> quotes = finder.find(Docs.plain("k",
        "Got a tip? “Tell us everything you know about the plant,” the editors wrote.\n\n"
            + "“The roads north of the city are closed,” B.C. transport officials said on Monday.\n\n"
            + "Winter came early. “We have never seen snow like this in October,” a farmer said.\n"));
    assertThat(quotes).extracting(Quote::speaker).containsExactly("the editors", "officials", "a farmer");
  }

  @Test
  void aRoleIsNeverAnotherPersonsAlias() {
    String text = "Vladimir Putin met Viktor Yanukovych in Sochi on Friday.\n\n"
        + "The Ukrainian leader said: “We will not sign the agreement this year.”\n";
    assertThat(speakerOf(text, "We will not sign")).isEqualTo("Viktor Yanukovych");
  }

  @Test
  void aPronounAfterANamedSpeakerIsThatSpeakerNotTheLastCapitalisedWords() {
    String text = "Rep. Dana Holt, the chairwoman of the committee that oversees Homeland Security, said in an"
        + " interview that her office is drafting a bill. “Our goal is to keep the government open,” she said.\n";
    assertThat(speakerOf(text, "Our goal")).isEqualTo("Dana Holt");
  }

  @Test
  void aPersonNamedAsSubjectSinceTheLastSpeakerIsThePronounsSpeaker() {
    String text = "Ana Ruiz said the water rose within minutes.\n\n"
        + "Mara, a resident of the village, was at home when she heard the water coming.\n\n"
        + "“I ran as fast as I could and did not look back,” she said.\n";
    assertThat(speakerOf(text, "I ran as fast")).isEqualTo("Mara");
  }
}
