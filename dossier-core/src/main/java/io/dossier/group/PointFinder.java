package io.dossier.group;

import io.dossier.embed.Embedder;
import io.dossier.embed.Vectors;
import io.dossier.model.Passages;
import io.dossier.model.Point;
import io.dossier.model.Sentence;
import io.dossier.model.Span;
import io.dossier.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Finds the points that answer a question across documents, by key point analysis: small
 * stages, each its own class.
 *
 * <ol>
 *   <li>{@link Claims}: the claims of the independent documents (sentences, or clauses of a
 *       sentence that makes two), with exact offsets.</li>
 *   <li>Relevance: BM25 against the question's terms, cosine to the question's embedding, and
 *       for "why" questions the marks of an explanation; framing sentences are held down.</li>
 *   <li>{@link Sides}: whose case each relevant claim states; the other side's claims go to
 *       counterpoints.</li>
 *   <li>{@link KeyPointSelector} with the learned {@link Matcher}: each side's key points by
 *       greedy coverage of sources, every claim to its best key point or to none; labels by
 *       {@link LabelCutter}; ranked by independent sources, then matched claims.</li>
 *   <li>The summary: the best evidence of the top key points that stands alone, one source
 *       at a time where it can.</li>
 * </ol>
 *
 * Thread-safe if the embedder is; deterministic for a given input, and unchanged by float
 * noise in the vectors (scores are compared on a grid).
 */
public final class PointFinder {
  /** How much of its relevance a framing sentence keeps: it may still be evidence, rarely the best. */
  private static final double FRAMING_PENALTY = 0.55;
  /** Relevance is compared on this grid, so float noise does not reorder claims. */
  private static final double RELEVANCE_GRID = 1e-3;
  /**
   * Claims below this share of the best claim's relevance are off the question. Chosen on
   * ArgKP-2021 train (0.35: coverage 0.45; 0.2: 0.57; 0: 0.53, the greedy picks worse points
   * from a noisier pool); the other side, which matches the question less well, uses the same.
   */
  private static final double POOL_FLOOR = 0.2;
  private static final double OTHER_SIDE_FLOOR = POOL_FLOOR;
  /** Two summary sentences closer than this (embedding cosine) say the same thing. */
  private static final double SUMMARY_REPEAT = 0.85;
  private final Embedder embedder;
  private final PointSettings settings;
  private final Matcher matcher;

  /** Loads the tagger and chunker now, so that a caller can overlap the load with reading. */
  public static void warmUp() {
    Phrases.warmUp();
  }

  /**
   * Tags the document's sentences now (kept per sentence by the tagger's memo), so that a later
   * brief that labels or seeds points from them does not wait for the tagger. For a store that
   * briefs the same documents again and again; a pure cache fill, safe from any thread.
   */
  public static void warmUp(Passages doc) {
    for (Sentence s : doc.sentences()) {
      if (!s.heading()) {
        Phrases.of(doc.text(s));
      }
    }
  }

  public PointFinder(Embedder embedder, PointSettings settings) {
    this(embedder, settings, Matcher.standard());
  }

  public PointFinder(Embedder embedder, PointSettings settings, Matcher matcher) {
    this.embedder = embedder;
    this.settings = settings;
    this.matcher = matcher;
  }

  /**
   * @param docs the independent, readable documents (duplicates already left out)
   * @param progress told the number of sentences embedded so far
   */
  public Analysis find(String question, List<Passages> docs, IntConsumer progress) {
    return find(question, docs, progress, (stage, total) -> { });
  }

  /**
   * As above; {@code stages} is told "embed" with the number of claims to embed once they are
   * chosen ({@code progress} then counts them), and "group" when grouping starts, with the number of claims to
   * group ({@code progress} is told that number when they are grouped).
   */
  public Analysis find(String question, List<Passages> docs, IntConsumer progress,
      java.util.function.ObjLongConsumer<String> stages) {
    Set<String> qStems = Lexical.questionStems(question);
    boolean why = Cues.asksWhy(question);
    List<Claims.Claim> claims = new ArrayList<>();
    for (Passages d : docs) {
      claims.addAll(Claims.of(d));
    }
    if (claims.isEmpty()) {
      stages.accept("embed", 0);
      return new Analysis(List.of(), List.of(), List.of(), 0, 0);
    }
    List<List<String>> stems = new ArrayList<>();
    List<Passages> owner = new ArrayList<>();
    for (Claims.Claim c : claims) {
      stems.add(Words.contentStems(c.text()));
      owner.add(c.doc());
    }
    double[] lex = Lexical.scores(qStems, stems);
    double[] explain = new double[claims.size()];
    for (int i = 0; i < explain.length; i++) {
      explain[i] = why ? Cues.explanation(claims.get(i).text()) : 0;
    }
    List<Integer> toEmbed = prefilter(lex, explain, owner);
    stages.accept("embed", toEmbed.size());
    if (toEmbed.isEmpty()) {
      return new Analysis(List.of(), List.of(), List.of(), claims.size(), 0);
    }
    float[][] vecs = embedInBatches(toEmbed.stream().map(i -> claims.get(i).text()).toList(), progress);
    float[] q = embedder.embedQuery(question);
    double[] sem = new double[toEmbed.size()];
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (int k = 0; k < sem.length; k++) {
      sem[k] = Vectors.dot(q, vecs[k]);
      min = Math.min(min, sem[k]);
      max = Math.max(max, sem[k]);
    }
    stages.accept("group", sem.length);
    Sides sides = Sides.of(question);
    List<Candidate> cands = new ArrayList<>();
    for (int k = 0; k < sem.length; k++) {
      int i = toEmbed.get(k);
      String text = claims.get(i).text();
      double semN = max > min ? (sem[k] - min) / (max - min) : 0.5;
      double rel = why ? 0.45 * semN + 0.20 * lex[i] + 0.35 * explain[i] : 0.65 * semN + 0.35 * lex[i];
      if (Cues.framing(text)) {
        rel *= FRAMING_PENALTY; // it restates the question instead of answering it
      }
      rel = Math.round(rel / RELEVANCE_GRID) * RELEVANCE_GRID;
      cands.add(new Candidate(claims.get(i), lex[i], semN, rel, vecs[k], Set.copyOf(stems.get(i)), false));
    }
    List<Candidate> pool = pool(cands, Math.min(POOL_FLOOR, OTHER_SIDE_FLOOR));
    List<Candidate> pro = new ArrayList<>();
    List<Candidate> con = new ArrayList<>();
    double top = pool.isEmpty() ? 0 : pool.get(0).relevance();
    for (Candidate c : pool) {
      boolean other = sides.otherSide(c.text());
      if (other && c.relevance() >= OTHER_SIDE_FLOOR * top) {
        con.add(new Candidate(c.claim(), c.lexical(), c.semantic(), c.relevance(), c.vector(), c.stems(), true));
      } else if (!other && c.relevance() >= POOL_FLOOR * top) {
        pro.add(c);
      }
    }
    KeyPointSelector selector = new KeyPointSelector(embedder, matcher, settings.matchThreshold());
    List<KeyPointSelector.KeyPoint> keyPoints = selector.select(pro, settings.maxKeyPoints(), why,
        c -> sides.namesHolder(c.text()));
    List<KeyPointSelector.KeyPoint> counterPoints = selector.select(con, settings.maxCounterPoints(), false);
    List<Span> summary = answersWithReasons(question) && !keyPoints.isEmpty() ? summarize(keyPoints)
        : CentralSummary.summarize(cands, settings.summaryWords()).stream().map(Candidate::span).toList();
    progress.accept(sem.length);
    return new Analysis(toPoints(keyPoints), toPoints(counterPoints), summary, claims.size(), toEmbed.size());
  }

  /**
   * A why or how question is answered by its reasons: the summary is the top key points' best
   * sentences. Any other question (what happened, an inferred headline) gets the pile's most
   * central sentences ({@link CentralSummary}).
   */
  static boolean answersWithReasons(String question) {
    String q = question == null ? "" : question.strip().toLowerCase(java.util.Locale.ROOT);
    return Cues.asksWhy(q) || q.startsWith("how ");
  }

  /** Indexes of the sentences worth embedding: all of them, or the lexically best when too many. */
  private List<Integer> prefilter(double[] lex, double[] explain, List<Passages> owner) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < lex.length; i++) {
      idx.add(i);
    }
    if (idx.size() <= settings.maxEmbedded()) {
      return idx;
    }
    // Quirk: on big piles most sentences never mention the question's terms; embedding them
    // all costs minutes. Keep each document's best few (so every source can speak), then the
    // best of the rest, by lexical score.
    Map<Passages, List<Integer>> perDoc = new LinkedHashMap<>();
    for (int i : idx) {
      perDoc.computeIfAbsent(owner.get(i), k -> new ArrayList<>()).add(i);
    }
    Comparator<Integer> byLex = Comparator.<Integer>comparingDouble(i -> -(lex[i] + 0.3 * explain[i]))
        .thenComparingInt(i -> i);
    java.util.TreeSet<Integer> keep = new java.util.TreeSet<>();
    int perDocQuota = Math.max(1, settings.maxEmbedded() / (2 * Math.max(1, perDoc.size())));
    for (List<Integer> l : perDoc.values()) {
      l.stream().filter(i -> lex[i] > 0).sorted(byLex).limit(perDocQuota).forEach(keep::add);
    }
    idx.stream().filter(i -> lex[i] > 0 && !keep.contains(i)).sorted(byLex)
        .limit(Math.max(0, settings.maxEmbedded() - keep.size())).forEach(keep::add);
    return new ArrayList<>(keep);
  }

  private float[][] embedInBatches(List<String> texts, IntConsumer progress) {
    float[][] out = new float[texts.size()][];
    int batch = 256;
    for (int from = 0; from < texts.size(); from += batch) {
      int to = Math.min(texts.size(), from + batch);
      float[][] part = embedder.embed(texts.subList(from, to));
      System.arraycopy(part, 0, out, from, part.length);
      progress.accept(to);
    }
    return out;
  }

  /** The claims relevant enough to weigh, most relevant first, at most {@code maxGrouped}. */
  private List<Candidate> pool(List<Candidate> cands, double floor) {
    List<Candidate> sorted = new ArrayList<>(cands);
    sorted.sort(Comparator.comparingDouble(Candidate::relevance).reversed()
        .thenComparing(Candidate::docId).thenComparingInt(Candidate::start));
    double top = sorted.isEmpty() ? 0 : sorted.get(0).relevance();
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : sorted) {
      if (out.size() >= settings.maxGrouped() || c.relevance() < floor * top) {
        break;
      }
      out.add(c);
    }
    return out;
  }

  /** Each source's best-matching claim is its evidence, best first; the label is the key point's. */
  private List<Point> toPoints(List<KeyPointSelector.KeyPoint> kps) {
    List<Point> out = new ArrayList<>();
    for (KeyPointSelector.KeyPoint kp : kps) {
      List<Span> evidence = new ArrayList<>();
      List<String> sources = new ArrayList<>();
      for (Candidate c : evidence(kp)) {
        if (evidence.size() >= settings.maxEvidencePerPoint()) {
          break;
        }
        evidence.add(c.span());
        sources.add(c.docId());
      }
      out.add(new Point(kp.label(), sources, evidence));
    }
    return out;
  }

  private static List<Candidate> evidence(KeyPointSelector.KeyPoint kp) {
    Map<String, Candidate> best = new LinkedHashMap<>();
    for (KeyPointSelector.Match m : kp.matches()) {
      best.putIfAbsent(m.claim().docId(), m.claim()); // matches come best first
    }
    return new ArrayList<>(best.values());
  }

  /**
   * One sentence per top point: its best evidence that stands alone and is not a near-repeat
   * of a sentence already taken, preferring a source the summary has not quoted yet.
   */
  private List<Span> summarize(List<KeyPointSelector.KeyPoint> ranked) {
    List<Candidate> picked = new ArrayList<>();
    Set<String> usedDocs = new HashSet<>();
    for (KeyPointSelector.KeyPoint kp : ranked) {
      if (picked.size() >= settings.summarySentences()) {
        break;
      }
      Candidate choice = null;
      for (Candidate c : evidence(kp)) {
        if (!Cues.standsAlone(c.text()) || repeats(c, picked)) {
          continue;
        }
        if (choice == null) {
          choice = c;
        }
        if (!usedDocs.contains(c.docId())) {
          choice = c;
          break;
        }
      }
      if (choice != null) {
        picked.add(choice);
        usedDocs.add(choice.docId());
      }
    }
    return picked.stream().map(Candidate::span).toList();
  }

  private static boolean repeats(Candidate c, List<Candidate> picked) {
    for (Candidate p : picked) {
      if (Vectors.dot(p.vector(), c.vector()) > SUMMARY_REPEAT) {
        return true;
      }
    }
    return false;
  }
}
