package io.dossier.clean.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The metric of the Zyte (Scrapinghub) article-extraction benchmark, rewritten from its
 * description: texts are tokenised with {@code \w+} (Unicode, case kept), turned into
 * multisets of 4-token shingles; per document TP = sum of min counts, FP = excess predicted,
 * FN = missing; precision and recall per document (both 1 when FP = FN = 0) are
 * macro-averaged, and F1 is taken from the averages. Stateless and thread-safe.
 */
public final class ShingleMetric {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int N = 4;

  private ShingleMetric() {
  }

  /** Precision and recall of one document. */
  public record Score(double precision, double recall) {
  }

  /** Macro-averaged precision and recall, and F1 of the two averages. */
  public record Summary(double precision, double recall, double f1, int documents) {
  }

  public static Score score(String truth, String predicted) {
    Map<String, Integer> t = shingles(truth);
    Map<String, Integer> p = shingles(predicted);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      int tc = t.getOrDefault(e.getKey(), 0);
      tp += Math.min(tc, e.getValue());
      fp += Math.max(0, e.getValue() - tc);
    }
    for (Map.Entry<String, Integer> e : t.entrySet()) {
      fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
    }
    if (fp == 0 && fn == 0) {
      return new Score(1, 1);
    }
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    return new Score(precision, recall);
  }

  public static Summary summarise(List<Score> scores) {
    double p = 0;
    double r = 0;
    for (Score s : scores) {
      p += s.precision();
      r += s.recall();
    }
    int n = scores.size();
    if (n == 0) {
      return new Summary(0, 0, 0, 0);
    }
    p /= n;
    r /= n;
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new Summary(p, r, f1, n);
  }

  /**
   * Shingles of up to four tokens: a text shorter than four tokens gives one shingle of all
   * its tokens, as the upstream script does, so very short texts still count.
   */
  static Map<String, Integer> shingles(String text) {
    List<String> tokens = WORD.matcher(text == null ? "" : text).results().map(java.util.regex.MatchResult::group).toList();
    Map<String, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    int last = Math.max(1, tokens.size() - N + 1);
    for (int i = 0; i < last; i++) {
      String key = String.join("\u0001", tokens.subList(i, Math.min(tokens.size(), i + N)));
      out.merge(key, 1, Integer::sum);
    }
    return out;
  }
}
