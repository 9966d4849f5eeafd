package io.dossier.clean.html;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class} and {@code id} say it is: a weak signal, since names are
 * chosen by developers and wrappers often carry misleading ones ("page-with-sidebar"). The
 * extractor ignores a boilerplate name on an element that holds most of the page's prose.
 * Stateless and thread-safe.
 */
final class NameSignals {
  private static final java.util.Set<String> DIALOG = java.util.Set.of(
      "modal", "popup", "overlay", "lightbox", "dialog", "interstitial");
  private static final java.util.Set<String> PART = java.util.Set.of(
      "body", "content", "container", "wrap", "wrapper", "inner", "box", "dialog", "window", "backdrop");

  private static final java.util.Set<String> STATE = java.util.Set.of(
      "enable", "enabled", "has", "with", "no", "is", "js", "open", "show", "use", "allow");

  private NameSignals() {
  }

  /** The removal reason a boilerplate-sounding name suggests, or null. */
  static String boilerplate(Element e) {
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      String role = e.attr("role");
      return role.isEmpty() ? null : roleReason(role.toLowerCase(Locale.ROOT));
    }
    String r = scan(cls);
    if (r == null) {
      r = scan(id);
    }
    // Quirk: an embedded post ("social-embed", "article-widget article-tweet") quotes someone
    // inside the story; it is neither a share bar nor a sidebar widget.
    String lc = cls.toLowerCase(Locale.ROOT);
    if (("share".equals(r) || "sidebar".equals(r))
        && (lc.contains("embed") || lc.contains("tweet") || id.toLowerCase(Locale.ROOT).contains("embed"))) {
      r = null;
    }
    if (r == null && e.hasAttr("role")) {
      r = roleReason(e.attr("role").toLowerCase(Locale.ROOT));
    }
    return r;
  }

  /** True when the name says "the article text is here" (article, story, entry, post body). */
  static boolean articleLike(Element e) {
    if ("articleBody".equals(e.attr("itemprop")) || "text".equals(e.attr("itemprop"))) {
      return true;
    }
    String s = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    return s.contains("article-body") || s.contains("articlebody") || s.contains("article__body")
        || s.contains("story-body") || s.contains("storybody") || s.contains("entry-content")
        || s.contains("post-content") || s.contains("post-body") || s.contains("article-content")
        || s.contains("articlecontent") || s.contains("story-content") || s.contains("article-text")
        || s.contains("body-text") || s.contains("post-entry") || s.contains("story__body");
  }

  private static String roleReason(String role) {
    return switch (role) {
      case "navigation", "menubar", "menu" -> "navigation";
      case "contentinfo" -> "footer";
      case "banner" -> "header";
      case "complementary" -> "related";
      case "dialog", "alertdialog" -> "dialog";
      default -> null;
    };
  }

  private static String scan(String names) {
    if (names.isEmpty()) {
      return null;
    }
    // Text only for screen readers ("Advertisement", "Skip to content") is never seen on screen.
    String lower = names.toLowerCase(Locale.ROOT);
    if (lower.contains("sr-only") || lower.contains("visually-hidden") || lower.contains("screen-reader")
        || lower.contains("screenreader")) {
      return "hidden";
    }
    // Quirk: blog engines label posts with taxonomy classes ("tag-review", "author-jane",
    // "category-news"): generic words like these count only as the last part of a class name
    // ("post-tags", "entry-date").
    for (String item : lower.split("\\s+")) {
      int dash = Math.max(item.lastIndexOf('-'), item.lastIndexOf('_'));
      String last = dash >= 0 ? item.substring(dash + 1) : item;
      switch (last) {
        case "tags", "tag", "topics", "keywords", "tagged", "tagcloud":
          return "tags";
        case "author", "authors", "date", "published", "timestamp", "time", "meta":
          return "byline";
        default:
          break;
      }
      // Pop-ups and overlays (consent dialogs, sign-up walls, galleries) are not part of the
      // page; but "modal-enabled" or "popup-trigger" only describe behaviour.
      String first = item.split("[-_]", 2)[0];
      boolean state = false;
      for (String part : item.split("[-_]")) {
        state |= STATE.contains(part);
      }
      if (!state && (DIALOG.contains(last) || DIALOG.contains(first) && PART.contains(last))) {
        return "dialog";
      }
    }
    // Split on anything that is not a letter or digit, and at camelCase humps ("shareBar").
    StringBuilder tok = new StringBuilder();
    for (int i = 0; i <= names.length(); i++) {
      char c = i < names.length() ? names.charAt(i) : ' ';
      boolean hump = Character.isUpperCase(c) && tok.length() > 0
          && Character.isLowerCase(tok.charAt(tok.length() - 1));
      if (!Character.isLetterOrDigit(c) || hump) {
        if (tok.length() > 0) {
          String r = token(tok.toString().toLowerCase(Locale.ROOT));
          if (r != null) {
            return r;
          }
          tok.setLength(0);
        }
        if (hump) {
          tok.append(c);
        }
      } else {
        tok.append(c);
      }
    }
    return null;
  }

  /** One name token: short words must match exactly, long ones may be part of a compound. */
  private static String token(String t) {
    switch (t) {
      case "nav", "menu", "navbar", "breadcrumb", "breadcrumbs", "skip", "pagination", "pager":
        return "navigation";
      case "ad", "ads", "adv", "advert", "dfp", "gpt", "sponsor", "sponsored", "promo", "banner":
        return "advertisement";
      case "byline", "dateline":
        return "byline";
      case "footer", "foot":
        return "footer";
      case "header", "masthead":
        return "header";
      case "sidebar", "rail", "aside", "widget", "widgets":
        return "sidebar";
      case "caption", "credit", "credits", "figcaption":
        return "caption";
      case "invisible", "sronly", "visuallyhidden", "offscreen":
        return "hidden";
      default:
        break;
    }
    if (t.startsWith("comment") && !t.startsWith("commentar")) {
      return "comments";
    }
    if (t.contains("disqus") || t.equals("respond") || t.equals("replies")) {
      return "comments";
    }
    if (t.contains("related") || t.contains("recommend") || t.contains("outbrain")
        || t.contains("taboola") || t.contains("trending") || t.contains("popular")
        || t.contains("mostread") || t.contains("morestories") || t.contains("readmore")
        || t.contains("teaser") || t.contains("ticker") || t.equals("breaking")) {
      return "related";
    }
    if (t.startsWith("share") || t.startsWith("sharing") || t.contains("social")
        || t.endsWith("share") || t.endsWith("sharing")) {
      return "share";
    }
    if (t.contains("cookie") || t.contains("consent") || t.contains("gdpr")) {
      return "cookie-notice";
    }
    if (t.contains("newsletter") || t.contains("subscri") || t.contains("signup")
        || t.contains("paywall") || t.contains("regwall")) {
      return "subscription";
    }
    if (t.startsWith("advert") || t.startsWith("adslot") || t.startsWith("adunit")
        || t.startsWith("adcontainer") || t.startsWith("adwrap")) {
      return "advertisement";
    }
    if (t.startsWith("breadcrumb") || t.endsWith("nav") && t.length() > 4 && !t.startsWith("canvas")
        || t.startsWith("navbar") || t.startsWith("navigation") || t.startsWith("menu")) {
      return "navigation";
    }
    if (t.startsWith("footer") || t.startsWith("sitefooter") || t.endsWith("footer")) {
      return "footer";
    }
    if (t.startsWith("sidebar")) {
      return "sidebar";
    }
    return null;
  }
}
