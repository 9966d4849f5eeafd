package io.dossier.clean.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns a parsed page into its visible text, as blocks separated by a blank line, the way a
 * browser lays out block-level elements. Inside a block, runs of white space become one
 * space, {@code <br>} becomes a line break, and {@code <pre>} keeps its lines; a block never
 * contains a blank line, so "\n\n" always separates blocks. Invisible content (scripts,
 * styles, {@code hidden}, inline {@code display:none}, form controls, embedded media) is
 * skipped. One walker per page; not thread-safe.
 */
final class BlockWalker implements NodeFilter {
  /** Elements that start and end a block (HTML's block-level and table-cell elements). */
  static final Set<String> BLOCK_TAGS = Set.of(
      "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
      "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
      "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol",
      "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
      "caption", "ul", "legend", "listing", "plaintext", "xmp", "frameset", "noframes");

  /** Elements whose content a reader never sees as text. */
  private static final Set<String> SKIP_TAGS = Set.of(
      "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
      "embed", "canvas", "video", "audio", "select", "option", "button", "input", "textarea",
      "link", "meta", "title", "map", "picture", "img", "source", "track", "datalist", "dialog");

  private final StringBuilder out = new StringBuilder();
  private final List<Block> blocks = new ArrayList<>();
  private final Deque<Element> owners = new ArrayDeque<>();
  private final StringBuilder cur = new StringBuilder();
  private int curChars;
  private int curLinkChars;
  private int linkDepth;
  private int preDepth;
  private Element curOwner;
  private final java.util.Map<Element, Boolean> cellKinds = new java.util.IdentityHashMap<>();

  /** Walks {@code root} (normally the document's {@code <body>} or {@code <html>}). */
  static BlockWalker walk(Element root) {
    BlockWalker w = new BlockWalker();
    w.owners.push(root);
    NodeTraversor.filter(w, root);
    w.flush();
    return w;
  }

  String text() {
    return out.toString();
  }

  List<Block> blocks() {
    return blocks;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      append(t.getWholeText());
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) {
      return FilterResult.SKIP_ENTIRELY; // comments, doctype, data nodes of scripts
    }
    String tag = e.normalName();
    // A <dialog> is shown only when open (cookie and sign-up prompts often are).
    boolean skip = SKIP_TAGS.contains(tag) && !(tag.equals("dialog") && e.hasAttr("open"));
    if (depth > 0 && (skip || isHidden(e))) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (tag.equals("br")) {
      // Quirk: old pages and some CMSs make paragraphs with <br><br> instead of <p>.
      if (cur.length() > 0 && cur.charAt(cur.length() - 1) == '\n') {
        flush();
      } else if (cur.length() > 0) {
        cur.append('\n');
      }
      return FilterResult.CONTINUE;
    }
    if ((tag.equals("td") || tag.equals("th")) && !hasBlockInside(e)) {
      // A data cell: cells of one row stay on one line, separated by a tab.
      if (cur.length() > 0 && cur.charAt(cur.length() - 1) != '\n') {
        if (cur.charAt(cur.length() - 1) == ' ') {
          cur.setLength(cur.length() - 1);
        }
        cur.append('\t');
      }
      return FilterResult.CONTINUE;
    }
    if (BLOCK_TAGS.contains(tag)) {
      flush();
      owners.push(e);
      if (tag.equals("pre") || tag.equals("listing") || tag.equals("xmp") || tag.equals("plaintext")) {
        preDepth++;
      }
    } else if (tag.equals("a")) {
      linkDepth++;
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element e) {
      String tag = e.normalName();
      if ((tag.equals("td") || tag.equals("th")) && !hasBlockInside(e)) {
        return FilterResult.CONTINUE;
      }
      if (BLOCK_TAGS.contains(tag)) {
        flush();
        if (!owners.isEmpty() && owners.peek() == e) {
          owners.pop();
        }
        if (tag.equals("pre") || tag.equals("listing") || tag.equals("xmp") || tag.equals("plaintext")) {
          preDepth--;
        }
      } else if (tag.equals("a")) {
        linkDepth--;
      }
    }
    return FilterResult.CONTINUE;
  }

  private void append(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B';
      if (space) {
        if (preDepth > 0 && (c == '\n' || c == '\r')) {
          if (c == '\n') {
            cur.append('\n');
          }
        } else if (cur.length() > 0 && cur.charAt(cur.length() - 1) != ' '
            && cur.charAt(cur.length() - 1) != '\n') {
          cur.append(' ');
        }
      } else {
        if (cur.length() == 0 || curOwner == null) {
          curOwner = owners.peek();
        }
        cur.append(c);
        curChars++;
        if (linkDepth > 0) {
          curLinkChars++;
        }
      }
    }
  }

  /** Ends the current block: trims it, drops blank lines inside it, appends it to the text. */
  private void flush() {
    if (curChars > 0) {
      String t = tidy(cur);
      if (!t.isEmpty()) {
        if (out.length() > 0) {
          out.append("\n\n");
        }
        int start = out.length();
        out.append(t);
        blocks.add(new Block(curOwner, start, out.length(), t, curChars, curLinkChars));
      }
    }
    cur.setLength(0);
    curChars = 0;
    curLinkChars = 0;
    curOwner = null;
  }

  /** Trims each line's ends and removes empty lines, so a block never holds "\n\n". */
  private static String tidy(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    int i = 0;
    int n = s.length();
    while (i < n) {
      int j = i;
      while (j < n && s.charAt(j) != '\n') {
        j++;
      }
      int a = i;
      int z = j;
      while (a < z && Character.isWhitespace(s.charAt(a))) {
        a++;
      }
      while (z > a && Character.isWhitespace(s.charAt(z - 1))) {
        z--;
      }
      if (z > a) {
        if (b.length() > 0) {
          b.append('\n');
        }
        b.append(s, a, z);
      }
      i = j + 1;
    }
    return b.toString();
  }

  /** True when a table cell holds block-level content (a layout table), not just a value. */
  private boolean hasBlockInside(Element cell) {
    Boolean known = cellKinds.get(cell);
    if (known != null) {
      return known;
    }
    boolean block = false;
    for (Element d : cell.getAllElements()) {
      if (d != cell && BLOCK_TAGS.contains(d.normalName())) {
        block = true;
        break;
      }
    }
    // Quirk: layout tables put a whole page column in one cell with <br>s and no <p>.
    if (!block && cell.select("br").size() >= 2) {
      block = true;
    }
    cellKinds.put(cell, block);
    return block;
  }

  /**
   * Hidden by markup: the {@code hidden} attribute, {@code aria-hidden} menus are left alone
   * (screen-reader hiding is not visual), inline {@code display:none} or
   * {@code visibility:hidden}, and {@code type=hidden}.
   */
  static boolean isHidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (s.contains("display:none") || s.contains("visibility:hidden")) {
        return true;
      }
    }
    return false;
  }
}
