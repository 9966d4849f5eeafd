package io.dossier.clean.html;

import org.jsoup.nodes.Element;

/**
 * One visible block of a page: a run of text between block-level boundaries, where it sits
 * in the published text ({@code start}, {@code end}), the element that holds it, and the
 * counts the heuristics read. Mutable only while {@link BlockWalker} builds it; package-private.
 */
final class Block {
  final Element owner;
  final int start;
  final int end;
  final String text;
  /** Non-white-space characters, and those of them inside links. */
  final int chars;
  final int linkChars;
  final int words;
  /** Set by the extractor: kept as article, or the reason it was removed. */
  boolean kept;
  String reason;

  Block(Element owner, int start, int end, String text, int chars, int linkChars) {
    this.owner = owner;
    this.start = start;
    this.end = end;
    this.text = text;
    this.chars = chars;
    this.linkChars = linkChars;
    this.words = countWords(text);
  }

  double linkDensity() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }

  String tag() {
    return owner.normalName();
  }

  boolean isHeading() {
    String t = tag();
    return t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6';
  }

  /** Ends like a sentence: the mark of running prose rather than a label or a menu item. */
  boolean endsLikeSentence() {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '。' || c == '…' || c == ':' || c == ';' || c == '！'
          || c == '？' || c == '．') {
        return true;
      }
      if (c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == '»' || c == '」' || c == '）'
          || Character.isWhitespace(c)) {
        continue;
      }
      return false;
    }
    return false;
  }

  /**
   * Words, for texts with spaces; Chinese and Japanese are written without them, so there
   * every two ideographs or kana count as a word (about the information of an English word).
   */
  static int countWords(String s) {
    int n = 0;
    int cjk = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isCjk(c)) {
        cjk++;
        in = false;
        continue;
      }
      boolean w = Character.isLetterOrDigit(c);
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n + cjk / 2;
  }

  private static boolean isCjk(char c) {
    return (c >= '\u3040' && c <= '\u30FF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u4E00' && c <= '\u9FFF')
        || (c >= '\uF900' && c <= '\uFAFF');
  }

  @Override
  public String toString() {
    return (kept ? "+ " : "- " + reason + " ") + tag() + " " + text.substring(0, Math.min(80, text.length()));
  }
}
