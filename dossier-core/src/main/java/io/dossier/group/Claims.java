package io.dossier.group;

import io.dossier.model.Passages;
import io.dossier.model.Sentence;
import io.dossier.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 1 of point finding: the claims of a document. A claim is a sentence of the kept text,
 * or one of the independent clauses of a sentence that makes two ("X; Y", "X, while Y"), with
 * exact offsets into the document. Not claims: headings, questions, captions and page
 * furniture (too short), run-ons (too long), lines the cleaner removed elsewhere on the page,
 * headline stutters, quote fragments (an odd number of quote marks: the rest of the quote is in
 * another sentence).
 *
 * <p>Stateless and thread-safe; a pure function of the document.
 */
public final class Claims {
  /** Fewer words than this is a caption, a dateline or a fragment, not a claim. */
  static final int MIN_WORDS = 6;
  /** More than this is a run-on (a list, a table flattened into text) no reader takes as one claim. */
  static final int MAX_WORDS = 90;
  /**
   * Where a sentence may be cut into two claims: a semicolon, or a comma before a contrast
   * ("while", "whereas"); each side must hold a claim of its own ({@link #MIN_WORDS} words).
   */
  private static final Pattern CLAUSE_BREAK = Pattern.compile(";\\s+|,\\s+(?=(while|whereas)\\s)",
      Pattern.CASE_INSENSITIVE);

  private Claims() {
  }

  /** A claim: its document and sentence, and its own span of the document. */
  public record Claim(Passages doc, Sentence sentence, int start, int end, String text) {
    public String docId() {
      return doc.page().id();
    }
  }

  /** The claims of a document, in reading order. */
  public static List<Claim> of(Passages doc) {
    io.dossier.text.RemovedText removed = io.dossier.text.RemovedText.of(doc.page());
    List<Claim> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      String t = doc.text(s);
      if (s.heading() || t.strip().endsWith("?") || removed.within(t) || stutters(t)) {
        continue; // headings and questions ask; they do not answer
      }
      for (int[] part : clauses(t)) {
        String c = t.substring(part[0], part[1]);
        if (isClaim(c)) {
          out.add(new Claim(doc, s, s.start() + part[0], s.start() + part[1], c));
        }
      }
    }
    return out;
  }

  /** The length and quote rules a piece of text must pass to be a claim. */
  public static boolean isClaim(String text) {
    int words = Words.count(text);
    return words >= MIN_WORDS && words <= MAX_WORDS && !quoteFragment(text);
  }

  /** True when the text opens or closes a quotation that the sentence does not finish. */
  static boolean quoteFragment(String text) {
    int straight = 0;
    int open = 0;
    int close = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      straight += c == '"' ? 1 : 0;
      open += c == '\u201C' ? 1 : 0;
      close += c == '\u201D' ? 1 : 0;
    }
    // tokenised corpora write quotes as `` and '' (Penn Treebank)
    open += count(text, "``");
    close += count(text, "''");
    return straight % 2 == 1 || open != close;
  }

  private static int count(String text, String mark) {
    int n = 0;
    for (int i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + mark.length())) {
      n++;
    }
    return n;
  }

  /** The sentence's independent clauses as [start, end) within it, trimmed; the whole when it has one. */
  static List<int[]> clauses(String sentence) {
    List<int[]> out = new ArrayList<>();
    Matcher m = CLAUSE_BREAK.matcher(sentence);
    int from = 0;
    while (m.find()) {
      int[] left = trim(sentence, from, m.start());
      if (Words.count(sentence.substring(left[0], left[1])) >= MIN_WORDS
          && Words.count(sentence.substring(m.end())) >= MIN_WORDS) {
        out.add(left);
        from = m.end();
      }
    }
    out.add(trim(sentence, from, sentence.length()));
    return out;
  }

  private static int[] trim(String s, int from, int to) {
    while (from < to && Character.isWhitespace(s.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
      to--;
    }
    return new int[] {from, to};
  }

  /**
   * Quirk: dumps whose headline runs into the first paragraph with no line break ("BP shares
   * blame BP shares blame Oil company BP says ...") give a "sentence" that says its first words
   * twice in a row; it is page furniture glued to prose, never a claim.
   */
  static boolean stutters(String sentence) {
    String[] w = sentence.toLowerCase(Locale.ROOT).split("\\W+");
    for (int len = 3; len * 2 <= w.length; len++) {
      for (int i = 0; i + 2 * len <= w.length; i++) {
        boolean same = true;
        for (int k = 0; k < len && same; k++) {
          same = !w[i + k].isEmpty() && w[i + k].equals(w[i + len + k]);
        }
        if (same) {
          return true;
        }
      }
    }
    return false;
  }
}
