package io.dossier.render;

/** Small text helpers for rendering. */
final class Texts {
  /**
   * Evidence shown per point in Markdown and HTML; brief.json keeps every source's. A point
   * that twenty sources make reads best with its few best sentences and a count.
   */
  static final int EVIDENCE_SHOWN = 6;

  private Texts() {
  }

  static <T> java.util.List<T> shown(java.util.List<T> evidence) {
    return evidence.subList(0, Math.min(EVIDENCE_SHOWN, evidence.size()));
  }

  /**
   * {@code s} cut to at most {@code max} characters plus an ellipsis, never between the two
   * halves of a surrogate pair (an emoji cut in half is not valid Unicode and cannot be written
   * as UTF-8).
   */
  static String shorten(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int cut = max - 1;
    if (cut > 0 && Character.isHighSurrogate(s.charAt(cut - 1))) {
      cut--;
    }
    // at a word when one ends in the last third: "would undermine…", not "would undermin…"
    int space = s.lastIndexOf(' ', cut);
    if (space >= cut * 2 / 3) {
      cut = space;
      while (cut > 0 && ",;:-".indexOf(s.charAt(cut - 1)) >= 0) {
        cut--;
      }
    }
    return s.substring(0, cut) + "…";
  }

  /**
   * Text as a reader sees it: the Penn Treebank's quote marks (`` and '') of tokenised corpora
   * as curly ones, its -LRB- and -RRB- as brackets. Display only: the JSON and every offset
   * keep the source's characters.
   */
  static String display(String s) {
    if (s.indexOf("``") >= 0 || s.indexOf("''") >= 0) {
      s = s.replace("``", "\u201C").replace("''", "\u201D");
    }
    if (s.indexOf("-LRB-") >= 0 || s.indexOf("-RRB-") >= 0) { // and its brackets as brackets
      s = s.replace("-LRB- ", "(").replace(" -RRB-", ")").replace("-LRB-", "(").replace("-RRB-", ")");
    }
    return s;
  }
}
