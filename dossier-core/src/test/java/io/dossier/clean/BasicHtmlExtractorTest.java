package io.dossier.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.ingest.ContentKind;
import io.dossier.ingest.Decoded;
import io.dossier.model.CharSpan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BasicHtmlExtractorTest {
  private static final String P1 = "The council voted on Tuesday to replace the harbour ferry with a bridge, because "
      + "the old ferry has become too expensive to repair.";
  private static final String P2 = "Engineers told the council that the ferry engines would need a full overhaul "
      + "within two years, at a cost close to the price of the bridge.";
  private static final String P3 = "Residents of the island worry that the bridge tolls on the harbour will be "
      + "higher than the ferry fares, the council heard.";

  private static Extraction extract(String html) {
    return new BasicHtmlExtractor().extract(new Decoded(html, ContentKind.HTML, "UTF-8", List.of()), CorpusStats.EMPTY);
  }

  private static String page() {
    return "<!DOCTYPE html><html><head><title>Site | Ferry to be replaced</title>"
        + "<meta property=\"og:title\" content=\"Ferry to be replaced by a bridge\">"
        + "<meta property=\"article:published_time\" content=\"2024-03-05T10:00:00Z\">"
        + "<script>var secret = 'script text';</script><style>.x{color:red}</style></head><body>"
        + "<header>Site header</header><nav><a href=/>Home</a> <a href=/news>News</a></nav>"
        + "<article><h1>Ferry to be replaced by a bridge</h1><p>" + P1 + "</p><p>" + P2 + "</p>"
        + "<div hidden>hidden text</div><p>" + P3.replace("harbour", "<b>harbour</b>") + "</p></article>"
        + "<form><button>Subscribe</button></form><footer>Footer text</footer>"
        + "<script>document.write('late script')</script></body></html>";
  }

  @Test
  void scriptsStylesNavigationFormsAndHiddenElementsAreNotInTheText() {
    Extraction e = extract(page());
    assertThat(e.text()).doesNotContain("script text", "color:red", "Site header", "Home", "hidden text",
        "Subscribe", "Footer text", "late script");
  }

  @Test
  void paragraphsAreKeptAsBlocksSeparatedByBlankLinesAndInlineTagsAreDropped() {
    Extraction e = extract(page());
    List<String> kept = e.kept().stream().map(k -> k.of(e.text())).toList();
    assertThat(kept).contains(P1, P2, P3);
    assertThat(e.text()).contains(P1 + "\n\n" + P2);
  }

  @Test
  void titleAndPublicationDateComeFromTheMetadata() {
    Extraction e = extract(page());
    assertThat(e.title()).isEqualTo("Ferry to be replaced by a bridge");
    assertThat(e.published()).isEqualTo(LocalDate.of(2024, 3, 5));
  }

  @Test
  void malformedDateMetadataIsIgnored() {
    Extraction e = extract(page().replace("2024-03-05T10:00:00Z", "yesterday at noon"));
    assertThat(e.published()).isNull();
  }

  @Test
  void keptSpansIndexTheExtractedText() {
    Extraction e = extract(page());
    int last = 0;
    for (CharSpan k : e.kept()) {
      assertThat(k.start()).isGreaterThanOrEqualTo(last);
      assertThat(k.end()).isLessThanOrEqualTo(e.text().length());
      last = k.end();
    }
  }

  @Test
  void aPageOfOnlyScriptHasNoArticle() {
    Extraction e = extract("<html><head><script>var a=1;</script></head><body><script>x()</script></body></html>");
    assertThat(e.kept()).isEmpty();
    assertThat(e.flags()).contains("no-article");
  }
}
