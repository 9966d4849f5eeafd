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

  /**
   * Splits a text into its non-blank lines; in a hard-wrapped dump, the lines of one wrapped
   * paragraph make one block (see {@link #wrapWidth}).
   */
  static List<Block> lines(String text) {
    List<int[]> raw = new ArrayList<>(); // {start, end, line number}
    int i = 0;
    int n = text.length();
    int lineNo = 0;
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
        raw.add(new int[] {s, t, lineNo});
      }
      i = e + 1;
      if (e + 1 < n && text.charAt(e) == '\r' && text.charAt(e + 1) == '\n') {
        i++;
      }
      lineNo++;
    }
    int width = wrapWidth(text, raw);
    List<Block> out = new ArrayList<>();
    for (int k = 0; k < raw.size(); k++) {
      int s = raw.get(k)[0];
      int t = raw.get(k)[1];
      while (width > 0 && k + 1 < raw.size() && softBreak(text, raw.get(k), raw.get(k + 1), width)) {
        k++;
        t = raw.get(k)[1];
      }
      String line = text.substring(s, t);
      out.add(new Block(out.size(), s, t, line, wordCount(line), endsTerminal(line), stems(line)));
    }
    return out;
  }

  /**
   * The column a hard-wrapped dump is wrapped at, or 0 when it is not wrapped. Quirk: "save
   * as text" in some browsers, text-mode browsers and mail archives wrap paragraphs at a
   * fixed width (often 72 to 80 columns); read line by line, every paragraph would become a
   * run of unpunctuated short lines. Wrapped when at least a quarter of the longer lines end
   * within a few columns of the widest one (at most 150 columns), and a third of those are
   * followed by a line that goes on in lower case.
   */
  static int wrapWidth(String text, List<int[]> raw) {
    if (raw.size() < 8) {
      return 0;
    }
    int[] len = new int[raw.size()];
    for (int k = 0; k < raw.size(); k++) {
      len[k] = text.codePointCount(raw.get(k)[0], raw.get(k)[1]);
    }
    int[] sorted = len.clone();
    java.util.Arrays.sort(sorted);
    int width = sorted[Math.max(0, (int) Math.floor(sorted.length * 0.98) - 1)];
    if (width < 40 || width > 150) {
      return 0;
    }
    int longer = 0;
    int near = 0;
    int over = 0;
    int resumed = 0;
    for (int k = 0; k < len.length; k++) {
      int l = len[k];
      if (l > 30) {
        longer++;
      }
      if (l >= width - 12 && l <= width) {
        near++;
        // The sentence goes on on the next line: the mark of wrapping (a list of
        // headlines of similar length is not wrapped).
        if (k + 1 < len.length && raw.get(k + 1)[2] == raw.get(k)[2] + 1
            && Character.isLowerCase(text.codePointAt(raw.get(k + 1)[0]))) {
          resumed++;
        }
      }
      if (l > width) {
        over++;
      }
    }
    return near >= 5 && near * 4 >= longer && resumed * 8 >= near && over <= 1 + len.length / 50 ? width : 0;
  }

  /**
   * True when line {@code b} directly follows {@code a} and its first word would not have
   * fitted at the end of {@code a}: the break was the wrapping, not the author's.
   */
  private static boolean softBreak(String text, int[] a, int[] b, int width) {
    if (b[2] != a[2] + 1) {
      return false; // a blank line between them
    }
    int firstWord = b[0];
    while (firstWord < b[1] && !Character.isWhitespace(text.charAt(firstWord))) {
      firstWord++;
    }
    int aLen = text.codePointCount(a[0], a[1]);
    return aLen + 1 + text.codePointCount(b[0], firstWord) > width - 1;
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
    if (c < '\u3040') {
      return false; // below hiragana: no ideographs (a quick exit for most text)
    }
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
