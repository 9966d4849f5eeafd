package io.dossier.group.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Track 1 of the KPA-2021 shared task, scored the way its official script does: each argument
 * is given its single highest-scoring key point; per (motion, stance) the top half of those
 * pairs by score are kept and their average precision (scikit-learn's step AP, ties as one
 * threshold) is taken; strict counts an unlabelled (ambiguous) pair as no match, relaxed as a
 * match; the result is the mean over groups. An argument with no prediction counts as a
 * kept-out miss, as the script's dummy key point does.
 */
public final class TrackOne {
  private TrackOne() {
  }

  /** Strict and relaxed mean average precision. */
  public record Result(double strict, double relaxed, int groups) {
  }

  /**
   * @param predictions per argument id, a score per key point id
   */
  public static Result score(ArgKp data, Map<String, Map<String, Double>> predictions) {
    Map<String, Integer> labels = new HashMap<>();
    for (ArgKp.Label l : data.labels()) {
      labels.put(l.argId() + "\u0000" + l.keyPointId(), l.label());
    }
    Map<String, List<double[]>> groups = new LinkedHashMap<>(); // score, strict, relaxed
    for (ArgKp.Text a : data.arguments().values()) {
      Map<String, Double> p = predictions.getOrDefault(a.id(), Map.of());
      String best = null;
      double bestScore = -Double.MAX_VALUE;
      for (Map.Entry<String, Double> e : new java.util.TreeMap<>(p).entrySet()) {
        if (e.getValue() > bestScore) {
          best = e.getKey();
          bestScore = e.getValue();
        }
      }
      double strict = 0;
      double relaxed = 0;
      if (best != null) {
        Integer l = labels.get(a.id() + "\u0000" + best);
        strict = l == null ? 0 : l;
        relaxed = l == null ? 1 : l;
      } else {
        bestScore = 0; // the official script's dummy key point: no match, scored at the bottom
      }
      groups.computeIfAbsent(a.group(), k -> new ArrayList<>()).add(new double[] {bestScore, strict, relaxed});
    }
    double s = 0;
    double r = 0;
    for (List<double[]> g : groups.values()) {
      List<double[]> sorted = new ArrayList<>(g);
      sorted.sort(Comparator.comparingDouble((double[] x) -> -x[0])); // stable: file order among ties
      List<double[]> top = sorted.subList(0, sorted.size() / 2);
      s += averagePrecision(top, 1);
      r += averagePrecision(top, 2);
    }
    int n = groups.size();
    return new Result(n == 0 ? 0 : s / n, n == 0 ? 0 : r / n, n);
  }

  /**
   * scikit-learn's {@code average_precision_score}: the sum over distinct score thresholds of
   * (recall gain) x precision. Rows sorted by score, descending; {@code col} is the label column.
   */
  static double averagePrecision(List<double[]> sortedDesc, int col) {
    double positives = 0;
    for (double[] x : sortedDesc) {
      positives += x[col];
    }
    if (positives == 0) {
      return 0;
    }
    double ap = 0;
    double tp = 0;
    double prevRecall = 0;
    for (int i = 0; i < sortedDesc.size(); i++) {
      tp += sortedDesc.get(i)[col];
      boolean lastOfThreshold = i + 1 == sortedDesc.size() || sortedDesc.get(i + 1)[0] != sortedDesc.get(i)[0];
      if (lastOfThreshold) {
        double recall = tp / positives;
        ap += (recall - prevRecall) * tp / (i + 1);
        prevRecall = recall;
      }
    }
    return ap;
  }
}
