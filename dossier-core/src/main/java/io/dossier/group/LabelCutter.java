package io.dossier.group;

import io.dossier.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 5 of point finding: a key point's label, the claim itself when it is short, else its
 * main clause cut at a clause boundary, always an exact piece of the claim. A claim with no
 * such piece has no label and cannot be a key point (a reader needs the point in one line).
 *
 * <p>The label is the longest run of the claim's clauses (cut at commas, semicolons, colons,
 * dashes, parentheses and conjunctions) that starts where a clause starts, opens with neither a pronoun nor
 * a connective, holds {@link #MIN_WORDS} to {@link #MAX_WORDS} words and a verb; the earliest
 * such run wins ties, as the main clause comes first in news prose. Trailing punctuation is
 * left out. Stateless and thread-safe.
 */
final class LabelCutter {
  /** Below this a label names a topic ("Buffer state"), not a claim. */
  static final int MIN_WORDS = 4;
  /** About the most a reader takes in at a glance: one line of a brief. */
  static final int MAX_WORDS = 15;
  /**
   * Where a label may end or begin: punctuation between clauses, or a conjunction that joins
   * two ("denies that X and insists Y"); a run of clauses keeps the words between them, so a
   * conjunction inside a phrase ("Russia and China oppose") is cut only when that is shorter.
   */
  private static final Pattern BOUNDARY = Pattern.compile(
      "\\s*((?<!\\d),|,(?!\\d)|;|:|\\s[\u2014\u2013-]{1,2}\\s|\\(|\\))\\s*|\\s+(and|but|while|whereas|because)\\s+");
  /** Openers that lean on something outside the label: it would not stand alone. */
  private static final Set<String> LEANING = Set.of("he", "she", "it", "they", "this", "these", "those", "that",
      "his", "her", "its", "their", "such", "but", "and", "or", "also", "so", "which", "who", "whom", "whose",
      "where", "when", "while", "as", "because", "although", "though", "if", "since", "however", "then",
      "yet", "nor", "thus", "hence", "therefore", "instead", "meanwhile", "moreover", "furthermore", "including",
      "according", "said", "says", "say", "adding", "like");
  /** Penn tags of a first word that leans on what came before (see {@link #readsAlone}). */
  private static final Set<String> OPENERS_THAT_LEAN = Set.of("PRP", "PRP$", "IN", "TO", "CC", "VBG", "VBN",
      "WDT", "WP", "WP$", "WRB", "RB", "MD", "VB", "VBZ", "VBD", "VBP", "``", "''", ",", ":");
  private static final Pattern TRAILING = Pattern.compile("[\\s.,;:!\u2014\u2013-]+$");

  private LabelCutter() {
  }

  /** The label as [start, end) within the claim, or null when none reads as a claim. */
  static int[] cut(String claim) {
    List<int[]> clauses = new ArrayList<>();
    List<Boolean> conjunctionAfter = new ArrayList<>(); // clause k is followed by "and", "but", ...
    Matcher m = BOUNDARY.matcher(claim);
    int from = 0;
    while (m.find()) {
      if (m.start() > from) {
        clauses.add(new int[] {from, m.start()});
        conjunctionAfter.add(m.group(2) != null);
      }
      from = m.end();
    }
    if (from < claim.length()) {
      clauses.add(new int[] {from, claim.length()});
      conjunctionAfter.add(false);
    }
    boolean[] phraseJoin = new boolean[clauses.size()]; // a conjunction after clause k joins phrases, not clauses
    for (int k = 0; k + 1 < clauses.size(); k++) {
      phraseJoin[k] = conjunctionAfter.get(k)
          && !(hasVerb(claim.substring(clauses.get(k)[0], clauses.get(k)[1]))
              && hasVerb(claim.substring(clauses.get(k + 1)[0], clauses.get(k + 1)[1])));
    }
    int[] best = null;
    int bestWords = 0;
    for (int i = 0; i < clauses.size(); i++) {
      if (leans(claim.substring(clauses.get(i)[0], clauses.get(i)[1])) || (i > 0 && phraseJoin[i - 1])) {
        continue;
      }
      for (int j = i; j < clauses.size(); j++) {
        if (phraseJoin[j]) {
          continue; // "long-term political | and economic stability": the cut would split a phrase
        }
        int start = clauses.get(i)[0];
        int end = trimEnd(claim, start, clauses.get(j)[1]);
        int words = Words.count(claim.substring(start, end));
        if (words > MAX_WORDS) {
          break;
        }
        if (words >= MIN_WORDS && words > bestWords && readsAlone(claim.substring(start, end), i > 0)
            && hasVerb(mainClauses(claim, clauses, i, j, end))) {
          best = new int[] {start, end};
          bestWords = words;
        }
      }
    }
    return best;
  }

  /** The label's text, or null. */
  static String label(String claim) {
    int[] c = cut(claim);
    return c == null ? null : claim.substring(c[0], c[1]);
  }

  private static int trimEnd(String s, int start, int end) {
    Matcher t = TRAILING.matcher(s.substring(start, end));
    return t.find() ? start + t.start() : end;
  }

  static boolean leans(String clause) {
    String[] w = clause.strip().toLowerCase(Locale.ROOT).split("[^\\p{L}'\u2019]+", 2);
    return w.length == 0 || w[0].isEmpty() || LEANING.contains(w[0]);
  }

  /**
   * The run's clauses that are not subordinate (do not open with a relative or subordinating
   * word): "Residents of Deraa city, where the protests started" has its verb only in the
   * "where" clause, so it names residents and states nothing.
   */
  private static String mainClauses(String claim, List<int[]> clauses, int from, int to, int end) {
    StringBuilder out = new StringBuilder();
    for (int k = from; k <= to; k++) {
      String c = claim.substring(clauses.get(k)[0], Math.min(end, clauses.get(k)[1]));
      if (k == from || !leans(c)) {
        out.append(c).append(' ');
      }
    }
    return out.toString();
  }

  private static boolean hasVerb(String text) {
    for (String tag : Phrases.tagged(text).tags()) {
      if (tag.equals("VBZ") || tag.equals("VBD") || tag.equals("VBP") || tag.equals("MD")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A label states something on its own: it holds a finite verb or a modal (a noun phrase does
   * not), and it does not open with a word that needs the rest of the sentence (a pronoun, a
   * preposition or subordinator, a conjunction, a participle: "arguing that ...", "we have said"),
   * and, when it starts after a clause boundary, it is no appositive ({@link #appositive}).
   */
  private static boolean readsAlone(String text, boolean afterABoundary) {
    Phrases.Tagged tagged = Phrases.tagged(text);
    List<String> tags = tagged.tags();
    return !tags.isEmpty() && !OPENERS_THAT_LEAN.contains(tags.get(0)) && hasVerb(text) && !Claims.quoteFragment(text)
        && !(afterABoundary && appositive(tagged.words(), tags)) && !openClauseAtEnd(tagged.words(), tags)
        && !unfinished(tagged.words(), tags) && count(text, '(') == count(text, ')');
  }

  /** Penn tags of a last word that leaves the label unfinished: "... of sexual assault and", "... of the". */
  private static final Set<String> UNFINISHED_ENDS = Set.of("CC", "IN", "TO", "DT", "PDT", "WDT", "WP", "WP$",
      "PRP$", "POS");

  /**
   * The label stops where its sentence goes on: it ends on a conjunction, preposition or
   * determiner, or its last clause opens with a conjunction and has no verb ("..., and now").
   */
  private static boolean unfinished(List<String> words, List<String> tags) {
    int last = tags.size() - 1;
    while (last > 0 && !words.get(last).matches(".*[\\p{L}\\p{N}].*")) {
      last--; // trailing punctuation the tagger kept
    }
    if (UNFINISHED_ENDS.contains(tags.get(last))) {
      return true;
    }
    for (int k = last; k > 0; k--) {
      if (isFinite(tags.get(k))) {
        return false;
      }
      if (tags.get(k).equals("CC") && words.get(k - 1).equals(",")) {
        return true; // ", and now": a clause opened and left without its verb
      }
    }
    return false;
  }

  private static int count(String text, char c) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  /**
   * A noun phrase with a relative clause, set off from the sentence by a comma: "..., a move
   * that the government believes will ensure its security" opens with a determiner, noun or
   * adjective, then a relative word after a noun before any finite verb: it names something
   * the sentence already said and states nothing of its own.
   */
  private static boolean appositive(List<String> words, List<String> tags) {
    if (!(tags.get(0).equals("DT") || tags.get(0).startsWith("NN") || tags.get(0).startsWith("JJ"))) {
      return false;
    }
    for (int k = 1; k < tags.size(); k++) {
      String t = tags.get(k);
      if (isFinite(t)) {
        return false; // a verb before any relative word: the main clause's
      }
      boolean relative = t.equals("WDT") || t.equals("WP") || words.get(k).equalsIgnoreCase("that");
      int before = k - 1;
      while (before > 0 && tags.get(before).equals(",")) {
        before--; // "Mikheil Saakashvili, who had courted membership"
      }
      if (relative && tags.get(before).startsWith("NN")) {
        return true;
      }
    }
    return false;
  }

  /** Words that open a clause which must have its own finite verb. */
  private static final Set<String> SUBORDINATORS = Set.of("that", "which", "who", "whom", "whose", "because",
      "whether", "if");

  /**
   * The label stops inside a clause it opened: "viewed as a guarantee that the alliance's
   * defence clause" or "an agreement stating explicitly that" leave the reader without the
   * clause's verb.
   */
  private static boolean openClauseAtEnd(List<String> words, List<String> tags) {
    int last = -1;
    for (int k = 0; k < words.size(); k++) {
      if (SUBORDINATORS.contains(words.get(k).toLowerCase(Locale.ROOT))) {
        last = k;
      }
    }
    if (last < 0) {
      return false;
    }
    for (int k = last + 1; k < tags.size(); k++) {
      if (isFinite(tags.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isFinite(String tag) {
    return tag.equals("VBZ") || tag.equals("VBD") || tag.equals("VBP") || tag.equals("MD");
  }
}
