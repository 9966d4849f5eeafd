package io.dossier.clean;

import io.dossier.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One line-level block of a text dump (a paragraph, heading, caption, menu entry...) with the
 * surface signals the cleaner reads. {@code [start, end)} excludes surrounding white space.
 */
record Block(int index, int start, int end, String text, int words, boolean terminal,
    Set<String> stems) {

  /** Splits a text into its non-blank lines. */
  static List<Block> lines(String text) {
    List<Block> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int e = i;
      while (e < n && text.charAt(e) != '\n' && text.charAt(e) != '\r') {
        e++;
      }
      int s = i;
      int t = e;
      while (s < t && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (t > s && Character.isWhitespace(text.charAt(t - 1))) {
        t--;
      }
      if (t > s) {
        String line = text.substring(s, t);
        out.add(new Block(out.size(), s, t, line, Words.count(line), endsTerminal(line),
            Words.contentStemSet(line)));
      }
      i = e + 1;
    }
    return out;
  }

  /**
   * True when the line ends as a sentence does: {@code . ! ? …} possibly followed by closing
   * quotes or brackets, or a closing quote after a word (a quoted sentence whose full stop
   * sits inside the mark).
   */
  static boolean endsTerminal(String s) {
    int i = s.length() - 1;
    while (i >= 0 && isCloser(s.charAt(i))) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char c = s.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == '\u2026' || (i < s.length() - 1 && isQuoteCloser(s.charAt(i + 1)));
  }

  static boolean isCloser(char c) {
    return isQuoteCloser(c) || c == ')' || c == ']' || c == ' ';
  }

  static boolean isQuoteCloser(char c) {
    return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == '\u00BB';
  }

  boolean bodyLike() {
    return (words >= 12 && terminal) || words >= 30;
  }

  boolean shortLine() {
    return !terminal && words <= 14;
  }
}
