package io.dossier.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a stretch of text into {@link Token}s with exact offsets. Regions given as masks
 * (the quotations) become one {@code QUOTE} token each, so that rules looking for a speaker
 * never read the quoted words. Stateless and thread-safe.
 */
public final class Tokenizer {
  /** Abbreviations that keep their dot: honorifics, titles, months, "U.S."-style acronyms. */
  static final Set<String> ABBREVIATIONS = Lex.set(
      "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "sen", "rep", "gov", "lt", "col",
      "sgt", "capt", "cmdr", "adm", "maj", "pres", "rev", "hon", "fr", "inc", "ltd", "co", "corp",
      "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec", "mt", "ft", "no", "supt", "insp", "det", "cpl", "pvt", "atty", "gov", "lieut");

  private Tokenizer() {
  }

  /**
   * Tokens of {@code text[from, to)}; each mask {@code {start, end}} (sorted, disjoint) becomes
   * one QUOTE token whose {@code quote} field is the mask's index.
   */
  public static List<Token> tokenize(String text, int from, int to, List<int[]> masks) {
    List<Token> out = new ArrayList<>();
    int m = 0;
    int i = from;
    while (i < to) {
      while (m < masks.size() && masks.get(m)[1] <= i) {
        m++;
      }
      if (m < masks.size() && masks.get(m)[0] <= i) {
        int e = Math.min(to, masks.get(m)[1]);
        out.add(new Token(i, e, text.substring(i, e), Token.Kind.QUOTE, m));
        i = e;
        m++;
        continue;
      }
      int limit = m < masks.size() ? Math.min(to, masks.get(m)[0]) : to;
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        int s = i;
        i++;
        while (i < limit) {
          char d = text.charAt(i);
          if (Character.isLetterOrDigit(d)) {
            i++;
          } else if ((d == '\'' || d == '\u2019' || d == '-' || d == '.' || d == '&')
              && i + 1 < limit && Character.isLetterOrDigit(text.charAt(i + 1))) {
            i += 2;
          } else {
            break;
          }
        }
        // "Mr." "U.S." "J." keep their final dot.
        if (i < limit && text.charAt(i) == '.') {
          String w = text.substring(s, i);
          String lw = w.toLowerCase(Locale.ROOT);
          if (ABBREVIATIONS.contains(lw) || w.indexOf('.') > 0
              || (w.length() == 1 && Character.isUpperCase(w.charAt(0)))) {
            i++;
          }
        }
        // possessive "'s" is its own token so that names stay clean
        String w = text.substring(s, i);
        int apos = possessiveCut(w);
        if (apos > 0) {
          out.add(new Token(s, s + apos, w.substring(0, apos), Token.Kind.WORD, -1));
          out.add(new Token(s + apos, i, w.substring(apos), Token.Kind.WORD, -1));
        } else {
          out.add(new Token(s, i, w, Token.Kind.WORD, -1));
        }
        continue;
      }
      int bracket = c == '-' ? pennBracket(text, i, limit) : 0;
      if (bracket > 0) {
        out.add(new Token(i, i + bracket, text.substring(i, i + bracket), Token.Kind.PUNCT, -1));
        i += bracket;
        continue;
      }
      out.add(new Token(i, i + 1, String.valueOf(c), Token.Kind.PUNCT, -1));
      i++;
    }
    return out;
  }

  /**
   * The length of a Penn Treebank bracket token at {@code i} ("-LRB-" for "(", "-RRB-",
   * "-LSB-", "-RSB-", "-LCB-", "-RCB-"), or 0. Tokenised corpora write brackets so; they are
   * punctuation, never a capitalised word ("LRB" is nobody's name).
   */
  static int pennBracket(String text, int i, int limit) {
    if (i + 5 > limit || text.charAt(i + 4) != '-') {
      return 0;
    }
    char a = text.charAt(i + 1);
    char b = text.charAt(i + 2);
    char c = text.charAt(i + 3);
    return (a == 'L' || a == 'R') && (b == 'R' || b == 'S' || b == 'C') && c == 'B' ? 5 : 0;
  }

  private static int possessiveCut(String w) {
    int n = w.length();
    if (n > 2 && (w.charAt(n - 2) == '\'' || w.charAt(n - 2) == '\u2019')
        && (w.charAt(n - 1) == 's' || w.charAt(n - 1) == 'S')) {
      return n - 2;
    }
    return -1;
  }
}
