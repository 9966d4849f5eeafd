package io.dossier.group;

import io.dossier.embed.Vectors;
import java.util.ArrayList;
import java.util.List;

/**
 * Average-linkage agglomerative clustering of unit vectors: repeatedly merges the two
 * clusters with the highest mean pairwise cosine while it is at least {@code threshold}.
 * Deterministic (ties go to the lowest indexes). O(n^2) memory, about O(n^3) time in the
 * worst case, so callers cap n (a few hundred sentences is the intended size).
 */
final class Clusterer {
  private Clusterer() {
  }

  /** Clusters as lists of item indexes, each list sorted, clusters in order of first item. */
  static List<List<Integer>> cluster(float[][] vectors, double threshold) {
    int n = vectors.length;
    double[][] sim = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        sim[i][j] = Vectors.dot(vectors[i], vectors[j]);
        sim[j][i] = sim[i][j];
      }
    }
    return cluster(sim, threshold);
  }

  /** The same over a precomputed symmetric similarity matrix (the diagonal is ignored). */
  static List<List<Integer>> cluster(double[][] sim, double threshold) {
    int n = sim.length;
    List<List<Integer>> clusters = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Integer> c = new ArrayList<>();
      c.add(i);
      clusters.add(c);
    }
    // linkage[a][b] = sum of pairwise similarities between clusters a and b
    double[][] link = new double[n][n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(sim[i], 0, link[i], 0, n);
    }
    boolean[] alive = new boolean[n];
    java.util.Arrays.fill(alive, true);
    int[] size = new int[n];
    java.util.Arrays.fill(size, 1);
    while (true) {
      int bi = -1;
      int bj = -1;
      double best = threshold;
      for (int i = 0; i < n; i++) {
        if (!alive[i]) {
          continue;
        }
        for (int j = i + 1; j < n; j++) {
          if (!alive[j]) {
            continue;
          }
          double avg = link[i][j] / ((double) size[i] * size[j]);
          if (avg >= best && (bi < 0 || avg > best)) {
            best = avg;
            bi = i;
            bj = j;
          }
        }
      }
      if (bi < 0) {
        break;
      }
      clusters.get(bi).addAll(clusters.get(bj));
      clusters.set(bj, null);
      alive[bj] = false;
      size[bi] += size[bj];
      for (int k = 0; k < n; k++) {
        if (alive[k] && k != bi) {
          link[bi][k] += link[bj][k];
          link[k][bi] = link[bi][k];
        }
      }
    }
    List<List<Integer>> out = new ArrayList<>();
    for (List<Integer> c : clusters) {
      if (c != null) {
        c.sort(Integer::compare);
        out.add(c);
      }
    }
    out.sort((a, b) -> Integer.compare(a.get(0), b.get(0)));
    return out;
  }
}
