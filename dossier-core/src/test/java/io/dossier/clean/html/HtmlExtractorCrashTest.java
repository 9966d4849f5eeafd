package io.dossier.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.clean.CorpusStats;
import io.dossier.clean.Extraction;
import io.dossier.ingest.ContentKind;
import io.dossier.ingest.Decoded;
import io.dossier.ingest.Decoder;
import io.dossier.model.CharSpan;
import io.dossier.model.Removal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A crash corpus of nasty pages: none may throw, and every result keeps the invariants the
 * brief relies on (spans inside the text, kept spans sorted and disjoint, kept and removed
 * blocks never overlapping, the same page giving the same result).
 */
class HtmlExtractorCrashTest {
  private final HtmlExtractor extractor = new HtmlExtractor();

  static Stream<String> nastyPages() {
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      deep.append("<div>");
    }
    deep.append("<p>Deep down there is a paragraph of text that ends like a sentence, finally.</p>");
    StringBuilder tables = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      tables.append("<table><tr><td>");
    }
    tables.append("cell");
    return Stream.of(
        "",
        "<",
        "<<<>>>",
        "<html",
        "</p></div></body></html>",
        "<p>unclosed <b>bold <i>italic <a href='x'>link",
        "<script>var x = '<p>not text</p>';",
        "<style>p { color: red }",
        "<!-- a comment that never ends <p>hidden</p>",
        "<![CDATA[ <p>cdata</p> ]]>",
        "<table><td>cell without row<td>another</table><p>after",
        "<pre>\n\n\n   spaced\n\n\nlines\n</pre>",
        "<p>" + "\u0000\u0001\u0002\uFFFD\uD800".repeat(50) + "</p>",
        "<p>" + "word ".repeat(10_000) + "</p>",
        "<div class='" + "x".repeat(100_000) + "'>attr</div>",
        "<br><br><br><br>",
        "<frameset><frame src='a.html'></frameset>",
        "<svg><text>svg text</text></svg><math><mi>x</mi></math>",
        "<body><p hidden>hidden</p><p style='display:none'>none</p></body>",
        "\uFEFF<!DOCTYPE html><html><body><article><p>Short.</p></article></body></html>",
        deep.toString(),
        tables.toString(),
        "<a href='/'>" + "<a href='/'>nested link ".repeat(1000),
        "plain text with no markup at all, which is not HTML but must still not crash.");
  }

  @ParameterizedTest
  @MethodSource("nastyPages")
  @Timeout(20)
  void nastyPagesNeverThrowAndKeepInvariants(String html) {
    Extraction x = extract(html);
    assertInvariants(x);
    assertThat(render(extract(html))).isEqualTo(render(x));
  }

  @Test
  void aPageWithNoArticleKeepsNothingAndSaysSo() {
    Extraction x = extract("<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav>"
        + "<ul><li><a href='/1'>First story headline here</a></li><li><a href='/2'>Second one</a></li></ul>"
        + "<footer>Copyright</footer></body></html>");
    assertThat(x.kept()).isEmpty();
    assertThat(x.flags()).contains("no-article");
    assertThat(x.removed()).isNotEmpty();
  }

  @Test
  @Timeout(60)
  void aTwentyMegabytePageIsExtractedWithoutTrouble() {
    StringBuilder sb = new StringBuilder(21 << 20);
    sb.append("<html><head><title>Big</title></head><body><nav>");
    for (int i = 0; i < 2_000; i++) {
      sb.append("<a href='/n").append(i).append("'>Menu item ").append(i).append("</a> ");
    }
    sb.append("</nav><article>");
    Random r = new Random(7);
    int i = 0;
    while (sb.length() < 20 << 20) {
      sb.append("<p>Paragraph ").append(i++).append(" says that ");
      for (int w = 0; w < 40; w++) {
        sb.append((char) ('a' + r.nextInt(26))).append("word ");
      }
      sb.append("and it ends here.</p>\n");
    }
    sb.append("</article></body></html>");
    Extraction x = extract(sb.toString());
    assertInvariants(x);
    assertThat(x.kept()).hasSizeGreaterThan(10_000);
  }

  @Test
  void wrongOrMissingCharsetsDecodeAndExtract() throws Exception {
    String page = "<html><head>%s<title>Café</title></head><body><article><p>Le café est fermé "
        + "aujourd’hui, a dit la propriétaire à ses clients réguliers du matin.</p></article></body></html>";
    List<byte[]> variants = new ArrayList<>();
    variants.add(String.format(page, "<meta charset=utf-8>").getBytes(Charset.forName("windows-1252")));
    variants.add(String.format(page, "<meta charset=iso-8859-1>").getBytes(StandardCharsets.UTF_8));
    variants.add(String.format(page, "").getBytes(Charset.forName("windows-1252")));
    variants.add(String.format(page, "<meta charset=no-such-charset>").getBytes(StandardCharsets.UTF_8));
    variants.add(String.format(page, "").getBytes(StandardCharsets.UTF_16LE));
    for (byte[] bytes : variants) {
      Decoded d = new Decoder().decode(bytes, "page.html", null);
      Extraction x = extractor.extract(d, CorpusStats.EMPTY);
      assertInvariants(x);
      assertThat(x.kept()).as("kept for %s", d.charset()).hasSize(1);
      assertThat(x.kept().get(0).of(x.text())).contains("caf");
    }
  }

  /** Random soup of tags, text and attributes: the invariants hold for any of them. */
  @Property(tries = 200)
  void randomTagSoupKeepsInvariants(@ForAll @IntRange(min = 0, max = 10_000) int seed) {
    Random r = new Random(seed);
    String[] parts = {"<p>", "</p>", "<div class='content'>", "<div class='share'>", "</div>", "<a href=x>",
        "</a>", "<br>", "<ul><li>", "</li></ul>", "<h2>", "</h2>", "<nav>", "</nav>", "<table><tr><td>",
        "</td></tr></table>", "<script>", "</script>", " ", "\n", "The council said on Tuesday that it would act. ",
        "Menu", "Share this", "©", "\u00A0", "<article>", "</article>", "<footer>", "</footer>", "&amp;", "&#x1F600;"};
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(200);
    for (int i = 0; i < n; i++) {
      sb.append(parts[r.nextInt(parts.length)]);
    }
    Extraction x = extract(sb.toString());
    assertInvariants(x);
  }

  private Extraction extract(String html) {
    return extractor.extract(new Decoded(html, ContentKind.HTML, "UTF-8", List.of()), CorpusStats.EMPTY);
  }

  static void assertInvariants(Extraction x) {
    int len = x.text().length();
    int last = 0;
    for (CharSpan k : x.kept()) {
      assertThat(k.start()).as("kept spans sorted and disjoint").isGreaterThanOrEqualTo(last);
      assertThat(k.end()).isLessThanOrEqualTo(len);
      assertThat(k.length()).isPositive();
      last = k.end();
    }
    for (Removal r : x.removed()) {
      assertThat(r.end()).isLessThanOrEqualTo(len);
      for (CharSpan k : x.kept()) {
        assertThat(k.overlaps(r.span())).as("kept and removed overlap").isFalse();
      }
    }
    assertThat(x.text()).doesNotContain("\n\n\n");
    if (x.kept().isEmpty()) {
      assertThat(x.flags()).contains("no-article");
    }
  }

  private static String render(Extraction x) {
    return x.kept() + "|" + x.removed() + "|" + x.title() + "|" + x.published() + "|" + x.flags();
  }
}
