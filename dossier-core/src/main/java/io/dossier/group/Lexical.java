package io.dossier.group;

import io.dossier.text.Words;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BM25 of sentences against a question's content stems, with document frequencies taken
 * over the sentences themselves. Scores are rescaled so that the best sentence scores 1.
 */
final class Lexical {
  private static final double K1 = 1.2;
  private static final double B = 0.75;

  private Lexical() {
  }

  static double[] scores(Set<String> queryStems, List<List<String>> sentenceStems) {
    int n = sentenceStems.size();
    double[] out = new double[n];
    if (n == 0 || queryStems.isEmpty()) {
      return out;
    }
    Map<String, Integer> df = new HashMap<>();
    double avgLen = 0;
    for (List<String> s : sentenceStems) {
      avgLen += s.size();
      for (String t : Set.copyOf(s)) {
        if (queryStems.contains(t)) {
          df.merge(t, 1, Integer::sum);
        }
      }
    }
    avgLen = Math.max(1, avgLen / n);
    double max = 0;
    for (int i = 0; i < n; i++) {
      List<String> s = sentenceStems.get(i);
      Map<String, Integer> tf = new HashMap<>();
      for (String t : s) {
        if (queryStems.contains(t)) {
          tf.merge(t, 1, Integer::sum);
        }
      }
      double score = 0;
      for (Map.Entry<String, Integer> e : tf.entrySet()) {
        int d = df.get(e.getKey());
        double idf = Math.log(1 + (n - d + 0.5) / (d + 0.5));
        double f = e.getValue();
        score += idf * f * (K1 + 1) / (f + K1 * (1 - B + B * s.size() / avgLen));
      }
      out[i] = score;
      max = Math.max(max, score);
    }
    if (max > 0) {
      for (int i = 0; i < n; i++) {
        out[i] /= max;
      }
    }
    return out;
  }

  /** The content stems of a question, without the words every question has. */
  static Set<String> questionStems(String question) {
    Set<String> stems = Words.contentStemSet(question);
    stems.removeAll(Set.of("want", "happen", "know", "think", "explain", "mean", "reason"));
    return stems;
  }
}
