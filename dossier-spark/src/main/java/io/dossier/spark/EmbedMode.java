package io.dossier.spark;

import io.dossier.model.Passages;
import io.dossier.model.Sentence;
import io.dossier.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which sentences the analyse job embeds. {@code NONE}: none (to time the other stages, or
 * for a lexical-only dataset). {@code ALL}: every sentence. {@code CANDIDATES} (the default):
 * one vector per sentence that may matter to a brief: the sentences the point finder can use
 * (not a heading, not a question, 6 to 90 words, not a repeat of text the cleaner removed)
 * plus the headings and titles that question inference compares; this is typically a bit
 * more than half the sentences of a news page. Immutable.
 */
public enum EmbedMode {
  NONE, CANDIDATES, ALL;

  public static EmbedMode parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--embed must be none, candidates or all, not " + s);
    }
  }

  /** Whether this sentence gets a vector under this mode. */
  public boolean wants(Passages d, Sentence s, List<String> removed) {
    return switch (this) {
      case NONE -> false;
      case ALL -> true;
      case CANDIDATES -> candidate(d, s, removed) || s.heading() || d.text(s).endsWith("?") && s.index() < 3;
    };
  }

  /** The point finder's own test of a sentence that can be evidence (see PointFinder.find). */
  public static boolean candidate(Passages d, Sentence s, List<String> removed) {
    String t = d.text(s);
    if (s.heading() || t.endsWith("?")) {
      return false;
    }
    int words = Words.count(t);
    if (words < 6 || words > 90) {
      return false;
    }
    for (String r : removed) {
      if (t.contains(r)) {
        return false;
      }
    }
    return true;
  }

  /** The removed texts of 12 characters or more that a candidate may not repeat. */
  public static List<String> removedTexts(Passages d) {
    List<String> out = new ArrayList<>();
    for (var r : d.page().removed()) {
      String t = d.page().text().substring(r.start(), r.end()).strip();
      if (t.length() >= 12) {
        out.add(t);
      }
    }
    return out;
  }
}
