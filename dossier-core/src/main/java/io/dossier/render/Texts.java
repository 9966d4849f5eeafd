package io.dossier.render;

/** Small text helpers for rendering. */
final class Texts {
  private Texts() {
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
    return s.substring(0, cut) + "…";
  }
}
