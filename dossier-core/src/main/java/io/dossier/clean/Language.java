package io.dossier.clean;

import io.dossier.model.CharSpan;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which language kept text is in: Apache OpenNLP's language detector (the langdetect-183 model
 * from {@code opennlp-models-langdetect}: 103 languages, character n-grams, trained on
 * Leipzig corpora) names it from a sample of the text. Where there is too little text for the
 * detector or it is unsure, a cheap check decides English or not: the share of common English
 * function words (40-50% of English prose, under 5% of most languages) and of Latin letters.
 * Thread-safe; the model loads once, on first use ({@link #warmUp} loads it early).
 */
public final class Language {
  /**
   * The detector reads this much of the kept text: a few paragraphs name a language surely.
   * Over the 3,685 text files of timeline17, Multi-News dev and the seeds, the first 2,000,
   * 3,000 or 4,000 characters name the same language as the first 12,000 for every file, in
   * half the time (6.0 against 10.8 s); the detector was a sixth of a big pile's CPU time.
   */
  static final int SAMPLE_CHARS = 3_000;
  /**
   * The model's notes ask for two sentences or more; fewer letters (an ideograph counting as
   * three) are left to the cheap check.
   */
  static final int MIN_LETTERS = 150;
  /**
   * The detector's scores are not probabilities (two French sentences score 0.23, the next
   * language 0.05; empty text 0.01 for each of 103): it is sure when its best language scores at
   * least twice the second.
   */
  static final double MIN_MARGIN = 2.0;

  private static final class Detector {
    static final opennlp.tools.langdetect.LanguageDetectorModel MODEL = load();
    /** The model is read-only; a detector per thread keeps cleaning threads from waiting on each other. */
    static final ThreadLocal<opennlp.tools.langdetect.LanguageDetectorME> ME =
        ThreadLocal.withInitial(() -> new opennlp.tools.langdetect.LanguageDetectorME(MODEL));

    private static opennlp.tools.langdetect.LanguageDetectorModel load() {
      try (var in = Language.class.getResourceAsStream("/langdetect-183.bin")) {
        if (in == null) {
          throw new IllegalStateException("langdetect-183.bin is missing from the classpath "
              + "(org.apache.opennlp:opennlp-models-langdetect)");
        }
        return new opennlp.tools.langdetect.LanguageDetectorModel(in);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot load the language detection model", e);
      }
    }
  }

  /** Loads the detection model (a second or so), so that the first page does not wait for it. */
  public static void warmUp() {
    detect("");
  }

  /**
   * The language of the kept text as an ISO 639-1 code ("en", "ru"; ISO 639-3 where no
   * two-letter code exists), or null when there is too little text or the detector is unsure.
   */
  public static String detect(String text, List<CharSpan> kept) {
    Counts c = Counts.of(text, kept, SURE_WORDS);
    if (c.words() >= SURE_WORDS && c.function() >= c.words() * SURE_FUNCTION_SHARE
        && c.latin() >= c.letters() * SURE_LATIN_SHARE) {
      return "en"; // plainly English prose: the detector would say so (see SURE_FUNCTION_SHARE)
    }
    StringBuilder sample = new StringBuilder();
    for (CharSpan k : kept) {
      if (sample.length() >= SAMPLE_CHARS) {
        break;
      }
      sample.append(text, k.start(), Math.min(k.end(), k.start() + SAMPLE_CHARS - sample.length())).append('\n');
    }
    return detect(sample.toString());
  }

  static String detect(String sample) {
    var me = Detector.ME.get();
    // an ideograph carries about what three letters of an alphabet do
    long letters = sample.codePoints().filter(Character::isLetter).map(c -> Character.isIdeographic(c) ? 3 : 1)
        .sum();
    if (letters < MIN_LETTERS) {
      return null;
    }
    opennlp.tools.langdetect.Language[] ranked = me.predictLanguages(sample);
    if (ranked.length == 0 || ranked.length > 1 && ranked[0].getConfidence() < MIN_MARGIN * ranked[1].getConfidence()) {
      return null;
    }
    return twoLetter(ranked[0].getLang());
  }

  /** ISO 639-3 to 639-1 by the JDK's table, plus the macrolanguage members the model names. */
  static String twoLetter(String iso3) {
    String macro = switch (iso3) {
      case "cmn", "yue", "wuu" -> "zh";
      case "arb", "arz", "ary" -> "ar";
      case "pes", "prs" -> "fa";
      case "zsm" -> "ms";
      case "nob", "nno" -> "no";
      case "ekk" -> "et";
      case "lvs" -> "lv";
      case "swh" -> "sw";
      case "uzn" -> "uz";
      case "azj" -> "az";
      default -> null;
    };
    if (macro != null) {
      return macro;
    }
    return ISO3_TO_1.getOrDefault(iso3, iso3);
  }

  private static final java.util.Map<String, String> ISO3_TO_1 = iso3To1();

  private static java.util.Map<String, String> iso3To1() {
    java.util.Map<String, String> m = new java.util.HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      try {
        m.put(new Locale(two).getISO3Language(), two);
      } catch (java.util.MissingResourceException ignored) {
        // a code without a three-letter form
      }
    }
    return java.util.Map.copyOf(m);
  }

  private static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "as", "was", "with", "on",
      "by", "be", "at", "this", "are", "from", "have", "has", "or", "an", "but", "not", "they",
      "which", "its", "their", "were", "been", "will", "would", "he", "she", "we", "his", "her");

  /** The words the shortcut reads: a paragraph or two. */
  static final int SURE_WORDS = 100;
  /**
   * Text whose words are this often English function words is English without asking the
   * detector (English prose runs 40-50%, other languages under 5%; at 25%, more than half the
   * text is English). Over the 3,685 text files of timeline17, Multi-News dev and the seeds,
   * 3,486 pass, and the detector names English for every one of them; it was a sixth of a big
   * pile's CPU time.
   */
  static final double SURE_FUNCTION_SHARE = 0.25;
  /** And nearly all of its letters are Latin (a page that mixes scripts goes to the detector). */
  static final double SURE_LATIN_SHARE = 0.9;

  /** Words, English function words among them, letters and Latin letters of some kept text. */
  record Counts(int words, int function, int letters, int latin) {
    static Counts of(String text, List<CharSpan> kept, int maxWords) {
      int words = 0;
      int function = 0;
      int letters = 0;
      int latin = 0;
      for (CharSpan k : kept) {
        int i = k.start();
        while (i < k.end() && words < maxWords) {
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
      return new Counts(words, function, letters, latin);
    }
  }

  private Language() {
  }

  /**
   * True when the text looks English by the cheap check (function words, Latin letters), or is
   * too short to tell: the fallback where {@link #detect} gives no answer.
   */
  public static boolean looksEnglish(String text, List<CharSpan> kept) {
    Counts c = Counts.of(text, kept, 2000);
    if (c.words() < 25) {
      return c.letters() == 0 || c.latin() >= c.letters() * 0.5;
    }
    return c.latin() >= c.letters() * 0.5 && c.function() >= c.words() * 0.12;
  }
}
