package io.dossier.text;

import io.dossier.model.CharSpan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Word-level helpers shared by the stages: word spans (letters and digits, with inner
 * apostrophes and hyphens), content-word stems for overlap measures, and a stop list.
 * Thread-safe: the stemmer is created per call because OpenNLP's is not.
 */
public final class Words {
  private Words() {
  }

  /** English function words and web filler that carry no topic. */
  public static final Set<String> STOP = Set.of(
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
      "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
      "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "even",
      "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
      "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
      "itself", "just", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "no",
      "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours",
      "ourselves", "out", "over", "own", "same", "shall", "she", "should", "so", "some", "such",
      "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these",
      "they", "this", "those", "through", "to", "too", "under", "until", "up", "upon", "us", "very",
      "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
      "with", "would", "you", "your", "yours", "yourself", "yourselves", "s", "t", "said", "says",
      "say", "many", "new", "like", "since", "however", "yet", "still", "well", "within",
      "without", "via", "per", "among", "amid", "whether", "though", "although", "it's", "don't",
      "mr", "mrs", "ms", "dr");

  /** The spans of the words of {@code text[from, to)}. */
  public static List<CharSpan> spans(String text, int from, int to) {
    List<CharSpan> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int s = i;
      i++;
      while (i < to) {
        char d = text.charAt(i);
        if (Character.isLetterOrDigit(d)) {
          i++;
        } else if ((d == '\'' || d == '\u2019' || d == '-') && i + 1 < to
            && Character.isLetterOrDigit(text.charAt(i + 1))) {
          i += 2;
        } else {
          break;
        }
      }
      out.add(new CharSpan(s, i));
    }
    return out;
  }

  public static List<CharSpan> spans(String text) {
    return spans(text, 0, text.length());
  }

  /** Lower-cased words, with curly apostrophes folded and possessive {@code 's} dropped. */
  public static List<String> lower(String text) {
    String folded = Fold.fold(text);
    List<String> out = new ArrayList<>();
    for (CharSpan s : spans(folded)) {
      out.add(normalize(s.of(folded)));
    }
    return out;
  }

  public static String normalize(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    return w;
  }

  public static boolean isStop(String lowerWord) {
    return STOP.contains(lowerWord) || lowerWord.length() < 2;
  }

  /** Porter stems of the content words, in order (repeats kept). */
  public static List<String> contentStems(String text) {
    PorterStemmer stemmer = new PorterStemmer();
    List<String> out = new ArrayList<>();
    for (String w : lower(text)) {
      if (!isStop(w) && !isNumber(w)) {
        out.add(stem(stemmer, w));
      }
    }
    return out;
  }

  public static Set<String> contentStemSet(String text) {
    return new LinkedHashSet<>(contentStems(text));
  }

  /** Stem of one lower-case word; "russian" and "russia" share a stem as nationality forms. */
  public static String stem(PorterStemmer stemmer, String w) {
    String s = stemmer.stem(w);
    if (s.endsWith("ian") && s.length() > 5) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  public static boolean isNumber(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return !w.isEmpty();
  }

  public static int count(String text) {
    return spans(text).size();
  }
}
