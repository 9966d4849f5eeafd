package io.dossier.clean.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title and publication date from a page's metadata: Open Graph and article meta tags,
 * schema.org JSON-LD ({@code headline}, {@code datePublished}) and microdata, Dublin Core and
 * other common meta names, {@code <time datetime>}, then {@code <h1>} and {@code <title>};
 * the date last of all from a {@code /yyyy/mm/dd/} canonical URL. Stateless and thread-safe.
 */
final class PageMetadata {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$)");
  private static final String[] DATE_METAS = {
      "article:published_time", "og:published_time", "og:article:published_time",
      "datePublished", "pubdate", "publishdate", "publish-date", "publish_date", "date",
      "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date",
      "parsely-pub-date", "article.published", "published_time", "citation_publication_date",
      "article_date_original", "originalpublicationdate"};
  private static final String[] TITLE_METAS = {"og:title", "twitter:title", "title", "dc.title"};

  private PageMetadata() {
  }

  record Meta(String title, LocalDate published) {
  }

  static Meta read(Document doc) {
    List<JsonNode> ld = jsonLd(doc);
    return new Meta(title(doc, ld), published(doc, ld));
  }

  private static String title(Document doc, List<JsonNode> ld) {
    for (JsonNode n : ld) {
      String h = text(n.get("headline"));
      if (h != null) {
        return h;
      }
    }
    for (String name : TITLE_METAS) {
      String v = meta(doc, name);
      if (v != null) {
        return v;
      }
    }
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      return h1.text().strip();
    }
    String t = doc.title();
    return t.isBlank() ? null : t.strip();
  }

  private static LocalDate published(Document doc, List<JsonNode> ld) {
    for (JsonNode n : ld) {
      LocalDate d = parseDate(text(n.get("datePublished")));
      if (d == null) {
        d = parseDate(text(n.get("dateCreated")));
      }
      if (d != null) {
        return d;
      }
    }
    for (String name : DATE_METAS) {
      LocalDate d = parseDate(meta(doc, name));
      if (d != null) {
        return d;
      }
    }
    for (Element e : doc.select("[itemprop=datePublished]")) {
      LocalDate d = parseDate(e.hasAttr("content") ? e.attr("content")
          : e.hasAttr("datetime") ? e.attr("datetime") : e.text());
      if (d != null) {
        return d;
      }
    }
    // Quirk: blogs mark the post date only with <time pubdate> or the first <time datetime>.
    for (Element e : doc.select("time[datetime]")) {
      LocalDate d = parseDate(e.attr("datetime"));
      if (d != null) {
        return d;
      }
    }
    for (String url : new String[] {attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url")}) {
      if (url != null) {
        Matcher m = URL_DATE.matcher(url);
        if (m.find()) {
          LocalDate d = date(m.group(1), m.group(2), m.group(3));
          if (d != null) {
            return d;
          }
        }
      }
    }
    return null;
  }

  private static String attr(Element e, String name) {
    return e == null ? null : e.attr(name);
  }

  /** The content of {@code <meta property|name|itemprop=name>}, or null when absent or blank. */
  private static String meta(Document doc, String name) {
    for (Element m : doc.getElementsByTag("meta")) {
      if (name.equalsIgnoreCase(m.attr("property")) || name.equalsIgnoreCase(m.attr("name"))
          || name.equalsIgnoreCase(m.attr("itemprop"))) {
        String c = m.attr("content").strip();
        if (!c.isEmpty()) {
          return c;
        }
      }
    }
    return null;
  }

  /** Article-like objects of the page's JSON-LD, flattening arrays and {@code @graph}. */
  private static List<JsonNode> jsonLd(Document doc) {
    List<JsonNode> out = new ArrayList<>();
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        collect(JSON.readTree(s.data()), out, 0);
      } catch (Exception e) {
        // Quirk: hand-written JSON-LD is often invalid (trailing commas, raw newlines); skip it.
      }
    }
    return out;
  }

  private static void collect(JsonNode n, List<JsonNode> out, int depth) {
    if (n == null || depth > 4) {
      return;
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        collect(c, out, depth + 1);
      }
    } else if (n.isObject()) {
      String type = n.path("@type").toString();
      if (type.contains("Article") || type.contains("Posting") || type.contains("Report")
          || type.contains("BlogPosting") || n.has("articleBody")) {
        out.add(n);
      }
      collect(n.get("@graph"), out, depth + 1);
      collect(n.get("mainEntity"), out, depth + 1);
    }
  }

  private static String text(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isArray() && n.size() > 0) {
      n = n.get(0);
    }
    if (!n.isTextual()) {
      return null;
    }
    String s = n.asText().strip();
    return s.isEmpty() ? null : s;
  }

  static LocalDate parseDate(String s) {
    if (s == null) {
      return null;
    }
    s = s.strip();
    Matcher m = ISO_DATE.matcher(s);
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = COMPACT_DATE.matcher(s);
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    return null;
  }

  private static LocalDate date(String y, String mo, String d) {
    try {
      int year = Integer.parseInt(y);
      if (year < 1900 || year > 2100) {
        return null;
      }
      return LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
