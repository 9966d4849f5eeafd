package io.dossier.clean;

import io.dossier.model.CharSpan;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cheap check that kept text is English: the share of its words that are common English
 * function words (about 40-50% in English prose, under 5% in most other languages), and the
 * share of letters outside the Latin script.
 */
public final class Language {
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "as", "was", "with", "on",
      "by", "be", "at", "this", "are", "from", "have", "has", "or", "an", "but", "not", "they",
      "which", "its", "their", "were", "been", "will", "would", "he", "she", "we", "his", "her");

  private Language() {
  }

  /** True when the text looks English, or is too short to tell. */
  public static boolean looksEnglish(String text, List<CharSpan> kept) {
    int words = 0;
    int function = 0;
    int letters = 0;
    int latin = 0;
    for (CharSpan k : kept) {
      int i = k.start();
      while (i < k.end() && words < 2000) {
        while (i < k.end() && !Character.isLetter(text.charAt(i))) {
          i++;
        }
        int s = i;
        while (i < k.end() && Character.isLetter(text.charAt(i))) {
          char c = text.charAt(i);
          letters++;
          if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
            latin++;
          }
          i++;
        }
        if (i > s) {
          words++;
          if (FUNCTION_WORDS.contains(text.substring(s, i).toLowerCase(Locale.ROOT))) {
            function++;
          }
        }
      }
    }
    if (words < 25) {
      return letters == 0 || latin >= letters * 0.5;
    }
    return latin >= letters * 0.5 && function >= words * 0.12;
  }
}
