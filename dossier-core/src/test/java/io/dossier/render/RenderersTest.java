package io.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dossier.model.Brief;
import io.dossier.model.CharSpan;
import io.dossier.model.Page;
import io.dossier.model.Point;
import io.dossier.model.Quote;
import io.dossier.model.Removal;
import io.dossier.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class RenderersTest {
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String BREAKOUT = "\"><img src=x onerror=alert(2)>";
  private static final String NAV = "Menu " + SCRIPT;
  private static final String S1 = "The mayor said " + SCRIPT + " was found in the page.";
  private static final String S2 = "A second line quoted " + BREAKOUT + " as an attack.";
  private static final String TEXT = NAV + "\n" + S1 + " " + S2 + "\nTail <b>bold</b> & more.";

  private static Span span(String doc, String text, String piece) {
    int s = text.indexOf(piece);
    return Span.of(doc, text, s, s + piece.length());
  }

  private static Page page(String id, String title) {
    int s1 = TEXT.indexOf(S1);
    return new Page(id, "in/" + id + ".txt", title, null, "00", TEXT,
        List.of(new CharSpan(s1, s1 + S1.length() + 1 + S2.length())),
        List.of(new Removal(0, NAV.length(), "navigation")), List.of("flag " + BREAKOUT), null);
  }

  private static Brief brief(List<Page> pages, List<Span> summary, List<Point> points, List<Quote> quotes) {
    return new Brief(Brief.SCHEMA, "Why " + SCRIPT + "?", false, pages, summary, points, List.of(), quotes,
        List.of(), List.of(), List.of(), List.of());
  }

  private static Brief hostile() {
    Page p = page("doc1", "Title " + BREAKOUT + SCRIPT);
    Page failed = Page.failed("bad", "in/bad.bin", null, "binary " + SCRIPT);
    Span a = span("doc1", TEXT, S1);
    Span b = span("doc1", TEXT, S2);
    return brief(List.of(p, failed), List.of(a),
        List.of(new Point("Label " + SCRIPT, List.of("doc1"), List.of(a, b))), List.of());
  }

  @Test
  void htmlNeverContainsArticleMarkupUnescaped() {
    String html = new HtmlRenderer().render(hostile());
    assertThat(html).doesNotContain(SCRIPT, "<img", "<b>bold", "onerror=alert(2)>");
    Document d = Jsoup.parse(html);
    assertThat(d.select("script, img, [onerror]")).isEmpty();
    assertThat(d.text()).contains(SCRIPT, BREAKOUT);
  }

  @Test
  void markdownNeverContainsArticleMarkupUnescaped() {
    String md = new MarkdownRenderer().render(hostile());
    assertThat(md).doesNotContain("<script", "<img", "<b>");
    assertThat(md).contains("&lt;script&gt;");
  }

  @Test
  void everyEvidenceLinkInTheHtmlPointsToAnIdThatExists() {
    String html = new HtmlRenderer().render(hostile());
    assertLinksResolve(html);
  }

  @Test
  void everyEvidenceLinkInTheMarkdownPointsToAnIdThatExistsInTheHtml() {
    Brief b = hostile();
    Set<String> ids = ids(new HtmlRenderer().render(b));
    Matcher m = Pattern.compile("\\(brief\\.html#([^)]+)\\)").matcher(new MarkdownRenderer().render(b));
    int n = 0;
    while (m.find()) {
      assertThat(ids).contains(m.group(1));
      n++;
    }
    assertThat(n).isEqualTo(3);
  }

  @Test
  void theHtmlMarksEachEvidenceSpanExactlyOverItsText() {
    Document d = Jsoup.parse(new HtmlRenderer().render(hostile()));
    Span a = span("doc1", TEXT, S1);
    Element mark = d.getElementById(Anchors.span("doc1", a.start(), a.end()));
    assertThat(mark).isNotNull();
    assertThat(mark.tagName()).isEqualTo("mark");
    assertThat(mark.text()).isEqualTo(S1);
  }

  @Test
  void removedTextIsShownStruckThroughWithItsReason() {
    Document d = Jsoup.parse(new HtmlRenderer().render(hostile()));
    assertThat(d.select("span.removed")).anySatisfy(e -> {
      assertThat(e.text()).isEqualTo(NAV);
      assertThat(e.attr("title")).isEqualTo("removed: navigation");
    });
  }

  @Test
  void theHtmlTableListsFailedDocumentsWithTheirError() {
    Document d = Jsoup.parse(new HtmlRenderer().render(hostile()));
    assertThat(d.select("span.err").text()).isEqualTo("binary " + SCRIPT);
    assertThat(new MarkdownRenderer().render(hostile())).contains("error: binary &lt;script&gt;");
  }

  @Test
  void theProblemsOfABriefAreListedEscapedWithTheirDocumentAndStage() {
    Brief h = hostile();
    Brief b = new Brief(h.schema(), h.question(), h.questionInferred(), h.documents(), h.summary(), h.keyPoints(),
        h.counterPoints(), h.quotes(), h.timeline(), h.actors(), h.disputes(), List.of(
            new io.dossier.model.Problem("doc1", "quotes", "IllegalStateException: " + SCRIPT),
            new io.dossier.model.Problem(null, "actors", "StackOverflowError")));
    String html = new HtmlRenderer().render(b);
    assertThat(html).doesNotContain(SCRIPT);
    Document d = Jsoup.parse(html);
    assertThat(d.select("nav.toc a[href=#problems]").text()).isEqualTo("Problems (2)");
    assertThat(d.select("#problems + table tr").eachText()).containsExactly(
        "document stage what went wrong", "doc1 quotes IllegalStateException: " + SCRIPT,
        "all documents actors StackOverflowError");
    assertThat(new MarkdownRenderer().render(b)).contains("## Problems",
        "| doc1 | quotes | IllegalStateException: &lt;script&gt;", "| all documents | actors | StackOverflowError |");
    // a brief without problems has no such section
    assertThat(Jsoup.parse(new HtmlRenderer().render(h)).select("#problems")).isEmpty();
  }

  @Test
  void overlappingSpansStillLinkToAnExistingMarkInTheHtml() {
    Span sentence = span("doc1", TEXT, S1);
    String inner = SCRIPT + " was found";
    Span quoteSpan = span("doc1", TEXT, inner);
    Quote q = new Quote("The mayor", inner, "doc1", quoteSpan.start(), quoteSpan.end(), "said");
    Brief b = brief(List.of(page("doc1", null)), List.of(sentence),
        List.of(new Point("p", List.of("doc1"), List.of(sentence))), List.of(q));
    assertLinksResolve(new HtmlRenderer().render(b));
  }

  @Test
  void markdownLinksToOverlappingSpansExistInTheHtml() {
    Span sentence = span("doc1", TEXT, S1);
    String inner = SCRIPT + " was found";
    Span quoteSpan = span("doc1", TEXT, inner);
    Quote q = new Quote("The mayor", inner, "doc1", quoteSpan.start(), quoteSpan.end(), "said");
    Brief b = brief(List.of(page("doc1", null)), List.of(sentence), List.of(), List.of(q));
    Set<String> ids = ids(new HtmlRenderer().render(b));
    Matcher m = Pattern.compile("\\(brief\\.html#([^)]+)\\)").matcher(new MarkdownRenderer().render(b));
    while (m.find()) {
      assertThat(ids).contains(m.group(1));
    }
  }

  @Test
  void ownWordsAreQuotedAndReportedSpeechIsMarkedAsSuch() {
    String own = "was found in the page";
    String reported = "second line quoted";
    Span a = span("doc1", TEXT, own);
    Span b = span("doc1", TEXT, reported);
    Quote direct = new Quote("The mayor", own, "doc1", a.start(), a.end(), "said", Quote.Kind.DIRECT);
    Quote indirect = new Quote("The clerk", reported, "doc1", b.start(), b.end(), "said", Quote.Kind.INDIRECT);
    Brief br = brief(List.of(page("doc1", null)), List.of(), List.of(), List.of(direct, indirect));

    Document d = Jsoup.parse(new HtmlRenderer().render(br));
    List<String> items = d.select("li").eachText().stream().filter(t -> t.contains("The mayor") || t.contains("The clerk")).toList();
    assertThat(items).anySatisfy(t -> assertThat(t).contains("The mayor (said): \u201c" + own + "\u201d"));
    assertThat(items).anySatisfy(t -> assertThat(t).contains("The clerk (said, reported speech): " + reported)
        .doesNotContain("\u201c" + reported));
    String md = new MarkdownRenderer().render(br);
    assertThat(md).contains("**The mayor**: \u201c" + own + "\u201d").contains("**The clerk** (reported): " + reported);
  }

  @Test
  void documentIdsThatDifferOnlyInCaseGetDistinctAnchors() {
    Span a = span("Report", TEXT, S1);
    Span b = span("report", TEXT, S1);
    Brief br = brief(List.of(page("Report", null), page("report", null)), List.of(a, b), List.of(), List.of());
    List<String> all = new ArrayList<>();
    for (Element e : Jsoup.parse(new HtmlRenderer().render(br)).select("[id]")) {
      all.add(e.id());
    }
    assertThat(all).doesNotHaveDuplicates();
  }

  @Test
  void aLongTitleWithAnEmojiAtTheCutStaysValidUnicode() {
    String text = "Some sentence of the article that is cited here.";
    for (int cut : new int[] {66, 56}) {
      String title = "x".repeat(cut) + "\uD83D\uDEA2 and more words after the emoji to pass the limit";
      Page p = new Page("d", "d", title, null, null, text, List.of(new CharSpan(0, text.length())), List.of(),
          List.of(), null);
      Brief b = brief(List.of(p), List.of(Span.of("d", text, 0, text.length())), List.of(), List.of());
      var utf8 = java.nio.charset.StandardCharsets.UTF_8;
      assertThat(utf8.newEncoder().canEncode(new HtmlRenderer().render(b))).as("html, cut at %s", cut).isTrue();
      assertThat(utf8.newEncoder().canEncode(new MarkdownRenderer().render(b))).as("markdown, cut at %s", cut).isTrue();
    }
  }

  @Test
  void theJsonFollowsTheSchemaFieldNames() throws Exception {
    JsonNode j = BriefJson.mapper().readTree(BriefJson.write(hostile()));
    assertThat(j.get("schema").asText()).isEqualTo("dossier.brief/1");
    List<String> fields = new ArrayList<>();
    j.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("schema", "question", "questionInferred", "documents", "summary",
        "keyPoints", "counterPoints", "quotes", "timeline", "actors", "disputes");
    JsonNode doc = j.get("documents").get(0);
    List<String> docFields = new ArrayList<>();
    doc.fieldNames().forEachRemaining(docFields::add);
    assertThat(docFields).containsExactly("id", "source", "title", "published", "sha256", "text", "kept", "removed",
        "flags", "error");
    assertThat(doc.get("kept").get(0).isArray()).isTrue();
    assertThat(doc.get("removed").get(0).get("reason").asText()).isEqualTo("navigation");
    JsonNode s = j.get("summary").get(0);
    assertThat(doc.get("text").asText().substring(s.get("start").asInt(), s.get("end").asInt()))
        .isEqualTo(s.get("text").asText());
  }

  @Test
  void aSourceLinksBackToThePointsItMakesAndTheLinksResolve() {
    String html = new HtmlRenderer().render(hostile());
    Document d = Jsoup.parse(html);
    var back = d.select("p.backlinks a");
    assertThat(back).hasSize(1);
    assertThat(back.get(0).attr("href")).isEqualTo("#key-points-1");
    assertThat(d.getElementById("key-points-1")).isNotNull();
    assertThat(d.select("p.backlinks").text()).contains("key point 1", "Label " + SCRIPT);
    assertThat(d.select("p.backlinks script")).isEmpty();
    assertLinksResolve(html);
  }

  @Test
  void tokenisedQuoteMarksAreShownCurlyWhileTheJsonKeepsThem() throws Exception {
    String text = "He said ``we will stay'' on Monday.";
    Page p = new Page("tok", "in/tok.txt", "Tok", null, "00", text, List.of(new CharSpan(0, text.length())),
        List.of(), List.of(), null);
    Span s = Span.of("tok", text, 0, text.length());
    Brief b = brief(List.of(p), List.of(s), List.of(new Point("Stay", List.of("tok"), List.of(s))), List.of());
    Document d = Jsoup.parse(new HtmlRenderer().render(b));
    assertThat(d.select("p.summary").text()).contains("\u201Cwe will stay\u201D").doesNotContain("``");
    assertThat(d.select("div.src").text()).contains("\u201Cwe will stay\u201D");
    assertThat(BriefJson.write(b)).contains("``we will stay''");
    assertThat(Texts.display("troops -LRB- at least 300 -RRB- left")).isEqualTo("troops (at least 300) left");
  }

  private static Set<String> ids(String html) {
    Set<String> ids = new HashSet<>();
    for (Element e : Jsoup.parse(html).select("[id]")) {
      ids.add(e.id());
    }
    return ids;
  }

  private static void assertLinksResolve(String html) {
    Set<String> ids = ids(html);
    List<String> hrefs = new ArrayList<>();
    for (Element a : Jsoup.parse(html).select("a[href^=#]")) {
      hrefs.add(a.attr("href").substring(1));
    }
    assertThat(hrefs).isNotEmpty();
    assertThat(ids).containsAll(hrefs);
  }
}
