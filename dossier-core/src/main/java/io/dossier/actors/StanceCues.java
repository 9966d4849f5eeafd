package io.dossier.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores how a sentence leans on a proposition it speaks about: words of support ("support",
 * "bid", "aspirations", "reaffirm") and of opposition ("oppose", "threat", "red line",
 * "provocation"), each flipped by a negation just before it ("will not slam the door" leans
 * to support, "does not want" to opposition). Immutable.
 */
public final class StanceCues {
  static final Set<String> SUPPORT = Lex.set("support", "supports", "supported", "supporting",
      "supportive", "back", "backs", "backed", "backing", "welcome", "welcomes", "welcomed", "favour",
      "favor", "favours", "favors", "favoured", "favored", "want", "wants", "wanted", "seek", "seeks",
      "sought", "aspire", "aspires", "aspiration", "aspirations", "bid", "push", "pushes", "pushed",
      "desire", "ambition", "ambitions", "pursuit", "pursue", "pursues", "endorse", "endorses",
      "endorsed", "reaffirm", "reaffirms", "reaffirmed", "agreed", "committed", "commitment",
      "assurances", "promote", "promotes", "right", "guarantee", "embrace", "embraces", "advocate",
      "advocated", "advocates", "champion", "champions", "urge", "urges", "urged", "open", "will");
  static final Set<String> OPPOSE = Lex.set("oppose", "opposes", "opposed", "opposing",
      "opposition", "against", "threat", "threats", "threaten", "threatens", "reject", "rejects",
      "rejected", "block", "blocks", "blocked", "prevent", "prevents", "prevented", "obstruct",
      "obstructs", "veto", "unacceptable", "provocation", "hostile", "danger", "dangerous",
      "resist", "resists", "resistance", "objection", "objections", "object", "objects", "fear",
      "fears", "feared", "warn", "warns", "warned", "warning", "apprehensions", "concern",
      "concerns", "concerned", "slam", "halt", "stop", "deny", "denied", "never", "wary",
      "caution", "cautious", "skepticism", "scepticism", "reluctant", "grudge", "encroachment",
      "retaliate", "consequences", "regret", "unhappy", "harmful", "detriment", "humiliation",
      "grave", "existential", "red", "confrontation", "aggression", "reverse", "upend");
  static final Set<String> NEGATIONS = Lex.set("not", "no", "never", "n't", "without", "nor",
      "cannot", "won't", "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "won’t",
      "don’t", "doesn’t", "didn’t", "isn’t");

  private StanceCues() {
  }

  /** Support minus opposition in the lower-case words of a sentence, negations applied. */
  public static int lean(List<String> lowerWords) {
    return lean(lowerWords, null);
  }

  /**
   * As {@link #lean(List)}, counting only cues within six words of a term of the proposition
   * ("supportive of Ukraine's NATO aspirations" counts; "security against Russian aggression"
   * in the same sentence does not).
   */
  public static int lean(List<String> lowerWords, Proposition prop) {
    boolean[] near = new boolean[lowerWords.size()];
    if (prop != null) {
      opennlp.tools.stemmer.PorterStemmer stemmer = new opennlp.tools.stemmer.PorterStemmer();
      for (int i = 0; i < lowerWords.size(); i++) {
        String w = io.dossier.text.Words.normalize(lowerWords.get(i));
        if (prop.terms().contains(io.dossier.text.Words.stem(stemmer, w))) {
          for (int k = Math.max(0, i - 6); k <= Math.min(lowerWords.size() - 1, i + 6); k++) {
            near[k] = true;
          }
        }
      }
    }
    int score = 0;
    for (int i = 0; i < lowerWords.size(); i++) {
      String w = lowerWords.get(i);
      int p = SUPPORT.contains(w) ? 1 : OPPOSE.contains(w) ? -1 : 0;
      if (p == 0 || (prop != null && !near[i])) {
        continue;
      }
      if (w.equals("will") && !(i + 1 < lowerWords.size() && Set.of("become", "join").contains(lowerWords.get(i + 1)))) {
        continue; // only "will become (a member)", "will join"
      }
      if (w.equals("red") && !(i + 1 < lowerWords.size() && lowerWords.get(i + 1).equals("line"))) {
        continue;
      }
      for (int k = Math.max(0, i - 3); k < i; k++) {
        if (NEGATIONS.contains(lowerWords.get(k).toLowerCase(Locale.ROOT))) {
          p = -p;
          break;
        }
      }
      score += p;
    }
    return score;
  }
}
