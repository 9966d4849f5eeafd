package io.dossier.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.ingest.ContentKind;
import io.dossier.ingest.Decoded;
import io.dossier.model.CharSpan;
import io.dossier.model.Removal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** On small synthetic dumps written for these tests (not copies of any real page). */
class TextDumpCleanerTest {
  private static final String TITLE = "Why Lighthouse Keepers Are Leaving The Northern Coast";
  private static final String P1 = "Lighthouse keepers along the northern coast are leaving their posts at the fastest "
      + "rate in decades, according to a survey published by the coastal authority on Tuesday.";
  private static final String P2 = "The survey found that automated beacons, falling wages and the isolation of the work "
      + "have driven most keepers to seek jobs in nearby towns instead of staying at the lighthouses.";
  private static final String CAPTION = "A lighthouse at dusk";
  private static final String P3 = "Many of the remaining keepers say the automated beacons cannot replace a person who "
      + "watches the weather and warns passing ships when the fog comes in.";
  private static final String TEASER = "WATCH: Storm batters harbour as fishermen rush to save boats";
  private static final String SUBHEADING = "Wages and isolation";
  private static final String P4 = "Wages for lighthouse keepers have not risen in ten years, and the isolation of the "
      + "lighthouses means keepers often spend weeks without seeing their families.";
  private static final String P5 = "The coastal authority said it would review wages for keepers next year, but unions "
      + "said the review came too late to stop the keepers from leaving the coast.";
  private static final String P6 = "\"We cannot keep the lights on with goodwill alone,\" one keeper told the survey team, "
      + "adding that most of his colleagues had already left the northern coast.";
  private static final String DISCLAIMER = "Disclaimer: The views and opinions expressed on this site are those of the "
      + "authors and do not necessarily reflect the official editorial position of the website.";
  private static final List<String> BODY = List.of(P1, P2, P3, P4, P5, P6);

  private static final String LIGHTHOUSE = String.join("\n",
      "Skip to content", "Home", "World", "Business", "Sport",
      TITLE, TITLE, "By Maria Example | 3 March 2024",
      P1, P2, CAPTION, P3, TEASER, SUBHEADING, P4, P5, P6,
      "Share this article", "Facebook", "Twitter", "Email", "Related posts",
      DISCLAIMER) + "\n";

  private static final String TRAM = String.join("\n",
      "City Council Approves New Tram Line Through The Old Town",
      "",
      "The city council approved a new tram line through the old town on Monday, ending a debate about the route "
          + "that had lasted for almost six years.",
      "",
      "Supporters of the tram line said it would cut traffic in the old town and give residents of the eastern "
          + "suburbs a faster way to reach the centre.",
      "",
      "Opponents of the route argued that building the tram line through the narrow streets of the old town would "
          + "damage historic buildings and hurt shops.",
      "",
      "The council said construction of the tram line would begin next spring and that the first trams should run "
          + "through the old town within three years.",
      "",
      "You may also like",
      "Local bakery wins national award for sourdough bread.",
      "Football club signs young striker from rival team.",
      "Heavy snow expected in the mountains this weekend.",
      "Actor opens new theatre festival in the harbour district.");

  private final TextDumpCleaner cleaner = new TextDumpCleaner();

  private Extraction clean(String text) {
    return clean(text, CorpusStats.EMPTY);
  }

  private Extraction clean(String text, CorpusStats stats) {
    Extraction e = cleaner.extract(new Decoded(text, ContentKind.TEXT, "UTF-8", List.of()), stats);
    assertInvariants(text, e);
    return e;
  }

  /** The text is the input unchanged; kept spans are sorted, disjoint and never overlap a removal. */
  static void assertInvariants(String text, Extraction e) {
    assertThat(e.text()).isSameAs(text);
    int last = 0;
    for (CharSpan k : e.kept()) {
      assertThat(k.start()).isGreaterThanOrEqualTo(last);
      assertThat(k.end()).isLessThanOrEqualTo(text.length()).isGreaterThan(k.start());
      last = k.end();
      for (Removal r : e.removed()) {
        assertThat(k.overlaps(r.span())).as("kept %s overlaps removed %s", k, r).isFalse();
      }
    }
    for (Removal r : e.removed()) {
      assertThat(r.end()).isLessThanOrEqualTo(text.length());
      assertThat(r.reason()).isNotBlank();
    }
  }

  private static List<String> kept(String text, Extraction e) {
    List<String> out = new ArrayList<>();
    for (CharSpan k : e.kept()) {
      out.add(k.of(text));
    }
    return out;
  }

  private static Optional<Removal> removal(String text, Extraction e, String line) {
    return e.removed().stream().filter(r -> text.substring(r.start(), r.end()).equals(line)).findFirst();
  }

  private static void assertRemoved(String text, Extraction e, String line, String... reasons) {
    Optional<Removal> r = removal(text, e, line);
    assertThat(r).as("\"%s\" removed", line).isPresent();
    if (reasons.length > 0) {
      assertThat(r.get().reason()).as("reason for \"%s\"", line).isIn((Object[]) reasons);
    }
    assertThat(kept(text, e)).doesNotContain(line);
  }

  @Test
  void everyBodyParagraphIsKept() {
    Extraction e = clean(LIGHTHOUSE);
    assertThat(kept(LIGHTHOUSE, e)).containsAll(BODY);
  }

  @Test
  void theTitleIsFoundAndItAndItsRepeatAreNotBodyText() {
    Extraction e = clean(LIGHTHOUSE);
    assertThat(e.title()).isEqualTo(TITLE);
    assertThat(kept(LIGHTHOUSE, e)).doesNotContain(TITLE);
    assertThat(e.removed()).anyMatch(r -> r.reason().equals("title") && r.span().of(LIGHTHOUSE).equals(TITLE));
    assertThat(e.removed()).anyMatch(r -> r.reason().equals("repeated-title") && r.span().of(LIGHTHOUSE).equals(TITLE));
  }

  @Test
  void navigationBeforeTheTitleIsRemoved() {
    Extraction e = clean(LIGHTHOUSE);
    for (String nav : List.of("Skip to content", "Home", "World", "Business", "Sport")) {
      assertRemoved(LIGHTHOUSE, e, nav);
    }
  }

  @Test
  void aCaptionBetweenParagraphsIsRemovedWhileARealSubheadingIsKept() {
    Extraction e = clean(LIGHTHOUSE);
    assertRemoved(LIGHTHOUSE, e, CAPTION, "caption");
    assertThat(kept(LIGHTHOUSE, e)).contains(SUBHEADING);
  }

  @Test
  void anUpperCaseLabelTeaserIsRemoved() {
    Extraction e = clean(LIGHTHOUSE);
    assertRemoved(LIGHTHOUSE, e, TEASER, "teaser");
  }

  @Test
  void aReportingCreditUnderTheStoryIsRemovedAndAReportAboutContributionsIsKept() {
    String kept = "Residents contributed to the report the council published on Monday, which found that the "
        + "tram line would cut traffic in the old town by a third.";
    String credit = "Jane Example and John Sample contributed to this report.";
    String text = String.join("\n", TITLE, P1, P2, P3, kept, P4, credit) + "\n";
    Extraction e = clean(text);
    assertRemoved(text, e, credit, "author-bio");
    assertThat(kept(text, e)).contains(kept);
  }

  @Test
  void theShareAndRelatedTailIsRemoved() {
    Extraction e = clean(LIGHTHOUSE);
    for (String tail : List.of("Share this article", "Facebook", "Twitter", "Email", "Related posts")) {
      assertRemoved(LIGHTHOUSE, e, tail);
    }
    assertThat(removal(LIGHTHOUSE, e, "Share this article").orElseThrow().reason()).isEqualTo("share");
    assertThat(removal(LIGHTHOUSE, e, "Related posts").orElseThrow().reason()).isEqualTo("related");
  }

  @Test
  void aDisclaimerAtTheEndIsRemoved() {
    Extraction e = clean(LIGHTHOUSE);
    assertRemoved(LIGHTHOUSE, e, DISCLAIMER, "disclaimer");
  }

  @Test
  void aListOfUnrelatedHeadlinesAfterAPromptIsRemovedAndTheArticleKept() {
    Extraction e = clean(TRAM);
    assertRemoved(TRAM, e, "You may also like", "link-prompt");
    for (String h : List.of("Local bakery wins national award for sourdough bread.",
        "Football club signs young striker from rival team.",
        "Heavy snow expected in the mountains this weekend.",
        "Actor opens new theatre festival in the harbour district.")) {
      assertRemoved(TRAM, e, h, "headline-list", "unrelated", "link-prompt");
    }
    assertThat(e.kept()).hasSize(4);
    assertThat(e.title()).isEqualTo("City Council Approves New Tram Line Through The Old Town");
  }

  @Test
  void aLineRepeatedAcrossThePilesPagesIsBoilerplate() {
    String other = "Newsletter sign-up and more\n" + TRAM;
    String mine = "Newsletter sign-up and more\n" + LIGHTHOUSE;
    CorpusStats stats = CorpusStats.of(List.of(other, mine));
    Extraction e = clean(mine, stats);
    assertRemoved(mine, e, "Newsletter sign-up and more", "repeated-across-pages");
    assertThat(kept(mine, e)).containsAll(BODY);
  }

  @Test
  void twoCopiesOfOneArticleInThePileKeepTheirProse() {
    CorpusStats stats = CorpusStats.of(List.of(LIGHTHOUSE, LIGHTHOUSE));
    assertThat(kept(LIGHTHOUSE, clean(LIGHTHOUSE, stats))).containsAll(BODY);
  }

  @Test
  void crLfLineEndingsGiveTheSameBlocks() {
    String crlf = LIGHTHOUSE.replace("\n", "\r\n");
    Extraction e = clean(crlf);
    assertThat(kept(crlf, e)).containsAll(BODY).contains(SUBHEADING).doesNotContain(CAPTION, TEASER);
  }

  @Test
  void theClosingParagraphOfAShortArticleIsKeptEvenWhenItBringsNewWords() {
    String closing = "The mayor insisted the bridge was the safer choice and said construction could begin within "
        + "eighteen months if the budget is approved.";
    String t = String.join("\n",
        "Council Backs Bridge Over Ferry",
        "Councillors backed the new bridge because repairs to the ageing ferry would cost almost as much as "
            + "building it, according to a report by the city's engineers.",
        "The report found that winter storms cancelled the ferry on more than forty days last year, leaving the "
            + "island without a link to the mainland hospital.",
        "Opponents said tolls on the bridge would hurt families on the island, and that the council had not "
            + "studied cheaper ways to keep the ferry running.",
        closing);
    assertThat(kept(t, clean(t))).contains(closing);
  }

  @Test
  void blankTextKeepsNothingAndSaysSo() {
    Extraction e = clean("   \n\n  ");
    assertThat(e.kept()).isEmpty();
    assertThat(e.flags()).contains("no-article");
  }

  @Test
  void aShortNoteWithoutFullParagraphsIsNotThrownAway() {
    String note = "Ferry times change on Monday.\nThe first boat leaves at six.";
    Extraction e = clean(note);
    assertThat(e.kept()).isNotEmpty();
  }

  @Test
  void aPageThatSaysItWasTranslatedAutomaticallyIsFlaggedMachineTranslated() {
    String t = LIGHTHOUSE + "This article was translated automatically by machine translation software.\n";
    assertThat(clean(t).flags()).contains("machine-translated");
    assertThat(clean(LIGHTHOUSE).flags()).doesNotContain("machine-translated");
  }

  @Test
  void aTokenisedPageIsNotMachineTranslatedButStraySpacesAre() {
    StringBuilder tokenised = new StringBuilder();
    StringBuilder slips = new StringBuilder();
    for (int i = 0; i < 14; i++) {
      tokenised.append("The ferry , which is old , left the harbour at six on day ").append(i)
          .append(" and the crew , as usual , waved . \n");
      slips.append(i % 3 == 0 ? "The ferry , which is old, left the harbour at six on day "
          : "The ferry, which is old, left the harbour at six on day ").append(i).append(" and the crew waved. Then it left.\n");
    }
    assertThat(clean(tokenised.toString()).flags()).doesNotContain("machine-translated");
    assertThat(clean(slips.toString()).flags()).contains("machine-translated");
  }
}
