package io.dossier.text;

import io.dossier.model.CharSpan;
import io.dossier.model.Page;
import io.dossier.model.Passages;
import io.dossier.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a page's kept blocks into sentences with exact offsets. A sentence never crosses a
 * kept block (paragraph). Rules:
 *
 * <ul>
 *   <li>a break follows {@code . ! ? …} (and any closing quotes or brackets) when white space
 *       and then an upper-case letter, a digit or an opening quote come next;</li>
 *   <li>no break after a known abbreviation ({@code Mr.}, {@code Feb.}, {@code Gen.}), a
 *       single initial ({@code J. Smith}), or a dotted acronym ({@code U.S.}) unless the next
 *       word is one that usually starts a sentence;</li>
 *   <li>a sentence may start inside a quote and end inside it: the closing mark goes with the
 *       sentence it ends, so a quote that spans sentences splits at its sentence ends;</li>
 *   <li>a block with no final punctuation (a heading) is one sentence marked as heading.</li>
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class SentenceSegmenter {
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "sen", "rep", "gov", "lt", "col",
      "sgt", "capt", "cmdr", "adm", "maj", "pres", "rev", "hon", "fr", "inc", "ltd", "co", "corp",
      "vs", "etc", "cf", "al", "approx", "dept", "est", "no", "nos", "vol", "pp", "fig", "jan", "feb",
      "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
      "wed", "thu", "thurs", "fri", "sat", "sun", "ave", "blvd", "mt", "ft", "op", "ed", "eds");
  /** Words that usually open a sentence: after "U.S." they say the sentence ended there. */
  private static final Set<String> STARTERS = Set.of(
      "the", "he", "she", "it", "they", "we", "i", "but", "and", "this", "that", "there", "in",
      "a", "an", "his", "her", "their", "its", "our", "however", "meanwhile", "yet", "so", "as",
      "after", "on", "at", "for", "when", "while", "if");

  public Passages split(Page page) {
    List<Sentence> out = new ArrayList<>();
    String text = page.text();
    int paragraph = 0;
    for (CharSpan block : page.kept()) {
      for (CharSpan s : splitBlock(text, block.start(), block.end())) {
        boolean heading = !endsSentence(text, s) && Words.spans(text, s.start(), s.end()).size() <= 20
            && s.end() == trimEnd(text, block.start(), block.end());
        out.add(new Sentence(page.id(), out.size(), s.start(), s.end(), paragraph, heading));
      }
      paragraph++;
    }
    return new Passages(page, out);
  }

  /** Sentence spans of {@code text[from, to)}, trimmed of white space. */
  public List<CharSpan> splitBlock(String text, int from, int to) {
    List<CharSpan> out = new ArrayList<>();
    int start = skipSpace(text, from, to);
    int i = start;
    while (i < to) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
        int end = i + 1;
        while (end < to && (text.charAt(end) == '.' || text.charAt(end) == '!' || text.charAt(end) == '?')) {
          end++;
        }
        while (end < to && isCloser(text.charAt(end))) {
          end++;
        }
        int next = skipSpace(text, end, to);
        if (next > end && next < to && opensSentence(text.charAt(next)) && !noBreakAt(text, start, i, next, to)) {
          addTrimmed(out, text, start, end);
          start = next;
          i = next;
          continue;
        }
        i = end;
        continue;
      }
      i++;
    }
    addTrimmed(out, text, start, to);
    return out;
  }

  private static boolean noBreakAt(String text, int sentenceStart, int dot, int next, int to) {
    if (text.charAt(dot) != '.') {
      return false;
    }
    int w = dot;
    while (w > sentenceStart && (Character.isLetterOrDigit(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
      w--;
    }
    String word = text.substring(w, dot);
    if (word.isEmpty()) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (ABBREVIATIONS.contains(lower)) {
      // "Dec." at the end of a sentence followed by a new sentence is rare next to the
      // honorifics, which always precede a name.
      return true;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial: "J. Smith"
    }
    // Quirk: machine-translated pages put a stray full stop inside a date ("a visit to Moscow
    // in February. 1990 to discuss ..."): a month name, a stop, then a year and a lower-case
    // word is one sentence.
    if (MONTHS.contains(lower) && firstWord(text, next, to).matches("(1[5-9]|20)\\d{2}")) {
      int after = next + 4;
      while (after < to && text.charAt(after) == ' ') {
        after++;
      }
      if (after < to && Character.isLowerCase(text.charAt(after))) {
        return true;
      }
    }
    if (word.indexOf('.') > 0) {
      // a dotted acronym ("U.S.", "a.m."): a break only if a sentence clearly starts next
      String nextWord = firstWord(text, next, to).toLowerCase(Locale.ROOT);
      return !STARTERS.contains(nextWord);
    }
    return false;
  }

  private static final java.util.Set<String> MONTHS = java.util.Set.of("january", "february", "march",
      "april", "may", "june", "july", "august", "september", "october", "november", "december");

  private static String firstWord(String text, int from, int to) {
    int i = from;
    while (i < to && !Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    int s = i;
    while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return text.substring(s, i);
  }

  private static boolean opensSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C'
        || c == '\u2018' || c == '\'' || c == '(' || c == '[' || c == '\u00AB'
        || Character.isTitleCase(c) || (Character.isLetter(c) && !Character.isLowerCase(c));
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == ']' || c == '\u00BB';
  }

  private static boolean endsSentence(String text, CharSpan s) {
    int i = s.end() - 1;
    while (i > s.start() && isCloser(text.charAt(i))) {
      i--;
    }
    char c = text.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == ':' || c == ';' || c == ',';
  }

  private static int skipSpace(String text, int i, int to) {
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int from, int to) {
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  private static void addTrimmed(List<CharSpan> out, String text, int s, int e) {
    s = skipSpace(text, s, e);
    e = trimEnd(text, s, e);
    if (e > s) {
      out.add(new CharSpan(s, e));
    }
  }
}
