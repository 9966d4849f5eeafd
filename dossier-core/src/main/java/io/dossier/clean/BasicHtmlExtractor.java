package io.dossier.clean;

import io.dossier.ingest.ContentKind;
import io.dossier.ingest.Decoded;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A first HTML extractor: the page's visible text, one block per line-level element, cleaned
 * by the {@link TextDumpCleaner}'s line signals. Elements that are never article (scripts,
 * styles, forms, navigation, headers and footers) are left out of the text. Stateless.
 */
public final class BasicHtmlExtractor implements Extractor {
  private static final java.util.Set<String> SKIP = java.util.Set.of(
      "script", "style", "noscript", "template", "svg", "iframe", "nav", "header", "footer",
      "form", "button", "select", "aside", "head", "object", "embed", "canvas");
  private static final java.util.Set<String> BLOCKS = java.util.Set.of(
      "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "tr", "td", "th", "pre",
      "section", "article", "main", "figcaption", "dd", "dt", "br", "table", "ul", "ol", "figure", "title");
  private final TextDumpCleaner lines = new TextDumpCleaner();

  @Override
  public Extraction extract(Decoded page, CorpusStats corpus) {
    Document doc = Jsoup.parse(page.text());
    StringBuilder sb = new StringBuilder();
    walk(doc.body(), sb);
    String text = sb.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" ?\\n ?", "\n")
        .replaceAll("\\n{2,}", "\n\n").strip();
    Extraction e = lines.extract(new Decoded(text, ContentKind.TEXT, page.charset(), page.flags()), corpus);
    String title = meta(doc, "og:title");
    if (title == null && !doc.title().isBlank()) {
      title = doc.title().strip();
    }
    LocalDate published = null;
    String date = meta(doc, "article:published_time");
    if (date != null && date.length() >= 10) {
      try {
        published = LocalDate.parse(date.substring(0, 10));
      } catch (RuntimeException ignored) {
        published = null; // malformed date metadata is common; the path may still give one
      }
    }
    return new Extraction(e.text(), title != null ? title : e.title(), published, e.kept(), e.removed(), e.flags());
  }

  private static String meta(Document doc, String property) {
    Element m = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
    if (m == null) {
      return null;
    }
    String c = m.attr("content").strip();
    return c.isEmpty() ? null : c;
  }

  private static void walk(Node node, StringBuilder sb) {
    if (node == null) {
      return;
    }
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        sb.append(t.getWholeText());
      } else if (child instanceof Element el) {
        String tag = el.normalName();
        if (SKIP.contains(tag) || el.hasAttr("hidden")) {
          continue;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
          sb.append('\n');
        }
        walk(el, sb);
        if (block) {
          sb.append('\n');
        }
      }
    }
  }
}
