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

/**
 * The signals that find the body of a text dump (the best contiguous stretch, comment
 * sections, boxes of other stories, dates, captions, notices, scripts without spaces), each
 * on a small synthetic dump written for this test.
 */
class TextDumpBodySignalsTest {
  private static final String TITLE = "Harbour Ferry Gets A New Winter Timetable";
  private static final List<String> ARTICLE = List.of(
      "The harbour ferry will run every forty minutes this winter instead of every half hour, the port "
          + "authority said on Monday, after a year in which storms cancelled dozens of crossings.",
      "The authority said the new timetable would let its crews rest between crossings and give the older "
          + "of its two ferries time in the dock for repairs before the spring season.",
      "Passengers who take the ferry to work said the longer wait would make their mornings harder, and "
          + "several asked the authority to keep the half-hour ferry at least at rush hour.",
      "The port authority said it would review the winter timetable in March and publish the number of "
          + "crossings the ferry had made, and how many storms had cancelled, on its website.");
  /** Prose about other stories, sharing few words with the ferry article. */
  private static final List<String> OTHER_STORIES = List.of(
      "A bakery in the old market has won a national prize for its rye bread, beating more than two "
          + "hundred entries from every region of the country in a blind tasting.",
      "The city orchestra will play three free concerts in the botanical garden next summer, with a "
          + "programme of film music chosen by the pupils of the local music school.",
      "Volunteers counted more than four thousand migrating cranes over the marshes at the weekend, the "
          + "largest flock recorded by the bird society since it began its surveys.");

  private final TextDumpCleaner cleaner = new TextDumpCleaner();

  private Extraction clean(String text) {
    Extraction e = cleaner.extract(new Decoded(text, ContentKind.TEXT, "UTF-8", List.of()), CorpusStats.EMPTY);
    TextDumpCleanerTest.assertInvariants(text, e);
    return e;
  }

  private static List<String> kept(String text, Extraction e) {
    List<String> out = new ArrayList<>();
    for (CharSpan k : e.kept()) {
      out.add(k.of(text));
    }
    return out;
  }

  private static Optional<String> reason(String text, Extraction e, String line) {
    return e.removed().stream().filter(r -> r.span().of(text).equals(line)).map(Removal::reason).findFirst();
  }

  private static String lines(List<String> head, List<String> body, List<String> tail) {
    List<String> all = new ArrayList<>(head);
    all.addAll(body);
    all.addAll(tail);
    return String.join("\n", all) + "\n";
  }

  @Test
  void theBestStretchIsTheMaximumSumRun() {
    BodyStretch.Span s = BodyStretch.best(new double[] {-1, 5, -2, 4, -10, 3});
    assertThat(s.first()).isEqualTo(1);
    assertThat(s.last()).isEqualTo(3);
    assertThat(s.score()).isEqualTo(7.0);
    assertThat(BodyStretch.best(new double[] {-1, -2})).isNull();
  }

  @Test
  void proseScoresAboveZeroAndMenusAndPromptsBelow() {
    List<Block> b = Block.lines(ARTICLE.get(0) + "\nHome\nWorld News\nREAD ALSO: Storm hits the coast\n"
        + "Photo: Harbour ferry at dusk (Getty Images)\n");
    assertThat(BodyStretch.lineScore(b.get(0), null)).isPositive();
    for (int i = 1; i < b.size(); i++) {
      assertThat(BodyStretch.lineScore(b.get(i), null)).as(b.get(i).text()).isNegative();
    }
    assertThat(BodyStretch.lineScore(b.get(0), "repeated-across-pages")).isNegative();
  }

  @Test
  void theNthLineOfALongRunOfClutterCostsMoreThanTheFirst() {
    double[] s = {10, -2, -2, -2, -2, 10};
    BodyStretch.lengthenGaps(s);
    assertThat(s[1]).isEqualTo(-2.0);
    assertThat(s[4]).isLessThan(s[3]).isLessThan(s[2]).isLessThan(s[1]);
    assertThat(s[0]).isEqualTo(10.0);
    assertThat(s[5]).isEqualTo(10.0);
  }

  @Test
  void proseAboutOtherStoriesAfterAMenuIsNotBody() {
    String t = lines(List.of("Home", "News", TITLE), ARTICLE,
        concat(List.of("Tags", "Ferries", "Harbour", "Winter", "Port", "Sections", "Sport", "Culture"), OTHER_STORIES));
    Extraction e = clean(t);
    assertThat(kept(t, e)).containsAll(ARTICLE);
    for (String other : OTHER_STORIES) {
      assertThat(kept(t, e)).doesNotContain(other);
    }
  }

  @Test
  void aCommentSectionAfterTheArticleGoesFromItsHeadingOn() {
    List<String> comments = List.of("3 Comments", "harbourfan says:",
        "I have taken this ferry for years and the new winter timetable is much worse than the old one was.",
        "mariner22 says:",
        "The authority should have asked the people who actually take the ferry every day before changing "
            + "the timetable for the whole winter.");
    String t = lines(List.of(TITLE), ARTICLE, comments);
    Extraction e = clean(t);
    assertThat(kept(t, e)).containsAll(ARTICLE);
    for (String c : comments) {
      assertThat(reason(t, e, c)).as(c).hasValue("comments");
    }
  }

  @Test
  void twoCommenterSignaturesStartACommentSectionEvenWithoutAHeading() {
    List<String> comments = List.of("Jane Example on March 3, 2024 at 4:47 pm said:",
        "Forty minutes is far too long to wait on the pier in winter, and the authority knows that very well.",
        "Sam Sample on March 4, 2024 at 9:02 am said:",
        "I agree with Jane, the ferry timetable should stay as it is at least for the morning rush hour.");
    String t = lines(List.of(TITLE), ARTICLE, comments);
    Extraction e = clean(t);
    assertThat(kept(t, e)).containsAll(ARTICLE);
    assertThat(kept(t, e)).doesNotContainAnyElementsOf(comments);
    assertThat(Signals.isCommenter("jdoe says:")).isTrue();
    assertThat(Signals.isCommentMarker("Leave a Reply")).isTrue();
    assertThat(Signals.isCommentMarker("The comments of the minister were clear and the port must now act.")).isFalse();
  }

  @Test
  void aThreadOfStampedEntriesInTheFirstPersonIsReadersComments() {
    List<String> comments = List.of(
        "March 3, 2024 at 4:47 pm | I have taken this ferry for years and the winter timetable is much worse.",
        "It leaves too early for anyone who works in the town.",
        "March 3, 2024 at 5:02 pm | My view is that the authority never asked the people on the pier.",
        "March 3, 2024 at 5:10 pm | The old boat was slower but it ran every half hour all winter long.",
        "March 3, 2024 at 5:31 pm | We stopped taking it and drive round the bay now, which takes an hour.");
    String t = lines(List.of(TITLE), ARTICLE, comments);
    assertThat(Signals.isEntryStamp("At 10:14 am on 28 May 2010, pzero wrote: I think the ferry is fine.")).isTrue();
    assertThat(Signals.isEntryStamp("The ferry left at 10:14 and the next one at 11:00, the captain wrote.")).isFalse();
    Extraction e = clean(t);
    assertThat(kept(t, e)).containsAll(ARTICLE);
    for (String c : comments) {
      assertThat(reason(t, e, c)).as(c).hasValue("comments");
    }
  }

  @Test
  void stampedReportsOfALiveBlogStay() {
    List<String> updates = List.of(
        "4:47 pm | The authority confirmed the last crossing of the day will leave at six in the evening.",
        "5:02 pm | The harbour master said two extra boats will run on market days during the winter.",
        "5:10 pm | Councillors are to vote on the timetable at their meeting in the town hall next week.");
    String t = lines(List.of(TITLE), ARTICLE, updates);
    Extraction e = clean(t);
    assertThat(kept(t, e)).containsAll(ARTICLE).containsAll(updates);
  }

  @Test
  void aRelatedBoxAfterTheArticleGoesWithTheStoriesUnderIt() {
    String t = lines(List.of(TITLE), ARTICLE, concat(List.of("Related stories"), OTHER_STORIES));
    Extraction e = clean(t);
    assertThat(kept(t, e)).containsAll(ARTICLE);
    assertThat(kept(t, e)).doesNotContainAnyElementsOf(OTHER_STORIES).doesNotContain("Related stories");
  }

  @Test
  void aRelatedBoxInsideTheArticleDoesNotCutOffTheRestOfIt() {
    List<String> body = new ArrayList<>(ARTICLE.subList(0, 2));
    body.add("Related");
    body.add("Storm closes the harbour for a day");
    body.addAll(ARTICLE.subList(2, 4));
    String t = lines(List.of(TITLE), body, List.of());
    Extraction e = clean(t);
    assertThat(kept(t, e)).containsAll(ARTICLE);
  }

  @Test
  void dateLinesAreRecognisedAndAListingOfDatedTeasersIsNotBody() {
    assertThat(Signals.isDateLine("Tuesday November 19, 2019")).isTrue();
    assertThat(Signals.isDateLine("19.11.2019 10:07")).isTrue();
    assertThat(Signals.isDateLine("2 days ago at 07:52 am")).isTrue();
    assertThat(Signals.isDateLine("The ferry ran on November 19, 2019 for the last time.")).isFalse();
    List<String> listing = new ArrayList<>();
    for (String other : OTHER_STORIES) {
      listing.add("March 4, 2024");
      listing.add(other);
    }
    String t = lines(List.of(TITLE), ARTICLE, listing);
    Extraction e = clean(t);
    assertThat(kept(t, e)).containsAll(ARTICLE).doesNotContainAnyElementsOf(OTHER_STORIES);
  }

  @Test
  void aCaptionWithACreditBetweenParagraphsIsRemoved() {
    String caption = "Passengers board the older of the two ferries on a windy morning at the pier (AP Photo/Jane Example)";
    List<String> body = new ArrayList<>(ARTICLE);
    body.add(2, caption);
    String t = lines(List.of(TITLE), body, List.of());
    Extraction e = clean(t);
    assertThat(kept(t, e)).containsAll(ARTICLE);
    assertThat(reason(t, e, caption)).hasValue("caption");
  }

  @Test
  void aLongCookieNoticeIsNotMistakenForTheArticle() {
    String cookies = "This website uses cookies to improve your experience while you navigate through the website. "
        + "Out of these cookies, the cookies that are categorised as necessary are stored in your browser, and we "
        + "also use third-party cookies that help us analyse how you use this website, with your consent. You can "
        + "opt out of these cookies, but opting out of some of them may affect your browsing experience and the "
        + "privacy terms of the site, which are reserved.";
    String t = lines(List.of(TITLE), ARTICLE.subList(0, 2), List.of("Advert", "Subscribe", "Sections", cookies));
    Extraction e = clean(t);
    assertThat(kept(t, e)).containsAll(ARTICLE.subList(0, 2)).doesNotContain(cookies);
  }

  @Test
  void aQuestionHeadlineOpeningTheStretchIsTheTitleNotBody() {
    String q = "Why Will The Harbour Ferry Run Less Often This Winter?";
    String t = lines(List.of(q), ARTICLE, List.of());
    Extraction e = clean(t);
    assertThat(e.title()).isEqualTo(q);
    assertThat(reason(t, e, q)).hasValue("title");
    assertThat(kept(t, e)).containsExactlyElementsOf(ARTICLE);
  }

  @Test
  void japaneseParagraphsWithoutSpacesCountAsProse() {
    String p1 = "\u6E2F\u306E\u30D5\u30A7\u30EA\u30FC\u306F\u3001\u4ECA\u5E74\u306E\u51AC\u304B\u3089\u56DB\u5341"
        + "\u5206\u3054\u3068\u306B\u904B\u822A\u3059\u308B\u3068\u6E2F\u6E7E\u5C40\u304C\u767A\u8868\u3057\u307E"
        + "\u3057\u305F\u3002\u5D50\u3067\u591A\u304F\u306E\u4FBF\u304C\u6B20\u822A\u3057\u305F\u305F\u3081\u3067"
        + "\u3059\u3002";
    List<Block> b = Block.lines(p1);
    assertThat(b.get(0).terminal()).isTrue();
    assertThat(b.get(0).words()).isGreaterThanOrEqualTo(20);
    assertThat(b.get(0).bodyLike()).isTrue();
    assertThat(Block.stems(p1)).contains("\u30D5\u30A7");
  }

  @Test
  void aHardWrappedDumpIsReadParagraphByParagraph() {
    StringBuilder t = new StringBuilder("Home\nNews\nSport\n\n" + TITLE + "\n\n");
    for (String p : ARTICLE) {
      t.append(wrap(p, 64)).append("\n");
    }
    t.append("Share\nFacebook\nEmail\n");
    String text = t.toString();
    Extraction e = clean(text);
    List<String> kept = kept(text, e).stream().map(k -> k.replaceAll("\\s+", " ")).toList();
    assertThat(kept).containsExactlyElementsOf(ARTICLE);
    assertThat(e.title()).isEqualTo(TITLE);
  }

  @Test
  void anUnwrappedDumpIsNotJoined() {
    String t = lines(List.of(TITLE, "Home", "News"), ARTICLE, List.of("Share", "Email"));
    assertThat(Block.lines(t)).hasSize(ARTICLE.size() + 5);
  }

  @Test
  void aListOfHeadlinesOfSimilarLengthIsNotTakenForWrappedText() {
    String t = String.join("\n",
        "Storm closes the harbour for a day as ferries stay in the dock",
        "Bakery in the old market wins national prize for its rye bread",
        "City orchestra to play three free concerts in the garden",
        "Volunteers count four thousand cranes over the marshes at dawn",
        "Council approves new tram line through the narrow old town",
        "Football club signs young striker from its oldest local rival",
        "Heavy snow expected in the mountains over the coming weekend",
        "Actor opens new theatre festival in the harbour district today",
        "Museum shows a century of lighthouse photographs this winter",
        "School pupils build a weather station on the roof of the gym");
    assertThat(Block.lines(t)).hasSize(10);
  }

  @Test
  void newsletterBoxesAndTheAuthorNoteAtTheEndAreNotBody() {
    String promo = "Get the harbour news delivered to your inbox every morning. Sign up for our newsletter.";
    String bio = "Jane Example is a reporter for the Coast Gazette covering ports and shipping.";
    String t = lines(List.of(TITLE), ARTICLE, List.of(promo, bio));
    Extraction e = clean(t);
    assertThat(kept(t, e)).containsExactlyElementsOf(ARTICLE);
    assertThat(reason(t, e, promo)).hasValue("promo");
    assertThat(reason(t, e, bio)).hasValue("author-bio");
    // Prose that happens to use one such word is not a call to action.
    assertThat(Signals.isCallToAction(Block.lines("Audience members laughed when he said he had delivered.").get(0)))
        .isFalse();
  }

  @Test
  void aKickerInCapitalsBetweenParagraphsIsAHeadingAndAPlainCaptionIsNot() {
    List<String> body = new ArrayList<>(ARTICLE);
    body.add(2, "PASSENGERS COMPLAIN");
    body.add(1, "A ferry at the pier");
    String t = lines(List.of(TITLE), body, List.of());
    Extraction e = clean(t);
    assertThat(kept(t, e)).contains("PASSENGERS COMPLAIN").containsAll(ARTICLE);
    assertThat(reason(t, e, "A ferry at the pier")).hasValue("caption");
  }

  @Test
  void aNoteOfShortSentencesOnlyKeepsThemAll() {
    List<String> note = List.of("The ferry leaves at six tomorrow.", "Bring warm clothes for the crossing.",
        "Tickets are sold on the pier.", "Dogs travel free on the lower deck.", "The cafe opens at half past five.");
    String t = String.join("\n", note);
    assertThat(kept(t, clean(t))).containsExactlyElementsOf(note);
  }

  @Test
  void headlinesOfOtherStoriesFarAboveTheArticleAreNotItsHeadings() {
    List<String> menu = List.of("Ferry timetables and port news", "Harbour authority budget for the winter",
        "Storms cancel crossings on the coast", "Passengers and rush hour in the port", "Weather", "Login");
    String t = lines(concat(menu, List.of(TITLE, "By Jane Example")), ARTICLE, List.of());
    Extraction e = clean(t);
    assertThat(e.title()).isEqualTo(TITLE);
    assertThat(kept(t, e)).containsExactlyElementsOf(ARTICLE);
  }

  /** Wraps a paragraph at {@code width} columns, as text-mode browsers do. */
  private static String wrap(String p, int width) {
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder();
    for (String w : p.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + w.length() > width) {
        out.append(line).append('\n');
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(w);
    }
    return out.append(line).append('\n').toString();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
