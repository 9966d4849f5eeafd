package io.dossier.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.Quote;
import io.dossier.testing.Docs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Speakers named the way news prose names them, resolved across a document. */
class SpeakerResolutionTest {
  private final QuoteFinder finder = new QuoteFinder();

  private static String speakerOf(List<Quote> quotes, String prefix) {
    return quotes.stream().filter(q -> q.direct() && q.text().startsWith(prefix)).findFirst().orElseThrow().speaker();
  }

  @Test
  void aRoleRightBeforeANameIsThatPersonAndLaterMentionsOfTheRoleFindThem() {
    List<Quote> quotes = finder.find(Docs.plain("a",
        "Japan’s envoy to Britain warned that Tokyo “will not stand by” if the talks fail.\n\n"
            + "Japan’s envoy to Britain Tanaka Hiroshi has said that Tokyo has the “patience and resolve” to wait.\n\n"
            + "Tanaka said the navy was ready, warning: “Our ships are already there. They will stay.”\n"));
    assertThat(speakerOf(quotes, "will not stand by")).isEqualTo("Tanaka Hiroshi");
    assertThat(speakerOf(quotes, "patience and resolve")).isEqualTo("Tanaka Hiroshi");
    assertThat(speakerOf(quotes, "Our ships")).isEqualTo("Tanaka Hiroshi");
  }

  @Test
  void aStandAloneQuotedFragmentIsASubheadingNotThePreviousSpeakerGoingOn() {
    List<Quote> quotes = finder.find(Docs.plain("c",
        "“We have seen no evidence of that at all,” Ana Ruiz said. “The camp is open.”\n\n"
            + "“… block the convoy from leaving the northern camp”\n\n"
            + "“The trucks left on Tuesday as planned and reached the border by night.”\n"));
    assertThat(quotes).filteredOn(q -> q.text().contains("block the convoy"))
        .allSatisfy(q -> assertThat(q.speaker()).isNull());
    assertThat(speakerOf(quotes, "The camp is open")).isEqualTo("Ana Ruiz");
  }

  @Test
  void aLoneFirstPartResolvesOnlyWhenOnePersonHasIt() {
    List<Quote> quotes = finder.find(Docs.plain("b",
        "Maria Lopez and Maria Chen spoke at the rally.\n\n"
            + "Maria said: “We will be back next week with more people.”\n"));
    assertThat(speakerOf(quotes, "We will be back")).isNotIn("Maria Lopez", "Maria Chen");
  }
}
