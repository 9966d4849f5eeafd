package io.dossier.group;

import io.dossier.embed.Vectors;
import io.dossier.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The summary of a pile that reports an event rather than argues a question: biased LexRank
 * (Erkan and Radev 2004; Otterbacher et al. 2005), the claims' centrality in the graph of
 * their cosine similarities, with the random walk's restarts drawn towards each article's
 * first sentences (news puts the outcome first: the Lead baseline is hard to beat on
 * Multi-News). The most central claims are taken in turn, a near-repeat of one already taken
 * passed over, until the word budget is filled. Every sentence is a claim, so a located span.
 *
 * <p>Deterministic (fixed iteration count, ties by document and offset); stateless.
 */
final class CentralSummary {
  /** Claims weighed at most: the first ones of every article in turn; the graph is quadratic. */
  static final int MAX_CLAIMS = 600;
  /** PageRank's damping, as in LexRank. */
  static final double DAMPING = 0.85;
  /** Power iterations: the scores settle to 1e-6 well before (the graph is dense). */
  static final int ITERATIONS = 60;
  /**
   * Cosines at or below this are no edge: bge-small puts unrelated news sentences at about 0.5,
   * so the graph keeps what is really shared. Chosen on the odd Multi-News dev clusters
   * (ROUGE-1 0.416 / 0.418 / 0.414 at 0.5 / 0.6 / 0.7: it matters little).
   */
  static final double EDGE_FLOOR = 0.6;
  /**
   * How steeply the restarts favour an article's first claims: weight 1/(1+position)^LEAD.
   * Odd Multi-News dev clusters, ROUGE-1: 0.409 without (plain LexRank), 0.417 at 0.5, 0.418
   * at 1, 0.417 at 2.
   */
  static final double LEAD = 1.0;
  /** Two claims this alike say the same thing; the second is left out. */
  static final double REPEAT = 0.85;
  /** Shorter claims are captions, credits or fragments more often than sentences of a report. */
  static final int MIN_WORDS = 8;

  private CentralSummary() {
  }

  /**
   * @param claims the embedded claims, in reading order within each document
   * @param words the budget: claims are added until it is reached
   */
  static List<Candidate> summarize(List<Candidate> claims, int words) {
    List<Candidate> pool = new ArrayList<>();
    List<Integer> position = new ArrayList<>();
    leadFirst(claims, pool, position);
    int n = pool.size();
    if (n == 0) {
      return List.of();
    }
    double[][] w = new double[n][n];
    double[] rowSum = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double c = Vectors.dot(pool.get(i).vector(), pool.get(j).vector()) - EDGE_FLOOR;
        if (c > 0) {
          w[i][j] = c;
          w[j][i] = c;
          rowSum[i] += c;
          rowSum[j] += c;
        }
      }
    }
    double[] restart = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      restart[i] = 1 / Math.pow(1 + position.get(i), LEAD);
      total += restart[i];
    }
    for (int i = 0; i < n; i++) {
      restart[i] /= total;
    }
    double[] score = restart.clone();
    for (int it = 0; it < ITERATIONS; it++) {
      double[] next = new double[n];
      double dangling = 0;
      for (int i = 0; i < n; i++) {
        if (rowSum[i] == 0) {
          dangling += score[i];
          continue;
        }
        for (int j = 0; j < n; j++) {
          if (w[i][j] > 0) {
            next[j] += score[i] * w[i][j] / rowSum[i];
          }
        }
      }
      for (int j = 0; j < n; j++) {
        next[j] = DAMPING * (next[j] + dangling * restart[j]) + (1 - DAMPING) * restart[j];
      }
      score = next;
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
      score[i] = Math.round(score[i] * 1e9) / 1e9; // float noise in the vectors does not reorder
    }
    final double[] s = score;
    java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -s[i])
        .thenComparing(i -> pool.get(i).docId()).thenComparingInt(i -> pool.get(i).start()));
    List<Candidate> out = new ArrayList<>();
    int used = 0;
    for (int i : order) {
      if (used >= words) {
        break;
      }
      Candidate c = pool.get(i);
      int length = Words.count(c.text());
      if (length < MIN_WORDS || !Cues.standsAlone(c.text()) || Claims.quoteFragment(c.text()) || repeats(c, out)) {
        continue;
      }
      out.add(c);
      used += length;
    }
    return out;
  }

  /** Each document's claims in reading order, taken round-robin (first claims first) up to {@link #MAX_CLAIMS}. */
  private static void leadFirst(List<Candidate> claims, List<Candidate> pool, List<Integer> position) {
    Map<String, List<Candidate>> byDoc = new LinkedHashMap<>();
    for (Candidate c : claims) {
      byDoc.computeIfAbsent(c.docId(), k -> new ArrayList<>()).add(c);
    }
    for (List<Candidate> l : byDoc.values()) {
      l.sort(Comparator.comparingInt(Candidate::start));
    }
    for (int p = 0; pool.size() < MAX_CLAIMS; p++) {
      boolean any = false;
      for (List<Candidate> l : byDoc.values()) {
        if (p < l.size() && pool.size() < MAX_CLAIMS) {
          pool.add(l.get(p));
          position.add(p);
          any = true;
        }
      }
      if (!any) {
        break;
      }
    }
  }

  private static boolean repeats(Candidate c, List<Candidate> picked) {
    for (Candidate p : picked) {
      if (Vectors.dot(p.vector(), c.vector()) > REPEAT) {
        return true;
      }
    }
    return false;
  }
}
