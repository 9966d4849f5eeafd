package io.dossier.clean.html;

import io.dossier.clean.CorpusStats;
import io.dossier.clean.Extraction;
import io.dossier.clean.Extractor;
import io.dossier.ingest.Decoded;
import io.dossier.model.CharSpan;
import io.dossier.model.Removal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in an HTML page.
 *
 * <p>Input: a decoded page (any {@link io.dossier.ingest.ContentKind}; it is parsed as HTML).
 * Output: an {@link Extraction} whose {@code text} is the page's visible text as blocks
 * separated by a blank line (boilerplate included), {@code kept} the article's blocks and
 * {@code removed} every other block with a reason (navigation, related, share, comments,
 * cookie-notice, footer, caption, title, links, ...). Title and date come from metadata.
 *
 * <p>How: every block gets a weight (prose counts for, link lists and boilerplate-named
 * parts count against); the article container is the element whose blocks weigh most (a
 * maximum-weight subtree), extended by sibling elements that are prose too. Inside it,
 * blocks in boilerplate parts, link lists, captions and the repeated title are removed,
 * and the short lines before the first and after the last paragraph (bylines, tags, share
 * prompts) are trimmed.
 *
 * <p>Stateless and thread-safe. Never throws on bad input: a page without an article gives
 * nothing kept and the flag {@code no-article}.
 */
public final class HtmlExtractor implements Extractor {
  /** Share of the page's prose above which a boilerplate-named element is taken as a wrapper. */
  private static final double WRAPPER_SHARE = 0.5;
  private static final java.util.Set<String> NEVER_WRAPPER = java.util.Set.of("comments", "cookie-notice");
  /** A child holding this share of its parent's weight is the tighter, better container. */
  private static final double DESCEND_SHARE = 0.85;
  /** A sibling of the container with this share of its weight in prose joins the article. */
  private static final double SIBLING_SHARE = 0.25;
  /** Weight factor for elements marked up as the article. */
  private static final double ARTICLE_BONUS = 1.25;

  @Override
  public Extraction extract(Decoded page, CorpusStats corpus) {
    try {
      return run(page.text());
    } catch (RuntimeException | StackOverflowError e) {
      // Exceptions are for bugs, but one odd page must not end a run of thousands.
      return new Extraction(page.text(), null, null, List.of(), List.of(),
          List.of("no-article", "extract-failed:" + e.getClass().getSimpleName()));
    }
  }

  private Extraction run(String html) {
    Document doc = Jsoup.parse(html);
    PageMetadata.Meta meta = PageMetadata.read(doc);
    BlockWalker walker = BlockWalker.walk(doc);
    String text = walker.text();
    List<Block> blocks = walker.blocks();
    List<String> flags = new ArrayList<>();

    Element container = classify(blocks, meta.title());
    List<CharSpan> kept = new ArrayList<>();
    List<Removal> removed = new ArrayList<>();
    for (Block b : blocks) {
      if (b.kept) {
        kept.add(new CharSpan(b.start, b.end));
      } else {
        removed.add(new Removal(b.start, b.end, b.reason == null ? "boilerplate" : b.reason));
      }
    }
    if (container == null || kept.isEmpty()) {
      flags.add("no-article");
    }
    return new Extraction(text, meta.title(), meta.published(), kept, removed, flags);
  }

  /** Weight of one block for choosing the container: prose for, links and labels against. */
  private static double weight(Block b, boolean good, String boiler) {
    if (boiler != null) {
      return -b.chars;
    }
    if (good) {
      return b.chars - b.linkChars;
    }
    if (b.linkDensity() > 0.5) {
      return -b.chars;
    }
    return -0.25 * b.chars;
  }

  /**
   * Prose: a run of text long enough to be a paragraph, few of its characters in links.
   * (Counted in characters as well as words so that pages in scripts without spaces work.)
   */
  private static boolean prose(Block b) {
    if (b.isHeading()) {
      return false;
    }
    // Quirk: news round-ups lead each item with a linked headline sentence ("<li><a>X did
    // Y.</a> More text</li>"): a long block may have more of its text in links.
    double maxLinks = b.words >= 30 ? 0.6 : 0.33;
    if (b.linkDensity() > maxLinks) {
      return false;
    }
    return b.words >= 15 || b.chars >= 120 || (b.words >= 7 && b.endsLikeSentence());
  }

  /** Marks each block kept or removed; returns the container, or null if there is no article. */
  private Element classify(List<Block> blocks, String title) {
    int n = blocks.size();
    boolean[] good = new boolean[n];
    double totalGood = 0;
    for (int i = 0; i < n; i++) {
      good[i] = prose(blocks.get(i));
      if (good[i]) {
        totalGood += blocks.get(i).chars;
      }
    }
    if (totalGood == 0) {
      for (Block b : blocks) {
        b.reason = outsideReason(b.owner, null, new IdentityHashMap<>());
      }
      return null;
    }
    // Pass 1: how much prose each element holds, to tell wrappers from real boilerplate parts.
    // Per element: prose characters, and the number of prose blocks.
    Map<Element, double[]> proseIn = new IdentityHashMap<>();
    for (int i = 0; i < n; i++) {
      if (good[i]) {
        for (Element e = blocks.get(i).owner; e != null; e = e.parent()) {
          double[] p = proseIn.computeIfAbsent(e, k -> new double[3]);
          p[0] += blocks.get(i).chars;
          p[1]++;
        }
      }
    }
    // Elements around a marked-up article (<article>, articleBody) holding much of the prose:
    // whatever their names, they are wrappers (p[2] = 1).
    for (Map.Entry<Element, double[]> en : proseIn.entrySet()) {
      if (en.getValue()[0] >= 0.3 * totalGood && articleMarkup(en.getKey())) {
        for (Element e = en.getKey(); e != null; e = e.parent()) {
          proseIn.get(e)[2] = 1;
        }
      }
    }
    Map<Element, String> names = new IdentityHashMap<>();
    String[] boiler = new String[n];
    for (int i = 0; i < n; i++) {
      boiler[i] = boilerAncestor(blocks.get(i).owner, null, names, proseIn, totalGood);
    }
    // Pass 2: the maximum-weight subtree.
    Map<Element, double[]> sum = new IdentityHashMap<>();
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      double w = weight(b, good[i] && boiler[i] == null, boiler[i]);
      for (Element e = b.owner; e != null; e = e.parent()) {
        sum.computeIfAbsent(e, k -> new double[1])[0] += w;
      }
    }
    // Markup that says "the article is here" (<article>, <main>, schema.org articleBody,
    // "entry-content"-style names) raises an element's weight; it is only a tie-breaker,
    // since listing pages use <article> for every teaser.
    for (Map.Entry<Element, double[]> en : sum.entrySet()) {
      double[] s = en.getValue();
      if (s[0] > 0 && articleMarkup(en.getKey())) {
        s[0] *= ARTICLE_BONUS;
      }
    }
    // The heaviest element, visited in document order from each block upwards, so that ties go
    // to the first and deepest element and the result never depends on hash order.
    Element best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Block b : blocks) {
      for (Element e = b.owner; e != null; e = e.parent()) {
        double s = sum.get(e)[0];
        if (s > bestScore) {
          best = e;
          bestScore = s;
        }
      }
    }
    if (best == null || bestScore <= 0) {
      for (Block b : blocks) {
        b.reason = outsideReason(b.owner, null, names);
      }
      return null;
    }
    // Prefer the tighter element: a page's teaser rail or a list of other stories adds a little
    // prose to the element above the article; take a child that holds nearly all the weight.
    for (boolean moved = true; moved; ) {
      moved = false;
      for (Element c : best.children()) {
        double[] s = sum.get(c);
        if (s != null && s[0] >= DESCEND_SHARE * bestScore) {
          best = c;
          bestScore = s[0];
          moved = true;
          break;
        }
      }
    }
    // Quirk: templates split the article body over sibling elements (a lead paragraph in its
    // own wrapper, body columns, "page 1" and "page 2" divs): take siblings that are prose too.
    List<Element> region = new ArrayList<>();
    region.add(best);
    Element parent = best.parent();
    if (parent != null) {
      for (Element sib : parent.children()) {
        if (sib == best) {
          continue;
        }
        double[] s = sum.get(sib);
        double[] p = proseIn.get(sib);
        if (s != null && p != null && s[0] > 0 && p[0] >= SIBLING_SHARE * bestScore
            && NameSignals.boilerplate(sib) == null) {
          region.add(sib);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      Element root = regionRoot(b.owner, region);
      if (root == null) {
        b.reason = b.tag().equals("h1") || title != null && b.words <= 30 && sameText(b.text, title)
            ? "title" : outsideReason(b.owner, null, names);
        continue;
      }
      String r = insideReason(b, root, title, names, proseIn, totalGood);
      if (r != null) {
        b.reason = r;
      } else {
        b.kept = true;
      }
    }
    trimEnds(blocks, good);
    if (isListing(blocks, good, region)) {
      for (Block b : blocks) {
        if (b.kept) {
          b.kept = false;
          b.reason = "teaser";
        }
      }
      return null;
    }
    return best;
  }

  /**
   * A front page or section page: the "prose" is a list of teasers, each a linked headline
   * with a one- or two-paragraph summary in a unit of its own. Such a page has no article.
   * Articles whose sections open with linked subheadings have longer sections than that.
   */
  private static boolean isListing(List<Block> blocks, boolean[] good, List<Element> region) {
    Map<Element, int[]> units = new IdentityHashMap<>();
    double prose = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (!b.kept || !good[i]) {
        continue;
      }
      prose += b.chars;
      Element unit = unitOf(b.owner, region);
      if (unit != null) {
        units.computeIfAbsent(unit, k -> new int[2])[0]++;
        units.get(unit)[1] += b.chars;
      }
    }
    int teasers = 0;
    double teaserChars = 0;
    for (Map.Entry<Element, int[]> en : units.entrySet()) {
      if (en.getValue()[0] <= 2 && hasLinkedHeadline(en.getKey())) {
        teasers++;
        teaserChars += en.getValue()[1];
      }
    }
    return teasers >= 4 && teaserChars >= 0.7 * prose;
  }

  /** The child of a region element that holds {@code e}: one item of a list of stories. */
  private static Element unitOf(Element e, List<Element> region) {
    Element prev = null;
    for (Element x = e; x != null; x = x.parent()) {
      if (region.contains(x)) {
        return prev;
      }
      prev = x;
    }
    return null;
  }

  private static boolean hasLinkedHeadline(Element unit) {
    for (Element h : unit.select("h1, h2, h3, h4, h5, h6")) {
      Element a = h.selectFirst("a[href]");
      if (a != null && a.text().length() >= 0.8 * h.text().length() && !h.text().isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static boolean articleMarkup(Element e) {
    String tag = e.normalName();
    return tag.equals("article") || tag.equals("main") || NameSignals.articleLike(e);
  }

  private static Element regionRoot(Element owner, List<Element> region) {
    for (Element e = owner; e != null; e = e.parent()) {
      for (Element r : region) {
        if (r == e) {
          return r;
        }
      }
    }
    return null;
  }

  /**
   * The reason given by the nearest boilerplate-named ancestor of {@code owner} below
   * {@code stop} (exclusive), ignoring wrappers that hold most of the page's prose.
   */
  private static String boilerAncestor(Element owner, Element stop, Map<Element, String> names,
      Map<Element, double[]> proseIn, double totalGood) {
    for (Element e = owner; e != null && e != stop; e = e.parent()) {
      String tag = e.normalName();
      if (tag.equals("body") || tag.equals("html") || tag.equals("#root")) {
        return null;
      }
      String r = tagReason(tag);
      if (r == null) {
        r = names.computeIfAbsent(e, k -> {
          String x = NameSignals.boilerplate(k);
          return x == null ? "" : x;
        });
        if (r.isEmpty()) {
          r = null;
        }
      }
      if (r != null) {
        // Quirk: layout wrappers carry names like "page-with-sidebar" or "has-comments"; an
        // element holding most of the page's prose in several paragraphs is not boilerplate.
        // Comment threads and consent dialogs can out-write the article, so they never count
        // as wrappers.
        double[] p = proseIn.get(e);
        boolean wrapper = p != null && !NEVER_WRAPPER.contains(r)
            && (p[2] > 0 || p[0] >= WRAPPER_SHARE * totalGood && p[1] >= 3 && !r.equals("dialog"));
        if (!wrapper) {
          return r;
        }
      }
    }
    return null;
  }

  /** Sectioning elements that are never the article's text. */
  private static String tagReason(String tag) {
    return switch (tag) {
      case "nav" -> "navigation";
      case "footer" -> "footer";
      case "aside" -> "related";
      case "header" -> "header";
      case "figcaption", "caption" -> "caption";
      case "dialog" -> "dialog";
      case "form" -> null; // Quirk: ASP.NET pages wrap the whole page in one <form>.
      default -> null;
    };
  }

  private static String insideReason(Block b, Element root, String title, Map<Element, String> names,
      Map<Element, double[]> proseIn, double totalGood) {
    String r = boilerAncestor(b.owner, root, names, proseIn, totalGood);
    if (r != null) {
      return r;
    }
    if (b.tag().equals("h1") || title != null && b.words <= 30 && sameText(b.text, title)) {
      return "title";
    }
    // Links inside the article: a headline teaser ("Man Shot at Gas Station") goes, a linked
    // sentence of the story ("The suspect was convicted last week.") stays.
    if (b.linkDensity() > 0.5 && !(b.words >= 30 && b.linkDensity() <= 0.6)
        && !(b.words >= 8 && b.endsLikeSentence())) {
      return "links";
    }
    // Quirk: fallbacks for old browsers show escaped markup ("<img src=...>") as text.
    if (b.text.startsWith("<") && b.text.endsWith(">") && b.text.indexOf('=') > 0) {
      return "markup";
    }
    return null;
  }

  private static boolean sameText(String a, String b) {
    return CorpusStats.key(a).equals(CorpusStats.key(b));
  }

  private static String outsideReason(Element owner, Element stop, Map<Element, String> names) {
    String r = boilerAncestor(owner, stop, names, Map.of(), Double.POSITIVE_INFINITY);
    return r == null ? "boilerplate" : r;
  }

  /**
   * Bylines, datelines, "share this" prompts and tag lists sit just before the first and after
   * the last paragraph inside the article element: short non-prose blocks there are trimmed.
   * Subheadings and list items between paragraphs stay.
   */
  private static void trimEnds(List<Block> blocks, boolean[] good) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).kept && good[i]) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (first < 0) {
      return;
    }
    for (int i = 0; i < first; i++) {
      Block b = blocks.get(i);
      // A short opening sentence ("It was a cold night.") is the story; a byline is not.
      boolean sentence = b.words >= 5 && b.endsLikeSentence() && b.linkDensity() < 0.3;
      if (b.kept && !b.isHeading() && !sentence) {
        b.kept = false;
        b.reason = "lead-in";
      }
    }
    for (int i = last + 1; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      // A closing sentence with a few links in it is still the story.
      boolean sentence = b.words >= 10 && b.endsLikeSentence() && b.linkDensity() <= 0.6;
      if (b.kept && !sentence && !(isListLike(b) && b.words >= 4 && b.linkDensity() < 0.2)) {
        b.kept = false;
        b.reason = "end-matter";
      }
    }
  }

  private static boolean isListLike(Block b) {
    String t = b.tag();
    return t.equals("li") || t.equals("td") || t.equals("dd") || t.equals("pre");
  }
}
