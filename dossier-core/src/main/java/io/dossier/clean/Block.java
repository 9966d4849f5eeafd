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
        out.add(new Block(out.size(), s, t, line, wordCount(line), endsTerminal(line),
            stems(line)));
      }
      i = e + 1;
    }
    return out;
  }

  /**
   * Words of a line, where a run of Chinese or Japanese characters counts one word per two
   * characters. Quirk: those scripts put no spaces between words, so a whole paragraph would
   * otherwise count as one or two "words" and look like a menu entry.
   */
  static int wordCount(String line) {
    int ideographs = 0;
    for (int i = 0; i < line.length(); i++) {
      if (isIdeographic(line.charAt(i))) {
        ideographs++;
      }
    }
    if (ideographs == 0) {
      return Words.count(line);
    }
    StringBuilder rest = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      rest.append(isIdeographic(c) ? ' ' : c);
    }
    return Words.count(rest.toString()) + (ideographs + 1) / 2;
  }

  /**
   * Content stems of a line; for Chinese and Japanese, character pairs as well. Quirk: without
   * spaces a whole clause is one "word", so two paragraphs on one topic would share nothing.
   */
  static Set<String> stems(String line) {
    Set<String> out = Words.contentStemSet(line);
    char prev = 0;
    Set<String> grams = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (isIdeographic(c)) {
        if (prev != 0) {
          if (grams == null) {
            grams = new java.util.HashSet<>(out);
          }
          grams.add(new String(new char[] {prev, c}));
        }
        prev = c;
      } else {
        prev = 0;
      }
    }
    return grams == null ? out : Set.copyOf(grams);
  }

  /** Han ideographs, hiragana and katakana (the scripts written without spaces). */
  static boolean isIdeographic(char c) {
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA;
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
    return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\u3002' || c == '\uFF01'
        || c == '\uFF1F' || c == '\uFF61' || (i < s.length() - 1 && isQuoteCloser(s.charAt(i + 1)));
  }

  static boolean isCloser(char c) {
    return isQuoteCloser(c) || c == ')' || c == ']' || c == ' ';
  }

  static boolean isQuoteCloser(char c) {
    return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == '\u00BB' || c == '\u300D'
        || c == '\u300F';
  }

  boolean bodyLike() {
    return (words >= 12 && terminal) || words >= 30;
  }

  boolean shortLine() {
    return !terminal && words <= 14;
  }
}
