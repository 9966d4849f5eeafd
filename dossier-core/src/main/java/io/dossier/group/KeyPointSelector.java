package io.dossier.group;

import io.dossier.embed.Embedder;
import io.dossier.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stages 4 and 6 of point finding, key point analysis (Bar-Haim et al. 2020, "From arguments
 * to key points"): from one side's claims, choose the few short, self-contained claims that
 * between them match the most claims of the most sources, then give every claim to the key
 * point it matches best, if any.
 *
 * <ol>
 *   <li>Candidates: claims of at most {@link #MAX_CANDIDATE_WORDS} words that stand alone (no
 *       leading pronoun or connective), do not merely frame the question, and have a label
 *       ({@link LabelCutter}), and for a "why" question give a reason; the {@link #MAX_CANDIDATES}
 *       most relevant.</li>
 *   <li>The matcher scores every claim against every candidate's label, each pair seen among
 *       all the others (all claims, all candidates).</li>
 *   <li>Greedy coverage: take the candidate that matches (score at least the threshold) claims
 *       of the most sources not yet covered; a candidate that a chosen point and it make each
 *       other on average at {@link #REDUNDANCY} is that point and is passed over (the
 *       redundancy penalty). Points need two sources while any candidate has them; then single-source
 *       points of near-top relevance may fill the list.</li>
 *   <li>Each claim goes to its best key point at or above the threshold; the rest stay
 *       unmatched.</li>
 *   <li>Ranked by independent sources (a sentence two sources ran word for word counts once),
 *       then sources, matched claims and relevance.</li>
 * </ol>
 *
 * Scores are rounded to {@link #GRID} so that vectors that differ by float noise give the same
 * choices; ties break by document and offset. Thread-safe if the embedder is.
 */
final class KeyPointSelector {
  /** Query vectors are computed for this many candidates: enough for ten points, cheap to embed. */
  static final int MAX_CANDIDATES = 64;
  /** KPA's length filter: a key point is one short claim, not a paragraph. */
  static final int MAX_CANDIDATE_WORDS = 40;
  /** Scores are compared on this grid: far coarser than float noise (1e-6), far finer than a decision. */
  static final double GRID = 1e-3;
  /**
   * Two candidates whose mutual match reaches this are one point. Lower than the match
   * threshold: a claim is evidence only when the matcher is near even odds that it makes the
   * point, while two
   * candidates that may well be one point are better merged than listed twice. Chosen on
   * ArgKP-2021 train by ARI with pairwise F1 kept at 0.5 (docs/grouping-bench.md): either
   * direction at 0.25 split fewer points but let one broad point absorb distinct ones.
   */
  static final double REDUNDANCY = 0.25;
  /** A single-source point must be this close to the most relevant candidate to be listed. */
  static final double SINGLE_SOURCE_RELEVANCE = 0.75;

  private final Embedder embedder;
  private final Matcher matcher;
  private final double threshold;

  KeyPointSelector(Embedder embedder, Matcher matcher, double threshold) {
    this.embedder = embedder;
    this.matcher = matcher;
    this.threshold = threshold;
  }

  /** A claim matched to a key point, with the matcher's score (1 for the key point's own claim). */
  record Match(Candidate claim, double score) {
  }

  /** A key point: the claim it is, its label's place in that claim, and its matches, best first. */
  record KeyPoint(Candidate claim, int labelStart, int labelEnd, List<Match> matches) {
    KeyPoint {
      matches = List.copyOf(matches);
    }

    String label() {
      return claim.text().substring(labelStart, labelEnd);
    }

    /**
     * The sources that make it independently: sources whose best match is the same sentence
     * word for word (a wire story two outlets ran) count once.
     */
    int independentSources() {
      Map<String, String> best = new java.util.LinkedHashMap<>();
      for (Match m : matches) {
        best.putIfAbsent(m.claim().docId(), wording(m.claim().text()));
      }
      return new HashSet<>(best.values()).size();
    }

    private static String wording(String text) {
      return String.join(" ", Words.lower(text));
    }

    /** The distinct sources of its matches, best match first. */
    List<String> sources() {
      Set<String> s = new LinkedHashSet<>();
      for (Match m : matches) {
        s.add(m.claim().docId());
      }
      return new ArrayList<>(s);
    }
  }

  /**
   * The key points of a side's claims, ranked, at most {@code max}. With {@code reasonsOnly}
   * (a "why" question) a key point must itself give a reason (a cause, fear, aim or view:
   * {@link Cues#explanation}); claims that give none may still be its evidence.
   */
  List<KeyPoint> select(List<Candidate> pool, int max, boolean reasonsOnly) {
    return select(pool, max, reasonsOnly, c -> true);
  }

  /**
   * As above; claims that pass {@code preferred} come first among the candidates (a preference
   * that breaks ties of coverage, not a filter: a filter on the holder's name left one point
   * when the question named Putin and the sources spoke of Russia).
   */
  List<KeyPoint> select(List<Candidate> pool, int max, boolean reasonsOnly,
      java.util.function.Predicate<Candidate> preferred) {
    if (pool.isEmpty() || max <= 0) {
      return List.of();
    }
    List<Integer> cands = candidates(pool, reasonsOnly, preferred);
    if (cands.isEmpty()) {
      return List.of();
    }
    int[][] cuts = new int[cands.size()][];
    List<String> labels = new ArrayList<>();
    for (int k = 0; k < cands.size(); k++) {
      cuts[k] = LabelCutter.cut(pool.get(cands.get(k)).text());
      labels.add(pool.get(cands.get(k)).text().substring(cuts[k][0], cuts[k][1]));
    }
    float[][] labelVectors = labelVectors(pool, cands, labels);
    float[][] queryVectors = embedder.embedQueries(labels);
    List<Matcher.Side> kps = new ArrayList<>();
    for (int k = 0; k < cands.size(); k++) {
      kps.add(new Matcher.Side(labelVectors[k], queryVectors[k], Words.contentStemSet(labels.get(k))));
    }
    double[][] s = matcher.scores(pool.stream().map(Candidate::side).toList(), kps);
    for (int i = 0; i < pool.size(); i++) {
      for (int k = 0; k < cands.size(); k++) {
        s[i][k] = cands.get(k) == i ? 1.0 : Math.round(s[i][k] / GRID) * GRID;
      }
    }
    List<Integer> chosen = greedy(pool, cands, s, max);
    return assign(pool, cands, cuts, s, chosen);
  }

  /** Candidate indexes into the pool, most relevant first. */
  private static List<Integer> candidates(List<Candidate> pool, boolean reasonsOnly,
      java.util.function.Predicate<Candidate> preferred) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < pool.size(); i++) {
      String t = pool.get(i).text();
      if (Words.count(t) <= MAX_CANDIDATE_WORDS && Cues.standsAlone(t) && !Cues.framing(t)
          && (!reasonsOnly || Cues.explanation(t) > 0)) {
        out.add(i);
      }
    }
    out.sort(Comparator.comparingInt((Integer i) -> preferred.test(pool.get(i)) ? 0 : 1)
        .thenComparingDouble(i -> -pool.get(i).relevance())
        .thenComparing(i -> pool.get(i).docId()).thenComparingInt(i -> pool.get(i).start()));
    List<Integer> labelled = new ArrayList<>();
    for (int i : out) {
      if (labelled.size() >= MAX_CANDIDATES) {
        break;
      }
      if (LabelCutter.cut(pool.get(i).text()) != null) {
        labelled.add(i);
      }
    }
    return labelled;
  }

  /** A label that is the whole claim keeps the claim's vector; a cut label is embedded. */
  private float[][] labelVectors(List<Candidate> pool, List<Integer> cands, List<String> labels) {
    float[][] out = new float[cands.size()][];
    List<Integer> todo = new ArrayList<>();
    for (int k = 0; k < cands.size(); k++) {
      if (labels.get(k).equals(pool.get(cands.get(k)).text())) {
        out[k] = pool.get(cands.get(k)).vector();
      } else {
        todo.add(k);
      }
    }
    if (!todo.isEmpty()) {
      float[][] v = embedder.embed(todo.stream().map(labels::get).toList());
      for (int j = 0; j < todo.size(); j++) {
        out[todo.get(j)] = v[j];
      }
    }
    return out;
  }

  private List<Integer> greedy(List<Candidate> pool, List<Integer> cands, double[][] s, int max) {
    boolean[] covered = new boolean[pool.size()];
    List<Integer> chosen = new ArrayList<>();
    Set<Integer> passed = new HashSet<>();
    long docs = pool.stream().map(Candidate::docId).distinct().count();
    double top = pool.get(cands.get(0)).relevance();
    for (int minSources : docs > 1 ? new int[] {2, 1} : new int[] {1}) {
      while (chosen.size() < max) {
        int best = -1;
        int bestSources = 0;
        int bestClaims = 0;
        for (int k = 0; k < cands.size(); k++) {
          if (chosen.contains(k) || passed.contains(k)) {
            continue;
          }
          if (minSources == 1 && docs > 1 && pool.get(cands.get(k)).relevance() < SINGLE_SOURCE_RELEVANCE * top) {
            continue;
          }
          if (redundant(k, chosen, cands, s)) {
            passed.add(k);
            continue;
          }
          Set<String> sources = new HashSet<>();
          int claims = 0;
          for (int i = 0; i < pool.size(); i++) {
            if (!covered[i] && s[i][k] >= threshold) {
              sources.add(pool.get(i).docId());
              claims++;
            }
          }
          // candidates come most relevant first, so ties go to the more relevant
          if (sources.size() > bestSources || (sources.size() == bestSources && claims > bestClaims)) {
            best = k;
            bestSources = sources.size();
            bestClaims = claims;
          }
        }
        if (best < 0 || bestSources < minSources) {
          break;
        }
        chosen.add(best);
        for (int i = 0; i < pool.size(); i++) {
          covered[i] |= s[i][best] >= threshold;
        }
      }
    }
    return chosen;
  }

  /**
   * The matcher says the candidate and a chosen point make one point: the mean of its two
   * directions (the candidate's claim against the point's label, and the point's claim against
   * the candidate's label) reaches {@link #REDUNDANCY}.
   */
  private static boolean redundant(int k, List<Integer> chosen, List<Integer> cands, double[][] s) {
    for (int j : chosen) {
      if ((s[cands.get(k)][j] + s[cands.get(j)][k]) / 2 >= REDUNDANCY) {
        return true;
      }
    }
    return false;
  }

  private List<KeyPoint> assign(List<Candidate> pool, List<Integer> cands, int[][] cuts, double[][] s,
      List<Integer> chosen) {
    List<List<Match>> matches = new ArrayList<>();
    for (int c = 0; c < chosen.size(); c++) {
      matches.add(new ArrayList<>());
    }
    for (int i = 0; i < pool.size(); i++) {
      int best = -1;
      for (int c = 0; c < chosen.size() && best < 0; c++) {
        if (cands.get(chosen.get(c)) == i) {
          best = c; // a key point's own claim is its first evidence
        }
      }
      boolean own = best >= 0;
      double bestScore = -1;
      for (int c = 0; c < chosen.size() && !own; c++) {
        double sc = s[i][chosen.get(c)];
        if (sc >= threshold && sc > bestScore) {
          best = c;
          bestScore = sc;
        }
      }
      if (best >= 0) {
        matches.get(best).add(new Match(pool.get(i), s[i][chosen.get(best)]));
      }
    }
    List<KeyPoint> out = new ArrayList<>();
    for (int c = 0; c < chosen.size(); c++) {
      List<Match> m = matches.get(c);
      m.sort(Comparator.comparingDouble((Match x) -> -x.score()).thenComparing(x -> x.claim().docId())
          .thenComparingInt(x -> x.claim().start()));
      int k = chosen.get(c);
      out.add(new KeyPoint(pool.get(cands.get(k)), cuts[k][0], cuts[k][1], m));
    }
    out.sort(Comparator.comparingInt((KeyPoint p) -> -p.independentSources())
        .thenComparingInt(p -> -p.sources().size())
        .thenComparingInt(p -> -p.matches().size())
        .thenComparingDouble(p -> -p.claim().relevance())
        .thenComparing(p -> p.claim().docId())
        .thenComparingInt(p -> p.claim().start()));
    return out;
  }
}
